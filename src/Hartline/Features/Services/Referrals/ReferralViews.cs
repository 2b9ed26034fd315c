using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.People;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

/// <summary>A referral in a list: the youth's name only where the reader may see it (their case, or shared with their agency and open).</summary>
public sealed record ServiceReferralSummary(Guid Id, string? Number, Guid CaseId, Guid? NeedId, Guid ServiceId, string Service, string Organization, string TypeCode, string Type,
    ServiceReferralStatus Status, DateTime CreatedAt, DateTime? SentAt, DateTime? AnsweredAt, DateTime? ClosedAt, string? Youth);

public sealed record SharedFieldValue(SharedField Field, string Label, string Value);
public sealed record ServiceReferralStepView(ServiceReferralStatus Status, string By, string Agency, DateTime At, string? Note);
public sealed record DeliveryView(Guid Id, string TypeCode, string Type, DateOnly DeliveredOn, int? Minutes, int? Units, string? Note);

/// <summary>What the reader may do next with a referral (each still checked when done).</summary>
public sealed record ReferralActions(bool Send, bool Accept, bool Decline, bool Withdraw, bool Engage, bool RecordService, bool Complete, bool End);

/// <summary>
/// One referral as its reader may see it. <see cref="AsProvider"/>: the provider's view, which shows of the youth
/// only <see cref="Shared"/>, and only while the referral is open and the youth's consent stands.
/// </summary>
public sealed record ServiceReferralView(ServiceReferralSummary Summary, bool AsProvider, ShareProfile ShareProfile, IReadOnlyList<SharedField> SharedFields,
    bool SharedFieldsShown, IReadOnlyList<SharedFieldValue> Shared, string? Message, string? EligibilityWarning, string? EligibilityNote,
    DeclineReason? DeclineReason, EndReason? EndReason, ReferralResult? Result, string? ClosingNote,
    IReadOnlyList<ServiceReferralStepView> Steps, IReadOnlyList<DeliveryView> Deliveries, ReferralActions Actions);

/// <summary>How much of the youth a list row names: nothing, the whole name (the reader's case), or the first name if still consented (a provider's).</summary>
internal enum YouthShown { None, Full, FirstNameIfConsented }

/// <summary>Reads service referrals through the scope function (lists) and the authorization handler (one referral), auditing every view.</summary>
public sealed class ServiceReferralViews(HartlineDb db, IAuthorizationService authorization, AuditLog audit, CaseSharing sharing,
    DirectoryWords words, BirthDates birthDates)
{
    private static readonly ServiceReferralStatus[] Open = [ServiceReferralStatus.Sent, ServiceReferralStatus.Accepted, ServiceReferralStatus.Engaged];

    /// <summary>The referrals of a case, newest first, for its Services tab (the caller has opened the case).</summary>
    public async Task<IReadOnlyList<ServiceReferralSummary>> OfCaseAsync(Guid caseId, CancellationToken ct = default) =>
        await SummariesAsync(db.Set<ServiceReferral>().Where(r => r.CaseId == caseId), _ => null, ct);

    /// <summary>
    /// The referrals the actor may see, through the scope function: a provider's inbox, a coordinator's whole list.
    /// The youth's name is given where the reader's case it is, or for a provider where the name was shared and the
    /// referral is open. One read event names the referrals shown.
    /// </summary>
    public async Task<IReadOnlyList<ServiceReferralSummary>> ListAsync(Actor actor, bool openOnly, CancellationToken ct = default)
    {
        var scoped = RecordScope.ServiceReferrals(db.Set<ServiceReferral>(), db.Cases, actor);
        if (openOnly) scoped = scoped.Where(r => Open.Contains(r.Status) || r.Status == ServiceReferralStatus.Drafted);
        var visibleCases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).Select(c => c.Id);
        var caseIds = (await scoped.Where(r => visibleCases.Contains(r.CaseId)).Select(r => r.CaseId).Distinct().ToListAsync(ct)).ToHashSet();
        var list = await SummariesAsync(scoped, r => caseIds.Contains(r.CaseId) ? YouthShown.Full : r.Status is ServiceReferralStatus.Sent
            or ServiceReferralStatus.Accepted or ServiceReferralStatus.Engaged && r.SharedFields.Contains(SharedField.FirstName) ? YouthShown.FirstNameIfConsented : YouthShown.None, ct);
        if (list.Count > 0) await audit.ReadAllAsync(nameof(ServiceReferral), list.Select(r => r.Id), "service referral list", ct);
        return list;
    }

    private async Task<IReadOnlyList<ServiceReferralSummary>> SummariesAsync(IQueryable<ServiceReferral> query, Func<ServiceReferral, YouthShown?> youth, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(500)
            .Select(r => new
            {
                R = r,
                Service = db.Set<Service>().Where(s => s.Id == r.ServiceId).Select(s => new { s.Name, s.OrganizationId }).First(),
                Person = db.Cases.Where(c => c.Id == r.CaseId).Select(c => new { c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName }).First(),
            }).ToListAsync(ct);
        var orgIds = rows.Select(r => r.Service.OrganizationId).Distinct().ToList();
        var orgs = await db.Set<Organization>().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var consented = new Dictionary<(Guid, Guid), bool>();
        var list = new List<ServiceReferralSummary>();
        foreach (var row in rows)
        {
            var r = row.R;
            string? name = (youth(r) ?? YouthShown.Full) switch
            {
                YouthShown.Full => Person.FormatName(row.Person.GivenName, row.Person.MiddleName, row.Person.FamilyName),
                YouthShown.FirstNameIfConsented when await StillConsentedAsync(r, consented, ct) => row.Person.GivenName,
                _ => null,
            };
            list.Add(new ServiceReferralSummary(r.Id, r.Number, r.CaseId, r.NeedId, r.ServiceId, row.Service.Name, orgs.GetValueOrDefault(row.Service.OrganizationId, ""),
                r.TypeCode, DirectoryWords.Type(r.TypeCode), r.Status, r.CreatedAt, r.SentAt, r.AnsweredAt, r.ClosedAt, name));
        }
        return list;
    }

    private async Task<bool> StillConsentedAsync(ServiceReferral r, Dictionary<(Guid, Guid), bool> known, CancellationToken ct)
    {
        if (r.ProviderAgencyId is not { } agency) return false;
        if (!known.TryGetValue((r.CaseId, agency), out var yes))
            known[(r.CaseId, agency)] = yes = await sharing.HasConsentAsync(r.CaseId, agency, GrantKind.ServiceReferral, ct);
        return yes;
    }

    /// <summary>One referral, or null (answered 404) when it does not exist or is not the reader's to see; the refusal is audited.</summary>
    public async Task<ServiceReferralView?> OneAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var referral = await db.Set<ServiceReferral>().AsNoTracking().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, ct);
        var @case = referral is null ? null
            : await db.Cases.AsNoTracking().Include(c => c.Grants).Include(c => c.Person).FirstOrDefaultAsync(c => c.Id == referral.CaseId, ct);
        if (referral is null || @case is null)
        {
            await audit.DeniedAsync(nameof(ServiceReferral), id.ToString(), "read", ct);
            return null;
        }
        var resource = new ServiceReferralResource(referral, @case);
        var all = await MayAsync(actor, resource, ServiceReferralOperations.ReadAll);
        if (!all && !await MayAsync(actor, resource, ServiceReferralOperations.ReadAsProvider))
        {
            await audit.DeniedAsync(nameof(ServiceReferral), id.ToString(), "read", ct);
            return null;
        }
        var shown = all || await ProviderMaySeeFieldsAsync(referral, @case, ct);
        var fields = all ? Enum.GetValues<SharedField>().ToList() : referral.SharedFields;
        var shared = shown ? await ValuesAsync(@case, referral.SharedFields, ct) : [];
        var reads = new List<AuditRead> { new(nameof(ServiceReferral), id, all ? "service referral" : "service referral (provider's view)") };
        if (shown && (all || referral.SharedFields.Any(f => f is SharedField.FirstName or SharedField.LastName or SharedField.DateOfBirth)))
            reads.Add(new(nameof(Person), @case.PersonId, $"via service referral {referral.Number}"));
        await audit.ReadAsync(reads, ct);

        var summary = (await SummariesAsync(db.Set<ServiceReferral>().Where(r => r.Id == id), _ => all ? YouthShown.Full : YouthShown.None, ct)).Single();
        if (!all && shown && referral.SharedFields.Contains(SharedField.FirstName)) summary = summary with { Youth = @case.Person!.GivenName };
        var deliveries = await db.Set<ServiceDelivery>().AsNoTracking().Where(d => d.ReferralId == id).OrderBy(d => d.DeliveredOn).ThenBy(d => d.RecordedAt)
            .ToListAsync(ct);
        return new ServiceReferralView(summary, !all, referral.ShareProfile, referral.SharedFields, shown, shared, referral.Message,
            all ? referral.EligibilityWarning : null, all ? referral.EligibilityNote : null,
            referral.DeclineReason, referral.EndReason, referral.Result, referral.ClosingNote,
            // A draft sent at once is drafted and sent in the same instant: the life order breaks the tie.
            referral.Steps.OrderBy(s => s.At).ThenBy(s => s.Status).Select(s => new ServiceReferralStepView(s.Status, s.ByName, s.AgencyName, s.At, s.Note)).ToList(),
            deliveries.Select(d => new DeliveryView(d.Id, d.TypeCode, DirectoryWords.Type(d.TypeCode), d.DeliveredOn, d.Minutes, d.Units, d.Note)).ToList(),
            await ActionsAsync(actor, resource));
    }

    /// <summary>A provider sees the shared fields while the referral waits for its answer (and the consent stands) or, once accepted, through its grant.</summary>
    private async Task<bool> ProviderMaySeeFieldsAsync(ServiceReferral r, Case c, CancellationToken ct) => r.Status switch
    {
        ServiceReferralStatus.Sent => r.ProviderAgencyId is { } agency && await sharing.HasConsentAsync(r.CaseId, agency, GrantKind.ServiceReferral, ct),
        ServiceReferralStatus.Accepted or ServiceReferralStatus.Engaged => c.Grants.Any(g => g.ServiceReferralId == r.Id && g.RevokedAt == null),
        _ => false,
    };

    private async Task<IReadOnlyList<SharedFieldValue>> ValuesAsync(Case c, IReadOnlyList<SharedField> fields, CancellationToken ct)
    {
        var person = c.Person!;
        var facts = await db.Set<CaseServiceFacts>().AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == c.Id, ct);
        var values = new List<SharedFieldValue>();
        foreach (var field in fields.Distinct().Order())
        {
            var value = field switch
            {
                SharedField.FirstName => person.GivenName,
                SharedField.LastName => person.FamilyName,
                SharedField.DateOfBirth => person.DateOfBirth is { } born ? BirthDates.Date(born) : "Not known",
                SharedField.Age => birthDates.AgeToday(person.DateOfBirth)?.ToString() ?? "Not known",
                SharedField.Gender => person.GenderCode is { } g ? words.Gender(g) : "Not recorded",
                SharedField.Region => words.Region(c.RegionCode),
                SharedField.Language => facts?.LanguageCode is { } l ? DirectoryWords.Language(l) : "English (or not recorded)",
                SharedField.Populations => facts is { Populations.Count: > 0 } ? string.Join(", ", facts.Populations.Select(DirectoryWords.Population)) : "None recorded",
                SharedField.CaseWorker => await CaseWorkerAsync(c, ct),
                SharedField.SafetyConcern => await db.Referrals.AnyAsync(r => r.CaseId == c.Id && r.ImmediateSafetyConcern && r.WithdrawnAt == null, ct)
                    ? "Yes: an immediate safety concern was flagged at intake. Ask the case worker before contact." : "None flagged",
                _ => "",
            };
            values.Add(new SharedFieldValue(field, DisplayNames.Of(field), value));
        }
        return values;
    }

    private async Task<string> CaseWorkerAsync(Case c, CancellationToken ct)
    {
        if (c.AssignedUserId is not { } user) return "Not assigned: call the HART coordinator";
        var worker = await db.Users.Where(u => u.Id == user)
            .Select(u => new { u.DisplayName, u.Email, Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return worker is null ? "Not assigned" : $"{worker.DisplayName}, {worker.Agency} ({worker.Email})";
    }

    private async Task<ReferralActions> ActionsAsync(Actor actor, ServiceReferralResource resource)
    {
        var manage = await MayAsync(actor, resource, ServiceReferralOperations.Manage);
        var answer = await MayAsync(actor, resource, ServiceReferralOperations.Answer);
        var s = resource.Referral.Status;
        return new ReferralActions(
            Send: manage && s == ServiceReferralStatus.Drafted,
            Accept: answer && s == ServiceReferralStatus.Sent,
            Decline: answer && s == ServiceReferralStatus.Sent,
            Withdraw: manage && s is ServiceReferralStatus.Drafted or ServiceReferralStatus.Sent or ServiceReferralStatus.Accepted,
            Engage: answer && s == ServiceReferralStatus.Accepted,
            RecordService: answer && s is ServiceReferralStatus.Accepted or ServiceReferralStatus.Engaged,
            Complete: answer && s == ServiceReferralStatus.Engaged,
            End: (answer || manage) && s is ServiceReferralStatus.Accepted or ServiceReferralStatus.Engaged);
    }

    private async Task<bool> MayAsync(Actor actor, ServiceReferralResource resource, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement op) =>
        (await authorization.AuthorizeAsync(actor.Principal, resource, op)).Succeeded;
}

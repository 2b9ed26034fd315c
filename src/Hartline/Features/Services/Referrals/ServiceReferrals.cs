using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using S = Hartline.Features.Services.Referrals.ServiceReferralStatus;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// Moves service referrals through their life. Each change is checked by the authorization handler (404, audited,
/// for anyone else), stamped as a step with who, when and for which agency, and saved whole or not at all. Sending
/// needs the youth's consent (<see cref="ReferralConsentCheck"/>); a youth the service's rules do not fit needs a
/// note. Accepting gives the provider a grant that opens only this referral; every end revokes it.
/// </summary>
public sealed class ServiceReferrals(HartlineDb db, CaseAccess access, IAuthorizationService authorization, AuditLog audit,
    ServiceProfiles profiles, CaseServicePlanning planning, ReferralConsentCheck consents, CaseSharing sharing, DirectoryWords words,
    RecordNumbers numbers, Jurisdiction jurisdiction, TimeProvider clock)
{
    private sealed record Move(S[] From, S To, OperationAuthorizationRequirement[] By);

    private static readonly OperationAuthorizationRequirement Manage = ServiceReferralOperations.Manage, Answer = ServiceReferralOperations.Answer;

    private static readonly Dictionary<ReferralMove, Move> Moves = new()
    {
        [ReferralMove.Accept] = new([S.Sent], S.Accepted, [Answer]),
        [ReferralMove.Decline] = new([S.Sent], S.Declined, [Answer]),
        [ReferralMove.Withdraw] = new([S.Drafted, S.Sent, S.Accepted], S.Withdrawn, [Manage]),
        [ReferralMove.Engage] = new([S.Accepted], S.Engaged, [Answer]),
        [ReferralMove.Complete] = new([S.Engaged], S.Completed, [Answer]),
        [ReferralMove.End] = new([S.Accepted, S.Engaged], S.Ended, [Answer, Manage]),
    };

    public static bool IsClosed(S status) => status is S.Declined or S.Withdrawn or S.Completed or S.Ended;

    /// <summary>Makes a referral from a case (a draft, or sent at once). Not found when the case is not the actor's to share.</summary>
    public async Task<Outcome<Guid>> CreateAsync(Guid caseId, ServiceReferralInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Share, ct, load: CaseAccess.WithYouth);
        if (@case is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var service = input.ServiceId is { } sid ? (await profiles.ReadAsync(ct)).FirstOrDefault(s => s.Id == sid) : null;
        if (input.ServiceId is null) errors.Add(nameof(input.ServiceId), "Choose the service.");
        else if (service is null) errors.Add(nameof(input.ServiceId), "There is no such service in the directory.");
        else if (service.Status != ServiceStatus.Active)
            errors.Add(nameof(input.ServiceId), $"{service.Name} has closed ({DisplayNames.Of(service.Status).ToLowerInvariant()}): choose another service.");

        ServiceNeed? need = null;
        if (input.NeedId is { } nid)
        {
            need = await db.Set<ServiceNeed>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == nid && n.CaseId == caseId, ct);
            if (need is null) errors.Add(nameof(input.NeedId), "That need is not on this case.");
            else if (need.Status != NeedStatus.Open) errors.Add(nameof(input.NeedId), "That need is closed.");
        }
        var type = need?.TypeCode ?? TextInput.Clean(input.TypeCode) ?? service?.Types.FirstOrDefault();
        if (service is not null && type is not null && !service.Types.Contains(type))
            errors.Add(input.NeedId is null ? nameof(input.TypeCode) : nameof(input.NeedId), $"{service.Name} does not offer {DirectoryWords.Type(type).ToLowerInvariant()}.");
        if (service is not null && type is null) errors.Add(nameof(input.TypeCode), "Say what kind of help the referral is for.");
        if (input.ShareProfile is not { } profile || !Enum.IsDefined(profile)) errors.Add(nameof(input.ShareProfile), "Choose what to share with the provider.");
        Length(errors, nameof(input.Message), input.Message);
        Length(errors, nameof(input.EligibilityNote), input.EligibilityNote);

        string? warning = null;
        Guid? consentId = null;
        if (service is not null && type is not null && errors.Count == 0)
        {
            var youth = await planning.YouthAsync(@case, ct);
            warning = EligibilityWarning(service, type, youth);
            if (input.Send) consentId = await CheckSendAsync(service, youth, warning, input.EligibilityNote, @case.Id, errors, ct);
        }
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new ServiceReferral
        {
            Number = await numbers.NextAsync(NumberedRecord.ServiceReferral, jurisdiction.LocalDate(now).Year, ct),
            CaseId = caseId, ServiceId = service!.Id, NeedId = need?.Id, TypeCode = type!, ProviderAgencyId = service.ProviderAgencyId,
            SenderAgencyId = actor.AgencyId ?? @case.OwnerAgencyId, ShareProfile = input.ShareProfile!.Value,
            SharedFields = ShareProfiles.FieldsOf(input.ShareProfile.Value).ToList(), Message = TextInput.Clean(input.Message),
            EligibilityWarning = warning, EligibilityNote = warning is null ? null : TextInput.Clean(input.EligibilityNote),
            CreatedById = actor.UserId ?? Guid.Empty, CreatedAt = now,
        };
        await StepAsync(referral, S.Drafted, actor, null, now, ct);
        if (input.Send)
        {
            referral.ConsentId = consentId;
            referral.SentAt = now;
            referral.Status = S.Sent;
            await StepAsync(referral, S.Sent, actor, null, now, ct);
        }
        db.Add(referral);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(referral.Id);
    }

    /// <summary>Sends a draft, checking again what sending needs: the service still open, the consent, the eligibility note.</summary>
    public async Task<Outcome<Guid>> SendAsync(Guid id, SendInput input, Actor actor, CancellationToken ct = default)
    {
        var (referral, @case) = await LoadAsync(id, actor, [Manage], "send", ct);
        if (referral is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        if (referral.Status != S.Drafted) errors.Add("Status", $"This referral was already {DisplayNames.Of(referral.Status).ToLowerInvariant()}.");
        Length(errors, nameof(input.EligibilityNote), input.EligibilityNote);
        var service = (await profiles.ReadAsync(ct)).First(s => s.Id == referral.ServiceId);
        if (service.Status != ServiceStatus.Active) errors.Add("ServiceId", $"{service.Name} has closed: withdraw this draft and choose another service.");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var youth = await planning.YouthAsync(@case!, ct);
        var warning = EligibilityWarning(service, referral.TypeCode, youth);
        var note = TextInput.Clean(input.EligibilityNote) ?? referral.EligibilityNote;
        var consentId = await CheckSendAsync(service, youth, warning, note, @case!.Id, errors, ct);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        (referral.EligibilityWarning, referral.EligibilityNote) = (warning, warning is null ? null : note);
        referral.ProviderAgencyId = service.ProviderAgencyId; // the organisation's agency as it is now, when it goes
        referral.ConsentId = consentId;
        referral.SentAt = now;
        referral.Status = S.Sent;
        await StepAsync(referral, S.Sent, actor, null, now, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(referral.Id);
    }

    /// <summary>Accept, decline, withdraw, engage, complete or end a referral.</summary>
    public async Task<Outcome<Guid>> MoveAsync(Guid id, ReferralMove move, ReferralStepInput input, Actor actor, CancellationToken ct = default)
    {
        if (!Moves.TryGetValue(move, out var rule)) return Outcome<Guid>.NotFound();
        var (referral, @case) = await LoadAsync(id, actor, rule.By, move.ToString().ToLowerInvariant(), ct);
        if (referral is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        if (!rule.From.Contains(referral.Status))
            errors.Add("Status", $"A referral that is {DisplayNames.Of(referral.Status).ToLowerInvariant()} cannot be {Past(move)}.");
        if (move == ReferralMove.Decline && (input.DeclineReason is not { } d || !Enum.IsDefined(d))) errors.Add(nameof(input.DeclineReason), "Say why the referral is declined.");
        if (move == ReferralMove.End && (input.EndReason is not { } e || !Enum.IsDefined(e))) errors.Add(nameof(input.EndReason), "Say why the referral ends.");
        if (move == ReferralMove.Complete && (input.Result is not { } r || !Enum.IsDefined(r))) errors.Add(nameof(input.Result), "Say how the help went.");
        if ((input.DeclineReason == DeclineReason.Other && move == ReferralMove.Decline || input.EndReason == EndReason.Other && move == ReferralMove.End)
            && string.IsNullOrWhiteSpace(input.Note))
            errors.Add(nameof(input.Note), "Say what the other reason is.");
        Length(errors, nameof(input.Note), input.Note);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var note = TextInput.Clean(input.Note);
        if (move == ReferralMove.Accept && referral.ProviderAgencyId is { } agency
            && !await sharing.GrantForReferralAsync(referral.CaseId, agency, referral.Id, actor, now, ct))
            return Outcome<Guid>.Invalid("Status", "The youth's consent to share with this provider was withdrawn: the referral cannot be accepted. Ask the case worker.");
        switch (move)
        {
            case ReferralMove.Accept: referral.AnsweredAt = now; break;
            case ReferralMove.Decline: (referral.AnsweredAt, referral.DeclineReason) = (now, input.DeclineReason); break;
            case ReferralMove.End: referral.EndReason = input.EndReason; break;
            case ReferralMove.Complete: referral.Result = input.Result; break;
        }
        referral.Status = rule.To;
        if (IsClosed(rule.To))
        {
            referral.ClosedAt = now;
            referral.ClosingNote = note;
            foreach (var grant in @case!.Grants.Where(g => g.ServiceReferralId == referral.Id && g.RevokedAt == null)) grant.RevokedAt = now;
        }
        await StepAsync(referral, rule.To, actor, note, now, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(referral.Id);
    }

    /// <summary>Records a service the provider gave under an accepted referral; the first one marks the youth engaged.</summary>
    public async Task<Outcome<Guid>> RecordDeliveryAsync(Guid id, DeliveryInput input, Actor actor, CancellationToken ct = default)
    {
        var (referral, _) = await LoadAsync(id, actor, [Answer], "record a service", ct);
        if (referral is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var today = jurisdiction.Today(clock);
        if (referral.Status is not (S.Accepted or S.Engaged))
            errors.Add("Status", $"Services are recorded on an accepted referral; this one is {DisplayNames.Of(referral.Status).ToLowerInvariant()}.");
        var type = TextInput.Clean(input.TypeCode);
        if (type is null) errors.Add(nameof(input.TypeCode), "Choose the kind of service given.");
        else if (!DirectoryWords.IsServiceType(type)) errors.Add(nameof(input.TypeCode), $"'{type}' is not one of the kinds of help in the directory.");
        if (input.DeliveredOn is not { } on) errors.Add(nameof(input.DeliveredOn), "When was the service given?");
        else if (on > today) errors.Add(nameof(input.DeliveredOn), "The date is in the future.");
        else if (referral.SentAt is { } sent && on < jurisdiction.LocalDate(sent))
            errors.Add(nameof(input.DeliveredOn), $"The date is before the referral was sent ({jurisdiction.LocalDate(sent):yyyy-MM-dd}).");
        if (input.Minutes is null && input.Units is null) errors.Add(nameof(input.Minutes), "Give how long it took (minutes) or how many units.");
        if (input.Minutes is { } m && (m < 1 || m > ReferralRules.MinutesMax)) errors.Add(nameof(input.Minutes), $"Minutes: 1 to {ReferralRules.MinutesMax:N0}.");
        if (input.Units is { } u && (u < 1 || u > ReferralRules.UnitsMax)) errors.Add(nameof(input.Units), $"Units: 1 to {ReferralRules.UnitsMax:N0}.");
        Length(errors, nameof(input.Note), input.Note);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var delivery = new ServiceDelivery
        {
            ReferralId = id, TypeCode = type!, DeliveredOn = input.DeliveredOn!.Value, Minutes = input.Minutes, Units = input.Units,
            Note = TextInput.Clean(input.Note), RecordedById = actor.UserId ?? Guid.Empty, RecordedByAgencyId = actor.AgencyId, RecordedAt = now,
        };
        db.Add(delivery);
        if (referral.Status == S.Accepted)
        {
            referral.Status = S.Engaged;
            await StepAsync(referral, S.Engaged, actor, "First service recorded.", now, ct);
        }
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(delivery.Id);
    }

    // The service's rules the youth does not meet (age, region, gender, population), as one sentence; null when they fit.
    private string? EligibilityWarning(ServiceProfile service, string type, YouthForMatching youth)
    {
        var failed = ServiceMatcher.Judge(service, type, youth, words).Ineligibilities;
        return failed.Count == 0 ? null : string.Join(" ", failed.Select(e => e.Reason));
    }

    private async Task<Guid?> CheckSendAsync(ServiceProfile service, YouthForMatching youth, string? warning, string? note, Guid caseId, Errors errors,
        CancellationToken ct)
    {
        if (warning is not null && string.IsNullOrWhiteSpace(note))
            errors.Add(nameof(ServiceReferralInput.EligibilityNote), $"The service's rules do not fit the youth: {warning} Say why you are sending the referral anyway.");
        var consent = await consents.FindAsync(caseId, youth.Age, service, ct);
        if (!consent.Found) errors.Add("Consent", consent.Missing!);
        return consent.ConsentId;
    }

    /// <summary>The referral (tracked, with its steps) and its case (with grants) when the actor may do one of <paramref name="ops"/>; else nulls, the refusal audited.</summary>
    private async Task<(ServiceReferral?, Case?)> LoadAsync(Guid id, Actor actor, OperationAuthorizationRequirement[] ops, string what, CancellationToken ct)
    {
        var referral = await db.Set<ServiceReferral>().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, ct);
        var @case = referral is null ? null : await db.Cases.Include(c => c.Grants).FirstOrDefaultAsync(c => c.Id == referral.CaseId, ct);
        if (referral is not null && @case is not null)
            foreach (var op in ops)
                if ((await authorization.AuthorizeAsync(actor.Principal, new ServiceReferralResource(referral, @case), op)).Succeeded)
                    return (referral, @case);
        await audit.DeniedAsync(nameof(ServiceReferral), id.ToString(), what, ct);
        return (null, null);
    }

    private async Task StepAsync(ServiceReferral referral, S status, Actor actor, string? note, DateTime at, CancellationToken ct)
    {
        var agency = actor.AgencyId is { } a ? await db.Agencies.Where(g => g.Id == a).Select(g => g.Name).FirstOrDefaultAsync(ct) : null;
        referral.Steps.Add(new ServiceReferralStep
        {
            ReferralId = referral.Id, Status = status, ById = actor.UserId ?? Guid.Empty, ByName = actor.DisplayName,
            AgencyId = actor.AgencyId, AgencyName = agency ?? "Hartline", At = at, Note = note,
        });
    }

    private static void Length(Errors errors, string field, string? text)
    {
        if (text?.Length > ReferralRules.NoteMax) errors.Add(field, $"At most {ReferralRules.NoteMax:N0} characters.");
    }

    private static string Past(ReferralMove move) => move switch
    {
        ReferralMove.Accept => "accepted", ReferralMove.Decline => "declined", ReferralMove.Withdraw => "withdrawn",
        ReferralMove.Engage => "marked as started", ReferralMove.Complete => "completed", _ => "ended",
    };
}

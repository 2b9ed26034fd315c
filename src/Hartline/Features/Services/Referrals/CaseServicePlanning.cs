using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.People;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

public sealed class NeedInput
{
    /// <summary>A service type code (e.g. <c>emergency-shelter</c>).</summary>
    public string? TypeCode { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class NeedStatusInput
{
    /// <summary>Met or NoLongerNeeded (a need is never deleted).</summary>
    public NeedStatus? Status { get; set; }
}

public sealed class ServiceFactsInput
{
    /// <summary>The language the youth is most at ease in (ISO 639-1, e.g. <c>es</c>); empty when English or not known.</summary>
    public string? LanguageCode { get; set; }
    /// <summary>Population codes (e.g. <c>lgbtq</c>, <c>immigrant</c>).</summary>
    public List<string>? Populations { get; set; }
}

public sealed record NeedView(Guid Id, string TypeCode, string Type, string? Note, NeedStatus Status, DateTime RecordedAt, NeedMatches? Matches);

/// <summary>A case's needs, what matching knows of the youth, the services matched to each open need, and the referrals sent.</summary>
public sealed record CaseServicesView(Guid CaseId, YouthForMatching Youth, IReadOnlyList<NeedView> Needs, IReadOnlyList<ServiceReferralSummary> Referrals);

/// <summary>
/// The case side of services: the needs chosen on the case, the facts matching uses (language, populations), and
/// the matches for each open need. Reading needs the case (its tabs' rule); changing them, the right to update it.
/// </summary>
public sealed class CaseServicePlanning(HartlineDb db, CaseAccess access, ServiceProfiles profiles, DirectoryWords words,
    ServiceReferralViews referralViews, BirthDates birthDates, TimeProvider clock, Security.Audit.AuditLog audit)
{
    /// <summary>For the API: the case's services view when the actor may read the case (audited), else null (404).</summary>
    public async Task<CaseServicesView?> GetAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, load: CaseAccess.WithYouth);
        if (found is null) return null;
        await audit.ReadAsync([new(nameof(Case), caseId, "services"), new(nameof(Person), found.PersonId, $"via case {caseId} (services)")], ct);
        return await ViewAsync(found, ct);
    }

    public async Task<CaseServicesView> ViewAsync(Case @case, CancellationToken ct = default)
    {
        var youth = await YouthAsync(@case, ct);
        var directory = await profiles.ReadAsync(ct);
        var needs = await db.Set<ServiceNeed>().AsNoTracking().Where(n => n.CaseId == @case.Id).OrderBy(n => n.RecordedAt).ToListAsync(ct);
        return new CaseServicesView(@case.Id, youth,
            needs.Select(n => new NeedView(n.Id, n.TypeCode, DirectoryWords.Type(n.TypeCode), n.Note, n.Status, n.RecordedAt,
                n.Status == NeedStatus.Open ? ServiceMatcher.Match(n.TypeCode, youth, directory, words) : null)).ToList(),
            await referralViews.OfCaseAsync(@case.Id, ct));
    }

    /// <summary>What matching knows of the youth on <paramref name="case"/> (its person loaded or not).</summary>
    public async Task<YouthForMatching> YouthAsync(Case @case, CancellationToken ct = default)
    {
        var person = @case.Person ?? await db.People.AsNoTracking().FirstAsync(p => p.Id == @case.PersonId, ct);
        var facts = await db.Set<CaseServiceFacts>().AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == @case.Id, ct);
        return new YouthForMatching(birthDates.AgeToday(person.DateOfBirth), person.GenderCode, @case.RegionCode, facts?.LanguageCode, facts?.Populations ?? []);
    }

    public async Task<Outcome<Guid>> AddNeedAsync(Guid caseId, NeedInput input, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, actor, CaseOperations.Update, ct) is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var type = input.TypeCode?.Trim();
        if (string.IsNullOrEmpty(type)) errors.Add(nameof(input.TypeCode), "Choose the kind of help the youth needs.");
        else if (!DirectoryWords.IsServiceType(type)) errors.Add(nameof(input.TypeCode), $"'{type}' is not one of the kinds of help in the directory.");
        else if (await db.Set<ServiceNeed>().AnyAsync(n => n.CaseId == caseId && n.TypeCode == type && n.Status == NeedStatus.Open, ct))
            errors.Add(nameof(input.TypeCode), $"{DirectoryWords.Type(type)} is already an open need of this case.");
        if (input.Note?.Length > ReferralRules.NoteMax) errors.Add(nameof(input.Note), $"At most {ReferralRules.NoteMax:N0} characters.");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var need = new ServiceNeed { CaseId = caseId, TypeCode = type!, Note = TextInput.Clean(input.Note), RecordedById = actor.UserId ?? Guid.Empty };
        db.Add(need);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(need.Id);
    }

    public async Task<Outcome<Guid>> SetNeedStatusAsync(Guid caseId, Guid needId, NeedStatusInput input, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, actor, CaseOperations.Update, ct) is null) return Outcome<Guid>.NotFound();
        var need = await db.Set<ServiceNeed>().FirstOrDefaultAsync(n => n.Id == needId && n.CaseId == caseId, ct);
        if (need is null) return Outcome<Guid>.NotFound();
        if (input.Status is not (NeedStatus.Met or NeedStatus.NoLongerNeeded))
            return Outcome<Guid>.Invalid(nameof(input.Status), "Say whether the need was met or is no longer needed.");
        if (need.Status != NeedStatus.Open) return Outcome<Guid>.Invalid(nameof(input.Status), "This need is already closed.");
        need.Status = input.Status.Value;
        need.ClosedAt = clock.GetUtcNow().UtcDateTime;
        need.ClosedById = actor.UserId;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(need.Id);
    }

    public async Task<Outcome<Guid>> SetFactsAsync(Guid caseId, ServiceFactsInput input, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, actor, CaseOperations.Update, ct) is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var language = TextInput.Clean(input.LanguageCode)?.ToLowerInvariant();
        if (language is not null && !System.Text.RegularExpressions.Regex.IsMatch(language, "^[a-z]{2,3}$"))
            errors.Add(nameof(input.LanguageCode), "A language code of two or three letters (es for Spanish, pt for Portuguese).");
        var populations = (input.Populations ?? []).Select(p => p?.Trim() ?? "").Where(p => p.Length > 0).Distinct().ToList();
        foreach (var unknown in populations.Where(p => !DirectoryWords.IsPopulation(p)))
            errors.Add(nameof(input.Populations), $"'{unknown}' is not one of the groups in the directory.");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var facts = await db.Set<CaseServiceFacts>().FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
        if (facts is null) db.Add(facts = new CaseServiceFacts { CaseId = caseId });
        facts.LanguageCode = language == "en" ? null : language; // English is what every service works in: not a fact to match on
        facts.Populations = populations;
        facts.UpdatedById = actor.UserId ?? Guid.Empty;
        facts.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(caseId);
    }
}

using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Profile;

/// <summary>Reads and replaces a case's exploitation profile. Replacing keeps history through the audit trail.</summary>
public sealed class CaseProfiles(HartlineDb db, CaseAccess access, Jurisdiction jurisdiction, TimeProvider clock)
{
    /// <summary>The profile of a case the caller has already been allowed to read; an empty one when nothing is recorded yet.</summary>
    public async Task<ExploitationProfile> OfAsync(Guid caseId, CancellationToken ct = default) =>
        await ProfileOf(db, caseId, ct) ?? new ExploitationProfile { CaseId = caseId };

    // Compiled once: every case overview reads the profile (no LINQ tree built and looked up per view).
    private static readonly Func<HartlineDb, Guid, CancellationToken, Task<ExploitationProfile?>> ProfileOf = EF.CompileAsyncQuery(
        (HartlineDb db, Guid caseId, CancellationToken ct) => db.Set<ExploitationProfile>().AsNoTracking().FirstOrDefault(p => p.CaseId == caseId));

    public async Task<Outcome<ExploitationProfile>> UpdateAsync(Guid caseId, ProfileInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Update, ct);
        if (@case is null) return Outcome<ExploitationProfile>.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = ProfileRules.Check(input, jurisdiction, jurisdiction.LocalDate(now));
        if (errors.Count > 0) return Outcome<ExploitationProfile>.Invalid(errors);

        var profile = await db.Set<ExploitationProfile>().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        if (profile is null) db.Add(profile = new ExploitationProfile { CaseId = caseId });
        profile.TraffickingStatus = input.TraffickingStatus;
        profile.StatusDecidedBy = input.StatusDecidedBy;
        profile.StatusDecidedOn = input.StatusDecidedOn;
        profile.ExploitationTypes = Distinct(input.ExploitationTypes);
        profile.SexExploitationTypes = Distinct(input.SexExploitationTypes);
        profile.LaborIndustry = input.LaborIndustry;
        profile.MethodsOfControl = Distinct(input.MethodsOfControl);
        profile.RecruitmentMethod = input.RecruitmentMethod;
        profile.RecruitmentPlatforms = Distinct(input.RecruitmentPlatforms);
        profile.RecruiterRelationship = input.RecruiterRelationship;
        profile.Vulnerabilities = Distinct(input.Vulnerabilities);
        profile.AgeWhenFirstExploited = input.AgeWhenFirstExploited;
        profile.UpdatedAt = now;
        profile.UpdatedById = actor.UserId;
        @case.ResidenceCode = input.Residence;
        await db.SaveChangesAsync(ct);
        return Outcome<ExploitationProfile>.Done(profile);
    }

    private static List<string> Distinct(List<string>? codes) => (codes ?? []).Distinct().ToList();
}

using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Profile;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>
/// Reads the clients served in a period through the scope function (statistics purpose): one narrow row per case
/// active on any day of the period, the youth's gender, birth date and race/ethnicity, and the cases' exploitation
/// profiles; then one <see cref="ClientRecord"/> per youth. Every client table is counted from these records, so the
/// tables cannot disagree with one another, and any two dimensions cross-tabulate.
/// </summary>
public sealed class ClientFacts(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "A client is a youth with at least one case open on any day of the period and visible to you; each youth counts once " +
        "per category. Region, residence, type of exploitation and the recruiter's relationship come from the youth's cases in " +
        "the period, so a youth with two cases may count in two rows of those tables and their rows can add to more than the " +
        "total. A youth with more than one race/ethnicity recorded counts as Multi-racial. Age at intake: the youth's age on the " +
        "day their earliest case in the period was opened. New: none of their cases in the period was opened before it began.";

    /// <summary>The cases active on any day from <paramref name="from"/> to <paramref name="to"/>; <see cref="ClientCases.In"/> picks a period's clients.</summary>
    public async Task<ClientCases> ReadAsync(DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        var active = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics)
            .Where(c => c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from));
        var clientIds = active.Select(c => c.PersonId).Distinct();

        // One snapshot for the three reads, so a save meanwhile cannot make the tables disagree.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var cases = await active
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new ClientCase(c.Id, c.PersonId, c.RegionCode, c.ResidenceCode, c.OpenedOn, c.ClosedOn, p.GenderCode, p.DateOfBirth))
            .ToListAsync(ct);
        // Race: per youth the number of categories and the first; more than one counts as the jurisdiction's "multiple".
        var race = await db.Set<PersonRaceEthnicity>().Where(r => clientIds.Contains(r.PersonId))
            .GroupBy(r => r.PersonId)
            .Select(g => new { PersonId = g.Key, N = g.Count(), First = g.Min(r => r.Code) })
            .ToDictionaryAsync(x => x.PersonId, x => x.N > 1 ? j.RaceEthnicity.MultipleCode : x.First ?? "", ct);
        var profiles = await db.Set<ExploitationProfile>().Where(p => active.Any(c => c.Id == p.CaseId))
            .Select(p => new { p.CaseId, p.ExploitationTypes, p.RecruiterRelationship })
            .ToDictionaryAsync(p => p.CaseId, p => new CaseProfile(p.ExploitationTypes, p.RecruiterRelationship), ct);
        await snapshot.CommitAsync(ct);
        return new ClientCases(cases, race, profiles);
    }

    /// <summary>Whole years; a birth date after the intake (a typo) reads as not recorded rather than a negative age.</summary>
    internal static int? AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
        return age >= 0 ? age : null;
    }

    internal static IReadOnlyList<string> NotRecordedWhenEmpty(IEnumerable<string> codes)
    {
        var list = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count > 0 ? list : [CategoryRows.NotRecordedCode];
    }
}

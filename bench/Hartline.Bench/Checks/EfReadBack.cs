using Hartline.Bench.Synthetic;
using Hartline.Data;
using Hartline.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Bench.Checks;

public sealed record ReadBackResult(long CasesCounted, long PeopleCounted, long ReferralsCounted, int Sampled, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Proves the raw-loaded rows are rows the app can read: counts through EF, then loads sample case
/// files by id (an EF GUID parameter, so the stored text format must match) with their person, race
/// rows, grants and referral, and compares every field with a fresh run of the generator.
/// </summary>
internal static class EfReadBack
{
    /// <summary>How far into the sequence to look for one intake record of each shape.</summary>
    private const int SearchDepth = 5_000;

    public static async Task<ReadBackResult> CheckAsync(DatabaseTarget target, SyntheticCaseload caseload)
    {
        var problems = new List<string>();
        await using var db = target.CreateContext(target.Options());
        var cases = await db.Cases.LongCountAsync();
        var people = await db.People.LongCountAsync();
        var referrals = await db.Referrals.LongCountAsync();
        if (cases != caseload.CaseCount) problems.Add($"EF counts {cases} cases, expected {caseload.CaseCount}");
        if (people != caseload.CaseCount) problems.Add($"EF counts {people} people, expected {caseload.CaseCount}");
        if (referrals != caseload.CaseCount) problems.Add($"EF counts {referrals} referrals, expected {caseload.CaseCount}");

        var timeResolution = target.Provider == DatabaseProvider.PostgreSql ? TimeSpan.FromMicroseconds(1) : TimeSpan.FromTicks(1);
        var samples = Samples(caseload);
        foreach (var expected in samples)
        {
            var id = expected.Case.Id;
            var actual = await db.Cases.AsNoTracking()
                .Include(c => c.Person!).ThenInclude(p => p.RaceEthnicities)
                .Include(c => c.Grants)
                .SingleOrDefaultAsync(c => c.Id == id);
            var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == id);
            if (actual?.Person is null || referral is null) { problems.Add($"case {id}: not found through EF (with its person and referral)"); continue; }
            problems.AddRange(IntakeComparison.Differences(expected, actual, referral, timeResolution).Select(d => $"case {id}: {d}"));
            var team = await db.Set<Hartline.Features.Cases.Team.CareTeamAssignment>().AsNoTracking().Where(a => a.CaseId == id).ToListAsync();
            if (IntakeComparison.Team(expected.Team) != IntakeComparison.Team(team))
                problems.Add($"case {id}: CareTeam: generated {IntakeComparison.Team(expected.Team)}, EF read {IntakeComparison.Team(team)}");
        }
        return new ReadBackResult(cases, people, referrals, samples.Count, problems);
    }

    /// <summary>The first intake record of each shape the loader must get right: nulls, closed, 0/2 races, grants.</summary>
    private static List<IntakeRecord> Samples(SyntheticCaseload caseload)
    {
        var shapes = new List<Func<IntakeRecord, bool>>
        {
            f => f.Case.Status == CaseStatus.Open,
            f => f.Case.Status == CaseStatus.Closed,
            f => f.Person.RaceEthnicities.Count == 0,
            f => f.Person.RaceEthnicities.Count == 2,
            f => f.Person.MiddleName is not null,
            f => f.Person.GenderCode is null,
            f => f.Case.ResidenceCode is null,
            f => f.Grants.Count > 0,
            f => f.Grants.Any(g => g.RevokedAt is not null),
            f => f.Team.Count >= 2,
        };
        var found = new List<IntakeRecord>();
        foreach (var record in caseload.IntakeRecords().Take(SearchDepth))
        {
            var matched = shapes.Where(s => s(record)).ToList();
            if (matched.Count == 0) continue;
            found.Add(record);
            shapes.RemoveAll(matched.Contains);
            if (shapes.Count == 0) break;
        }
        return found;
    }
}

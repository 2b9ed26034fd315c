using Hartline.Data;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports;

public sealed record ReportRow(string Code, string Label, int Count);

public sealed record ReportDimension(string Key, string Title, IReadOnlyList<ReportRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

public sealed record QuarterlyReportResult(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    int ClientsServed, IReadOnlyList<ReportDimension> Dimensions, string CountingRule);

/// <summary>
/// Clients served in a quarter, by region, gender, race/ethnicity and residence at time of exploitation.
/// Only counts leave this class: it is safe for the Analyst role. Categories come from the
/// jurisdiction file, and anything not recorded is shown on its own "Not recorded" row.
/// </summary>
public sealed class QuarterlyReport(HartlineDb db, Jurisdiction j)
{
    public const string NotRecordedCode = "";
    public const string NotRecordedLabel = "Not recorded";

    public const string CountingRule =
        "A client is a youth with at least one case open on any day of the quarter and visible to you. " +
        "Each youth counts once per category. Region and residence come from the case; a youth with two open " +
        "cases in different regions counts in both rows, so a table's rows can add to more than the total. " +
        "A youth with more than one race/ethnicity recorded counts as Multi-racial; with none, as Not recorded.";

    public async Task<QuarterlyReportResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default)
    {
        var (from, to) = (quarter.From, quarter.To);
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics)
            .Where(c => c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from));
        // People are picked by id from the active cases (an IN list evaluated once), not by scanning
        // the whole registry with a correlated EXISTS: the cost follows the quarter, not the registry.
        var clientIds = cases.Select(c => c.PersonId).Distinct();
        var people = db.People.Where(p => clientIds.Contains(p.Id));

        // One snapshot for all five counts, so intake saving meanwhile cannot make the tables disagree.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var total = await clientIds.CountAsync(ct);
        var byRegion = await cases.GroupBy(c => c.RegionCode)
            .Select(g => new { g.Key, Count = g.Select(c => c.PersonId).Distinct().Count() }).ToListAsync(ct);
        var byResidence = await cases.GroupBy(c => c.ResidenceCode)
            .Select(g => new { g.Key, Count = g.Select(c => c.PersonId).Distinct().Count() }).ToListAsync(ct);
        var byGender = await people.GroupBy(p => p.GenderCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        // Race: per client the number of categories and the first one; then count clients per outcome.
        // Clients with no category have no rows here: they are the total minus those counted.
        var multiple = j.RaceEthnicity.MultipleCode;
        var byRace = await db.Set<PersonRaceEthnicity>().Where(r => clientIds.Contains(r.PersonId))
            .GroupBy(r => r.PersonId)
            .Select(g => new { N = g.Count(), First = g.Min(r => r.Code) })
            .GroupBy(x => x.N > 1 ? multiple : x.First)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        await snapshot.CommitAsync(ct);
        var withRace = byRace.Sum(x => x.Count);

        return new QuarterlyReportResult(quarter.ToString(), from, to, j.Name, total,
        [
            Dimension("region", "Clients served by region", j.Regions, byRegion.Select(x => ((string?)x.Key, x.Count))),
            Dimension("gender", "Gender", j.Genders, byGender.Select(x => (x.Key, x.Count))),
            Dimension("race_ethnicity", "Race/ethnicity", j.RaceEthnicity.Categories,
                byRace.Select(x => ((string?)x.Key, x.Count)).Append((null, total - withRace))),
            Dimension("residence", "Residence at time of exploitation", j.ResidenceAtExploitation, byResidence.Select(x => (x.Key, x.Count))),
        ], CountingRule);
    }

    /// <summary>
    /// Every category of the jurisdiction in its order (zeros included), then any stored code the file
    /// no longer lists (shown, never silently merged), then Not recorded.
    /// </summary>
    private static ReportDimension Dimension(string key, string title, IReadOnlyList<Category> categories,
        IEnumerable<(string? Code, int Count)> counts)
    {
        var map = counts.GroupBy(x => string.IsNullOrEmpty(x.Code) ? NotRecordedCode : x.Code)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var rows = categories.Select(c => new ReportRow(c.Code, c.Name, map.GetValueOrDefault(c.Code))).ToList();
        rows.AddRange(map.Where(m => m.Key != NotRecordedCode && categories.All(c => c.Code != m.Key))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new ReportRow(m.Key, $"{m.Key} (not in the jurisdiction file)", m.Value)));
        rows.Add(new ReportRow(NotRecordedCode, NotRecordedLabel, map.GetValueOrDefault(NotRecordedCode)));
        return new ReportDimension(key, title, rows);
    }
}

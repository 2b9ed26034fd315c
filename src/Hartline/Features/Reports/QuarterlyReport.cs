using Hartline.Data;
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
        var people = db.People.Where(p => cases.Any(c => c.PersonId == p.Id));

        var total = await cases.Select(c => c.PersonId).Distinct().CountAsync(ct);
        var byRegion = await cases.GroupBy(c => c.RegionCode)
            .Select(g => new { g.Key, Count = g.Select(c => c.PersonId).Distinct().Count() }).ToListAsync(ct);
        var byResidence = await cases.GroupBy(c => c.ResidenceCode)
            .Select(g => new { g.Key, Count = g.Select(c => c.PersonId).Distinct().Count() }).ToListAsync(ct);
        var byGender = await people.GroupBy(p => p.GenderCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var multiple = j.RaceEthnicity.MultipleCode;
        var byRace = await people
            .Select(p => new { N = p.RaceEthnicities.Count(), First = p.RaceEthnicities.OrderBy(r => r.Code).Select(r => r.Code).FirstOrDefault() })
            .GroupBy(x => x.N == 0 ? NotRecordedCode : x.N > 1 ? multiple : x.First)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        return new QuarterlyReportResult(quarter.ToString(), from, to, j.Name, total,
        [
            Dimension("region", "Clients served by region", j.Regions, byRegion.Select(x => ((string?)x.Key, x.Count))),
            Dimension("gender", "Gender", j.Genders, byGender.Select(x => (x.Key, x.Count))),
            Dimension("race_ethnicity", "Race/ethnicity", j.RaceEthnicity.Categories, byRace.Select(x => ((string?)x.Key, x.Count))),
            Dimension("residence", "Residence at time of exploitation", j.ResidenceAtExploitation, byResidence.Select(x => (x.Key, x.Count))),
        ], CountingRule);
    }

    /// <summary>Every category of the jurisdiction in its order (zeros included), then Not recorded.</summary>
    private static ReportDimension Dimension(string key, string title, IReadOnlyList<Category> categories,
        IEnumerable<(string? Code, int Count)> counts)
    {
        var known = categories.Select(c => c.Code).ToHashSet();
        var map = counts.GroupBy(x => x.Code is not null && known.Contains(x.Code) ? x.Code : NotRecordedCode)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var rows = categories.Select(c => new ReportRow(c.Code, c.Name, map.GetValueOrDefault(c.Code))).ToList();
        rows.Add(new ReportRow(NotRecordedCode, NotRecordedLabel, map.GetValueOrDefault(NotRecordedCode)));
        return new ReportDimension(key, title, rows);
    }
}

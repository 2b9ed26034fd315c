using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Security;

namespace Hartline.Features.Reports;

/// <summary>A row as published: the count, or null with why it is withheld ("primary" or "complementary").</summary>
public sealed record PublishedRow(string Code, string Label, int? Count, string? Suppressed);

public sealed record PublishedDimension(string Key, string Title, IReadOnlyList<PublishedRow> Rows);

/// <summary>The quarterly report after disclosure control: safe to send to the state, funders and the public.</summary>
public sealed record PublishedQuarterlyReport(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    int? ClientsServed, string? ClientsServedSuppressed, IReadOnlyList<PublishedDimension> Dimensions, string CountingRule,
    int MinCell, string SuppressionRule);

/// <summary>
/// The seed-002 tables as published: taken from the statistics catalogue's publication of the whole client
/// population (every dimension in one table set), so the figures and the withheld cells are exactly those of the
/// statistics page and its exports; a second, smaller publication of the same counts could withhold different cells,
/// and the two together would give some away.
/// </summary>
public static class QuarterlyPublication
{
    /// <summary>What a reader is told under the tables.</summary>
    public static string Rule(int minCell) =>
        $"Counts from 1 to {minCell - 1} are withheld (primary), and so are other counts where the totals would otherwise give a withheld one "
        + "away (complementary). Zeros are shown.";

    private static readonly (string Key, string Title)[] SeedTables =
        [("region", "Clients served by region"), ("gender", "Gender"), ("race_ethnicity", "Race/ethnicity"), ("residence", "Residence at time of exploitation")];

    public static async Task<PublishedQuarterlyReport> PublishAsync(StatisticsReport statistics, Quarter quarter, DisclosureRules rules, Actor actor, CancellationToken ct)
    {
        var doc = await statistics.BuildAsync(new StatisticsRequest(ReportPeriod.Of(quarter), rules, Compare: false, Trend: false), actor, ct);
        var total = doc.Tables.Single(t => t.Key == "region").Rows.Single(r => r.IsTotal).Cells[0];
        return new PublishedQuarterlyReport(quarter.ToString(), quarter.From, quarter.To, doc.Jurisdiction,
            Count(total), total.Suppressed,
            SeedTables.Select(s => doc.Tables.Single(t => t.Key == s.Key)).Select((t, i) => new PublishedDimension(t.Key, SeedTables[i].Title,
                t.Rows.Where(r => !r.IsTotal).Select(r => new PublishedRow(r.Code, r.Label, Count(r.Cells[0]), r.Cells[0].Suppressed)).ToList())).ToList(),
            QuarterlyReport.CountingRule, rules.Threshold, Rule(rules.Threshold));
    }

    private static int? Count(ReportCell cell) => cell.Value is { } v ? (int)v : null;
}

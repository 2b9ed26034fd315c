using Hartline.Features.Reports.Disclosure;

namespace Hartline.Features.Reports;

/// <summary>A row as published: the count, or null with why it is withheld ("primary" or "complementary").</summary>
public sealed record PublishedRow(string Code, string Label, int? Count, string? Suppressed);

public sealed record PublishedDimension(string Key, string Title, IReadOnlyList<PublishedRow> Rows);

/// <summary>The quarterly report after disclosure control: safe to send to the state, funders and the public.</summary>
public sealed record PublishedQuarterlyReport(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    int? ClientsServed, string? ClientsServedSuppressed, IReadOnlyList<PublishedDimension> Dimensions, string CountingRule,
    int MinCell, string SuppressionRule);

/// <summary>
/// Puts the quarterly report through disclosure control: every table shares the one total (clients served); gender
/// and race/ethnicity split the clients exactly, while region and residence come from cases, so a youth with two
/// cases may count in two rows (their rows add to at least the total). Counts from 1 to N−1 are withheld, and more
/// cells besides, until no withheld count can be worked out from the rest (<see cref="DisclosureControl"/>).
/// </summary>
public static class QuarterlyPublication
{
    /// <summary>What a reader is told under the tables.</summary>
    public static string Rule(int minCell) =>
        $"Counts from 1 to {minCell - 1} are withheld (primary), and so are other counts where the totals would otherwise give a withheld one "
        + "away (complementary). Zeros are shown.";

    public static PublishedQuarterlyReport Publish(QuarterlyReportResult report, DisclosureRules rules)
    {
        var (set, keys) = TableSetOf(report);
        var published = DisclosureControl.Apply(set, rules);
        return new PublishedQuarterlyReport(report.Quarter, report.From, report.To, report.Jurisdiction,
            published.Count(TableShapes.GrandTotal), published.StateOf(TableShapes.GrandTotal).SuppressedLabel(),
            report.Dimensions.Select(d => new PublishedDimension(d.Key, d.Title, d.Rows.Select(r =>
            {
                var key = keys[(d.Key, r.Code)];
                return new PublishedRow(r.Code, r.Label, published.Count(key), published.StateOf(key).SuppressedLabel());
            }).ToList())).ToList(),
            report.CountingRule, rules.Threshold, Rule(rules.Threshold));
    }

    /// <summary>
    /// Every published figure of the report as one table set sharing the total, with the cell key of each row. Public
    /// so that a test can attack exactly what is published.
    /// </summary>
    public static (TableSet Set, IReadOnlyDictionary<(string Dimension, string Code), string> Keys) TableSetOf(QuarterlyReportResult report)
    {
        var set = new TableSet();
        var keys = new Dictionary<(string, string), string>();
        foreach (var d in report.Dimensions)
        {
            var dimension = new Dimension(d.Key, d.Key is "region" or "residence" ? RelationKind.Overlapping : RelationKind.Sum);
            // "Not recorded" has the empty code; a key needs a name.
            var counts = d.Rows.ToDictionary(r => r.Code.Length == 0 ? "not-recorded" : r.Code, r => r.Count);
            set.Table(dimension, counts, report.ClientsServed);
            foreach (var r in d.Rows) keys[(d.Key, r.Code)] = TableShapes.Key(dimension, r.Code.Length == 0 ? "not-recorded" : r.Code);
        }
        return (set, keys);
    }
}

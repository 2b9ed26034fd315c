using Hartline.Features.Reports;
using Hartline.Features.Reports.Documents;

namespace Hartline.Tests.Reports.Documents;

/// <summary>
/// A report document built by hand with everything an export must get right: a withheld cell that still carries a
/// distinctive value (which must never be written), a percent column, a missing figure, total rows, a table long
/// enough to need three pages, labels that look like spreadsheet formulas, one in several scripts with an emoji, a
/// label long enough to wrap and a "word" longer than a line.
/// </summary>
public static class ReportSample
{
    /// <summary>The withheld cell's value: it must appear in no export.</summary>
    public const double HiddenCount = 7321;
    public const double HiddenShare = 0.0917;

    public const string WithheldLabel = "School";
    public const string Hyperlink = "=HYPERLINK(\"http://x\")";
    public const string Unicode = "Mañana عربى 😀 e\u0301";
    public static readonly string[] FormulaLabels = [Hyperlink, "@SUM(A1)", "-2+3", "+1"];

    public const string LongLabel = "Referred by a community organisation that works with young people outside school hours, " +
        "after a disclosure to a youth worker during an outreach session at a shelter, recorded by the intake team";
    public const string LongWord = "https://example.org/referrals/intake/a-very-long-link-pasted-into-a-label-without-any-spaces-at-all";

    public static ReportDocument Document(int? minCell = 5, int longRows = 40) => new(
        "Quarterly report: youth referred for suspected trafficking",
        "Connecticut",
        "2025 Q1",
        new DateOnly(2025, 1, 1),
        new DateOnly(2025, 3, 31),
        new DateTimeOffset(2025, 4, 2, 9, 15, 0, TimeSpan.FromHours(-4)),
        "1.4.0-test",
        minCell,
        [Sources(), Timings(), Weeks(longRows), Funnel(), Regions(), Sources() with { Key = "sources-again" }],
        [
            new ReportNote("Counting rule", "A youth referred twice in the quarter counts once, on the first referral."),
            new ReportNote("Withheld figures", QuarterlyPublication.Rule(minCell ?? 5)),
            new ReportNote("Definitions", "A referral is a report to the team of a youth who may have been trafficked."),
        ]);

    private static ReportCell N(double v) => new(v);

    public static ReportTable Sources() => new("sources", "Referrals by source", "Source",
        [new("referrals", "Referrals"), new("share", "Share of referrals", CellFormat.Percent)],
        [
            new("police", "Police", [N(12), N(0.4)]),
            new("school", WithheldLabel, [new(HiddenCount, "primary"), new(HiddenShare, "complementary")]),
            new("other", Unicode, [N(8), N(0.2667)]),
            new("h", Hyperlink, [N(5), N(0.1667)]),
            new("s", "@SUM(A1)", [N(6), N(0.2)]),
            new("m", "-2+3", [N(9), N(0.3)]),
            new("p", "+1", [N(11), N(0.3667)]),
            new("", "Not recorded", [N(0), N(0)]),
            new("total", "All referrals", [N(1234), N(1)], IsTotal: true),
        ],
        ChartKind.Bar, "A referral may name more than one source; each is counted.");

    public static ReportTable Timings() => new("timings", "Days and hours from referral to first contact with the youth", "Region",
        [new("days", "Median days", CellFormat.Days), new("hours", "Median hours to first contact", CellFormat.Hours),
         new("rate", "Contacts per youth", CellFormat.Decimal)],
        [
            new("r1", "Region 1 – Southwest", [N(2.5), N(61.25), N(1.75)]),
            new("r2", "Region 2 – South Central", [N(4), N(1502.5), N(2.125)]),
            new("", "Not recorded", [ReportCell.Missing, N(3.5), ReportCell.Missing]),
            new("total", "All regions", [N(3), N(72), N(1.9)], IsTotal: true),
        ],
        ChartKind.None);

    /// <summary>One row per week: long enough to run over pages, with a label that wraps and one that must be broken.</summary>
    public static ReportTable Weeks(int rows) => new("weeks", "Youth referred by week", "Week",
        [new("youth", "Youth referred")],
        [.. Enumerable.Range(1, rows).Select(i => new ReportTableRow($"w{i}",
            i == 7 ? LongLabel : i == 9 ? LongWord : $"Week {i:00}", [N(WeekCount(i))]))],
        ChartKind.Line, "Weeks start on Monday.");

    public static double WeekCount(int week) => 1000 + week * 37;

    public static ReportTable Funnel() => new("funnel", "From referral to services", "Stage",
        [new("youth", "Youth")],
        [new("referred", "Referred", [N(120)]), new("screened", "Screened", [N(97)]), new("served", "Served", [N(64)])],
        ChartKind.Funnel);

    /// <summary>A title no spreadsheet accepts as a sheet name.</summary>
    public static ReportTable Regions() => new("regions", "Region: North/South [draft]? *", "Region",
        [new("youth", "Youth")],
        [new("n", "North", [N(14)]), new("s", "South", [N(21)])],
        ChartKind.Bar);
}

using Hartline.Features.Reports;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Dashboard;

/// <summary>The last complete quarter at a glance: a few figures of the statistics document, as Reports shows them.</summary>
public sealed record QuarterGlanceView(Quarter Quarter, ReportPeriod Period, IReadOnlyList<(string Label, string Figure)> Facts, bool Published);

/// <summary>
/// An analyst's first question is "how did the last quarter go": the last quarter that has ended on the
/// jurisdiction's calendar (its figures no longer change), from the statistics document itself, so the two pages
/// never disagree. Published figures (small numbers withheld) for every role that may not see exact ones.
/// </summary>
public sealed class QuarterGlance(StatisticsReport statistics, Jurisdiction j, TimeProvider clock, IConfiguration configuration)
{
    public async Task<QuarterGlanceView> BuildAsync(Actor actor, CancellationToken ct = default)
    {
        var quarter = Quarter.LastComplete(j.Today(clock));
        var period = ReportPeriod.Of(quarter);
        var rules = StatisticsQuery.MaySeeExact(actor) ? null : new Reports.Disclosure.DisclosureRules(StatisticsQuery.ConfiguredMinCell(configuration));
        // Only client and referral figures are shown: the topics' queries would be work thrown away on every home page.
        var doc = await statistics.BuildAsync(new StatisticsRequest(period, rules, Compare: false, Trend: false, Topics: false), actor, ct);
        string Figure(string table, string row, int column = 0, string unit = "")
        {
            var t = doc.Tables.Single(x => x.Key == table);
            var cell = t.Rows.Single(r => r.Code == row || (row == "total" && r.IsTotal)).Cells[column];
            var text = ReportCellText.Format(cell, t.Columns[column].Format);
            return cell.Value is null || unit.Length == 0 ? text : $"{text} {unit}";
        }
        return new QuarterGlanceView(quarter, period,
        [
            ("Clients served", Figure("region", "total")),
            ("Referrals received", Figure("intake_funnel", "received")),
            ("Screened", Figure("intake_funnel", "screened")),
            ("Determined", Figure("intake_funnel", "determined")),
            ("Linked to a case", Figure("intake_funnel", "linked")),
            ("Median time to screening", Figure("clocks", "screening", 1, "hours")),
        ], rules is not null);
    }
}

using Hartline.Features.Dashboard;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Tests.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Home;

/// <summary>
/// The home page's glance reads a lean statistics document: clients and referrals only, no topics, comparisons or
/// trend. Disclosure control works population by population, so leaving populations out must change no figure of
/// those kept: the glance says what the full document says, published and exact, over the demo's 2019 Q3.
/// </summary>
public sealed class QuarterGlanceTests(DemoApp app) : IClassFixture<DemoApp>
{
    // Mid-October 2019, so the last complete quarter is the demo's 2019Q3.
    private sealed class October2019 : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2019, 10, 15, 16, 0, 0, TimeSpan.Zero);
    }

    // What the glance shows, read here from the full document: label, table, row, column, unit.
    private static readonly (string Label, string Table, string Row, int Column, string Unit)[] Shown =
    [
        ("Clients served", "region", "total", 0, ""),
        ("Referrals received", "intake_funnel", "received", 0, ""),
        ("Screened", "intake_funnel", "screened", 0, ""),
        ("Determined", "intake_funnel", "determined", 0, ""),
        ("Linked to a case", "intake_funnel", "linked", 0, ""),
        ("Median time to screening", "clocks", "screening", 1, " hours"),
    ];

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Coordinator)]
    public async Task The_glance_and_a_document_without_topics_show_the_full_document_s_figures(string role)
    {
        var actor = Actor.FromPrincipal(await app.World.Principal(await app.World.User(role, await app.World.Agency("HART"))));
        await app.WithScope<object?>(async sp =>
        {
            var statistics = sp.GetRequiredService<StatisticsReport>();
            var configuration = sp.GetRequiredService<IConfiguration>();
            var glance = await new QuarterGlance(statistics, sp.GetRequiredService<Jurisdiction>(), new October2019(), configuration).BuildAsync(actor);
            Assert.Equal("2019Q3", glance.Quarter.ToString());
            Assert.Equal(role == Roles.Analyst, glance.Published);
            var rules = glance.Published ? new DisclosureRules(StatisticsQuery.ConfiguredMinCell(configuration)) : null;

            // Everything: the topics, the comparisons and the trend.
            var full = await statistics.BuildAsync(new StatisticsRequest(glance.Period, rules), actor);
            foreach (var (label, key, code, column, unit) in Shown)
            {
                var table = full.Tables.Single(t => t.Key == key);
                var cell = table.Rows.Single(r => r.Code == code || (code == "total" && r.IsTotal)).Cells[column];
                var text = ReportCellText.Format(cell, table.Columns[column].Format);
                Assert.Equal(cell.Value is null ? text : text + unit, glance.Facts.Single(f => f.Label == label).Figure);
            }

            // Beyond the six figures: every cell of the lean document is the full document's, column for column.
            var lean = await statistics.BuildAsync(new StatisticsRequest(glance.Period, rules, Compare: false, Trend: false, Topics: false), actor);
            Assert.Contains(full.Tables, t => t.Key != "trend" && lean.Tables.All(l => l.Key != t.Key)); // the topics were left out
            foreach (var table in lean.Tables)
            {
                var whole = full.Tables.Single(t => t.Key == table.Key);
                Assert.Equal(table.Columns, whole.Columns.Take(table.Columns.Count));
                Assert.Equal(table.Rows.Select(r => r.Code), whole.Rows.Select(r => r.Code));
                Assert.Equal(table.Rows.SelectMany(r => r.Cells), whole.Rows.SelectMany(r => r.Cells.Take(table.Columns.Count)));
            }
            if (rules is not null) Assert.Contains(lean.Tables, t => t.Rows.Any(r => r.Cells.Any(c => c.IsWithheld))); // the published case withholds
            return null;
        });
    }
}

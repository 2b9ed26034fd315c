using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Referrals;
using Hartline.Jurisdictions;
using Hartline.Tests.Reports.Disclosure;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// Everything the statistics catalogue publishes for a period, attacked by the independent LP attacker: the nine
/// client tables sharing one total, a cross-tabulation added afterwards, the referral tables with the funnel's
/// unprinted remainders. No withheld count may be worked out or narrowed, and the shares, medians and percentiles
/// resting on a withheld count are withheld too.
/// </summary>
public sealed class StatisticsPublicationTests
{
    private static readonly Jurisdiction J = Jurisdiction.Load("connecticut");
    private static readonly ReportPeriod Q = ReportPeriod.Of(new Hartline.Features.Reports.Quarter(2019, 3));

    private static void AssertSafe(PeriodFigures figures, string population, DisclosureRules rules, string where)
    {
        var (set, published) = figures.Attackable(population);
        foreach (var (key, count) in set.Cells)
            if (!set.UnpublishedCells.Contains(key))
                Assert.True(rules.IsPrimary(count) == (published!.StateOf(key) == CellState.Primary), $"{where}: {key} = {count} is {published.StateOf(key)}");
        var breach = Attacker.Breach(set, published!, rules);
        Assert.True(breach is null, $"{where}: {breach}");
    }

    [Theory]
    [InlineData(20261207, 120, 5)]
    [InlineData(11, 60, 11)]
    public void Nothing_withheld_can_be_worked_out_from_a_period_s_tables_and_a_cross_tabulation(int seed, int runs, int threshold)
    {
        var rules = new DisclosureRules(threshold);
        var random = new Random(seed);
        var dimensions = ClientDimensions.All(J).Select(d => d.Key).ToList();
        var (shown, refused) = (0, 0);
        for (var n = 0; n < runs; n++)
        {
            var clients = StatisticsGenerator.Clients(random, J);
            var referrals = StatisticsGenerator.Referrals(random, J);
            var figures = new PeriodFigures(Q, [ClientTables.Build(clients, J), ReferralTables.Build(referrals, J)], rules);
            var where = $"seed {seed}, run {n}";
            AssertSafe(figures, StatisticsReport.Clients, rules, where);
            AssertSafe(figures, StatisticsReport.Referrals, rules, where);

            // A cross-tab published later never changes what the one-dimensional tables showed, and stays safe with them.
            var before = figures.Tables.ToDictionary(t => t.Key);
            var rows = dimensions[random.Next(dimensions.Count)];
            var columns = dimensions.Where(d => d != rows).ElementAt(random.Next(dimensions.Count - 1));
            var (baseSet, basePublished) = figures.Attackable(StatisticsReport.Clients);
            if (figures.Extend(StatisticsReport.Clients, p => ClientTables.AddCrossTab(p, clients, J, new CrossTabChoice(rows, columns))))
            {
                shown++;
                Assert.NotNull(figures.Table(Population.CrossTabKey(rows, columns)));
                AssertSafe(figures, StatisticsReport.Clients, rules, $"{where}, {rows} × {columns}");
            }
            else
            {
                // Refused: nothing of it is published, and what was published before is as it was.
                refused++;
                Assert.Null(figures.Table(Population.CrossTabKey(rows, columns)));
                Assert.Same(basePublished, figures.Attackable(StatisticsReport.Clients).Published);
                Assert.Same(baseSet, figures.Attackable(StatisticsReport.Clients).Set);
            }
            foreach (var table in figures.Tables.Where(t => before.ContainsKey(t.Key)))
                Assert.Equal(before[table.Key].Rows.SelectMany(r => r.Cells), table.Rows.SelectMany(r => r.Cells));
        }
        // Most cross-tabs must be shown, or the test proves less than it says (refusals are tested below).
        Assert.True(shown > runs / 3, $"{shown} cross-tabs shown, {refused} refused of {runs}");
    }

    [Fact]
    public void A_cross_tabulation_the_published_tables_already_pin_down_is_refused_and_said_so()
    {
        // 13 clients, 9 Black, 8 sexually exploited: at least 4 are both, whatever the cross-tab withholds. Its cell of 4
        // cannot be protected without changing tables already out, so the cross-tab is not published.
        ClientRecord Youth(string race, string type) => new(["R1"], ["parent"], "female", race, 15, false, [type], ["family"]);
        var clients = Enumerable.Repeat(Youth("black", "sex"), 4).Append(Youth("hispanic", "sex")).Concat(Enumerable.Repeat(Youth("multiracial", "sex"), 3))
            .Concat(Enumerable.Repeat(Youth("black", "both"), 2)).Concat(Enumerable.Repeat(Youth("black", "forced-labour"), 2)).Append(Youth("black", "")).ToList();
        var figures = new PeriodFigures(Q, [ClientTables.Build(clients, J)], DisclosureRules.Standard);
        Assert.False(figures.Extend(StatisticsReport.Clients, p => ClientTables.AddCrossTab(p, clients, J, new CrossTabChoice("exploitation_type", "race_ethnicity"))));
        Assert.Null(figures.Table(Population.CrossTabKey("exploitation_type", "race_ethnicity")));
        // Exact figures show it.
        var exact = new PeriodFigures(Q, [ClientTables.Build(clients, J)], null);
        Assert.True(exact.Extend(StatisticsReport.Clients, p => ClientTables.AddCrossTab(p, clients, J, new CrossTabChoice("exploitation_type", "race_ethnicity"))));
        var table = exact.Table(Population.CrossTabKey("exploitation_type", "race_ethnicity"))!;
        var black = table.Columns.ToList().FindIndex(c => c.Key == "black");
        Assert.Equal(4, table.Rows.Single(r => r.Code == "sex").Cells[black].Value);
    }

    [Fact]
    public void A_small_remainder_of_the_funnel_is_protected_though_never_printed()
    {
        // 40 received, 38 screened: "2 not screened" is a small count anyone could subtract.
        var referrals = Enumerable.Range(0, 40).Select(i => new ReferralRecord(new DateOnly(2019, 8, 1), "dcf",
            Hartline.Features.Intake.Determination.ExploitationType.Sex, false, null, false, i < 38 ? 1.0 : null, null, null)).ToList();
        var figures = new PeriodFigures(Q, [ReferralTables.Build(referrals, J)], DisclosureRules.Standard);
        var funnel = figures.Table("intake_funnel")!;
        var received = funnel.Rows.Single(r => r.Code == "received").Cells[0];
        var screened = funnel.Rows.Single(r => r.Code == "screened").Cells[0];
        Assert.True(received.IsWithheld || screened.IsWithheld, "40 and 38 together give away the 2 not screened.");
        AssertSafe(figures, StatisticsReport.Referrals, DisclosureRules.Standard, "remainder");
        // The exact figures show both.
        var exact = new PeriodFigures(Q, [ReferralTables.Build(referrals, J)], null).Table("intake_funnel")!;
        Assert.Equal([40.0, 38.0], exact.Rows.Where(r => r.Code is "received" or "screened").Select(r => r.Cells[0].Value!.Value));
    }

    [Fact]
    public void Shares_medians_and_percentiles_resting_on_a_withheld_count_are_withheld()
    {
        // Three referrals screened: the count is small, so its share and its clocks go too.
        var referrals = Enumerable.Range(0, 30).Select(i => new ReferralRecord(new DateOnly(2019, 8, 1), "dcf",
            Hartline.Features.Intake.Determination.ExploitationType.Sex, i < 3, null, false, i < 3 ? 10.0 + i : null, null, null)).ToList();
        var figures = new PeriodFigures(Q, [ReferralTables.Build(referrals, J)], DisclosureRules.Standard);
        var screened = figures.Table("intake_funnel")!.Rows.Single(r => r.Code == "screened");
        Assert.All(screened.Cells, c => Assert.True(c.IsWithheld));
        var clock = figures.Table("clocks")!.Rows.Single(r => r.Code == "screening");
        Assert.All(clock.Cells, c => Assert.Equal("primary", c.Suppressed));
        var exact = new PeriodFigures(Q, [ReferralTables.Build(referrals, J)], null).Table("clocks")!.Rows.Single(r => r.Code == "screening");
        Assert.Equal([3.0, 11.0, 11.8], exact.Cells.Select(c => c.Value!.Value));
    }

    [Fact]
    public void The_same_records_in_another_order_publish_the_same_cells()
    {
        var random = new Random(2026);
        for (var n = 0; n < 25; n++)
        {
            var clients = StatisticsGenerator.Clients(random, J);
            var shuffled = clients.OrderBy(_ => random.Next()).ToList();
            var a = new PeriodFigures(Q, [ClientTables.Build(clients, J)], DisclosureRules.Standard).Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells));
            var b = new PeriodFigures(Q, [ClientTables.Build(shuffled, J)], DisclosureRules.Standard).Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells));
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Every_client_table_counts_each_youth_once_per_category_and_keeps_codes_the_file_no_longer_has()
    {
        ClientRecord Youth(string[] regions, string gender, int? age) =>
            new(regions, [""], gender, "hispanic", age, false, [""], [""]);
        var clients = new List<ClientRecord> { Youth(["R1", "R2"], "female", 15), Youth(["R1"], "", null), Youth(["R9-retired"], "male", 18) };
        var figures = new PeriodFigures(Q, [ClientTables.Build(clients, J)], null);
        var region = figures.Table("region")!;
        double? Row(ReportTable t, string code) => t.Rows.Single(r => r.Code == code).Cells[0].Value;
        Assert.Equal(2, Row(region, "R1"));
        Assert.Equal(1, Row(region, "R2"));
        Assert.Contains(region.Rows, r => r.Code == "R9-retired" && r.Label.Contains("not in the jurisdiction file"));
        Assert.Equal(3, region.Rows.Single(r => r.IsTotal).Cells[0].Value);
        Assert.Equal(1, Row(figures.Table("gender")!, ""));
        var minors = figures.Table("minor")!;
        Assert.Equal([1.0, 1.0, 1.0], minors.Rows.Where(r => !r.IsTotal).Select(r => r.Cells[0].Value!.Value)); // 15 minor, 18 adult, unknown
        Assert.Equal(1, Row(figures.Table("age_group")!, "15-17"));
        Assert.Equal(1, Row(figures.Table("age_group")!, "18-20"));
    }
}

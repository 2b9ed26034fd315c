using Hartline.Features.Reports;
using Hartline.Features.Reports.Disclosure;
using Hartline.Security;
using Hartline.Tests.Platform;
using Hartline.Tests.Reports.Disclosure;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports;

/// <summary>
/// The quarterly report as published: small counts withheld with what would give them away, attacked with the
/// independent LP attacker over everything the report publishes; and the command line's --min-cell.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class QuarterlyPublicationTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static QuarterlyReportResult Report(int total, (string Key, bool Overlapping, int[] Counts)[] dimensions) =>
        new("2019Q3", new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 30), "Connecticut", total,
            dimensions.Select(d => new ReportDimension(d.Key, d.Key,
                d.Counts.Select((c, i) => new ReportRow(i == d.Counts.Length - 1 ? "" : $"c{i}", i == d.Counts.Length - 1 ? "Not recorded" : $"Category {i}", c)).ToList()))
                .ToList(), "rule");

    /// <summary>Every withheld count keeps a protection interval against everything the report publishes.</summary>
    private static void AssertSafe(QuarterlyReportResult report, DisclosureRules rules, string name)
    {
        var (set, keys) = QuarterlyPublication.TableSetOf(report);
        var published = DisclosureControl.Apply(set, rules);
        var ranges = Attacker.Ranges(set, published);
        foreach (var (key, (low, high)) in ranges)
        {
            var value = set.Cells[key];
            if (published.StateOf(key) == CellState.Primary)
                Assert.True(low <= value - 1 + 1e-6 && high >= value + 1 - 1e-6 && high - low >= rules.ProtectionWidth - 1e-6,
                    $"{name}: {key}={value} narrowed to [{low}, {high}]");
            else Assert.True(high - low >= 1 - 1e-6, $"{name}: {key}={value} recovered");
        }
        foreach (var (key, value) in set.Cells)
            Assert.Equal(rules.IsPrimary(value), published.StateOf(key) == CellState.Primary);
        // The published report says the same as the engine, cell by cell.
        var report2 = QuarterlyPublication.Publish(report, rules);
        foreach (var d in report2.Dimensions)
            foreach (var r in d.Rows)
                Assert.Equal(published.Count(keys[(d.Key, r.Code)]), r.Count);
    }

    [Fact]
    public void Small_counts_and_what_would_give_them_away_are_withheld_in_every_table_sharing_the_total()
    {
        // Region rows come from cases and may add to more than the total; gender and race split the clients exactly.
        var report = Report(23, [("region", true, [10, 3, 12, 0]), ("gender", false, [18, 4, 1]), ("race_ethnicity", false, [9, 9, 2, 3]),
            ("residence", true, [20, 2, 1, 0])]);
        var published = QuarterlyPublication.Publish(report, DisclosureRules.Standard);
        Assert.Equal(23, published.ClientsServed);
        var gender = published.Dimensions.Single(d => d.Key == "gender").Rows;
        Assert.Equal(["primary", "primary"], gender.Where(r => r.Code is "c1" or "").Select(r => r.Suppressed));
        // 23 − 18 says only that the two withheld add to 5: each could be anything from 0 to 5, wide enough.
        Assert.Equal((int?)18, gender.Single(r => r.Code == "c0").Count);
        var region = published.Dimensions.Single(d => d.Key == "region").Rows;
        Assert.Equal((int?)0, region.Single(r => r.Code == "").Count); // zeros are shown
        Assert.Null(region.Single(r => r.Code == "c1").Count);
        Assert.Contains("from 1 to 4", published.SuppressionRule);
        AssertSafe(report, DisclosureRules.Standard, "example");
        // 23 − 20 would say the two withheld add to 3, too narrow for a count of 2: one more is withheld.
        var narrow = Report(23, [("gender", false, [20, 2, 1])]);
        Assert.Contains("complementary", QuarterlyPublication.Publish(narrow, DisclosureRules.Standard).Dimensions[0].Rows.Select(r => r.Suppressed)
            .Append(QuarterlyPublication.Publish(narrow, DisclosureRules.Standard).ClientsServedSuppressed));
        AssertSafe(narrow, DisclosureRules.Standard, "narrow");
        AssertSafe(report, DisclosureRules.Federal, "example, federal");
    }

    [Fact]
    public void Generated_reports_never_give_a_withheld_count_away()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 150; i++)
        {
            var total = random.Next(0, 40);
            int[] Split(int parts, bool overlapping)
            {
                var counts = new int[parts];
                for (var n = 0; n < total; n++) counts[random.Next(parts)]++;
                if (overlapping && total > 0) for (var extra = random.Next(0, 3); extra > 0; extra--) counts[random.Next(parts)]++;
                return counts;
            }
            var report = Report(total, [("region", true, Split(random.Next(2, 8), true)), ("gender", false, Split(random.Next(2, 6), false)),
                ("race_ethnicity", false, Split(random.Next(2, 7), false)), ("residence", true, Split(random.Next(2, 6), true))]);
            AssertSafe(report, random.Next(2) == 0 ? DisclosureRules.Standard : DisclosureRules.Federal, $"report {i}");
        }
    }

    [Fact]
    public async Task The_command_line_publishes_with_min_cell_and_refuses_a_threshold_below_two()
    {
        var coordinator = await app.World.User(Roles.Coordinator, await app.World.Agency("HART"));
        await app.World.Case(coordinator);
        var today = app.Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>().Today(TimeProvider.System);
        var quarter = Quarter.Containing(today).ToString();
        var file = Path.Combine(app.Database.Folder, "published.csv");
        var (code, err) = await CliRunner.Run("report", "quarterly", "--quarter", quarter, "--min-cell", "5", "--out", file, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("quarter,dimension,code,category,count,suppressed", lines[0]);
        Assert.Equal($"{quarter},total,,Clients served,,primary", lines[1]); // one youth: withheld
        Assert.Contains(lines, l => l.EndsWith(",0,")); // zeros shown
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(',')[4] is { Length: > 0 } n && n != "0"); // nothing but zeros left

        (code, err) = await CliRunner.Run("report", "quarterly", "--quarter", quarter, "--min-cell", "1", "--db", app.Database.Setting);
        Assert.Equal(2, code);
        Assert.Contains("--min-cell", err);
    }
}

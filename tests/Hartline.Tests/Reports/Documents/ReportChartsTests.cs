using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hartline.Features.Reports.Documents;
using Xunit.Abstractions;

namespace Hartline.Tests.Reports.Documents;

public sealed class ReportChartsTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string LongName = "Residence at time of exploitation: Out of state (not in the jurisdiction file)";
    private const string Hostile = "<script>alert(1)</script> & \"x\"";

    private static ReportCell Count(double v) => new(v);
    private static ReportCell Hidden(double v) => new(v, Suppressed: "primary");
    private static ReportTableRow Row(string label, params ReportCell[] cells) => new(label, label, cells);

    private static ReportTable Regions(ReportCell region2) => new("region", "Clients served by region", "Region",
        [new("n", "Clients")],
        [Row("Region 1", Count(120)), Row("Region 2", region2), Row(LongName, Count(340)), Row("Not recorded", Count(0)),
         new("total", "Total", [Count(460)], IsTotal: true)],
        ChartKind.Bar);

    /// <summary>Three count columns and a percent one; one count withheld, one missing.</summary>
    private static ReportTable Sources(ReportCell hidden) => new("source", "Referrals by source", "Source",
        [new("now", "This period"), new("before", "Previous period"), new("year", "Year before"), new("share", "Share of all", CellFormat.Percent)],
        [Row("Law enforcement", Count(120), Count(100), Count(200), Count(0.4)),
         Row("Child welfare", Count(340), hidden, Count(300), Count(0.5)),
         Row("Self-referral", Count(50), Count(20), ReportCell.Missing, Count(0.1))],
        ChartKind.Bar);

    private static ReportTable Quarters(ReportCell hidden) => new("trend", "New clients by quarter", "Quarter",
        [new("adults", "Adults"), new("minors", "Minors")],
        [Row("2024Q1", Count(100), Count(120)), Row("2024Q2", Count(140), hidden), Row("2024Q3", Count(200), Count(160)),
         Row("2024Q4", hidden, Count(300)), Row("2025Q1", Count(340), Count(320))],
        ChartKind.Line);

    private static ReportTable Stages(ReportCell hidden) => new("funnel", "From referral to services", "Stage",
        [new("n", "People")],
        [Row("Referred", Count(1240)), Row("Screened", Count(860)), Row("Eligible", hidden), Row("Accepted services", Count(340))],
        ChartKind.Funnel);

    public static TheoryData<string> Kinds => ["bar", "grouped", "line", "funnel"];

    private static ReportTable WithHidden(string kind, ReportCell hidden) => kind switch
    {
        "bar" => Regions(hidden),
        "grouped" => Sources(hidden),
        "line" => Quarters(hidden),
        _ => Stages(hidden),
    };

    private static XDocument Parse(string? svg)
    {
        Assert.NotNull(svg);
        return XDocument.Parse(svg);
    }

    /// <summary>What the chart says in words: its text elements, in document order.</summary>
    private static List<string> Texts(XDocument svg) => svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void A_bar_chart_is_an_svg_with_its_title_every_category_and_its_figures()
    {
        var svg = Parse(ReportCharts.Svg(Regions(Hidden(7))));
        var texts = Texts(svg);
        var all = string.Join(" ", texts);

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Single(texts, "Clients served by region"); // drawn once (ScottPlot's first render is a double one)
        Assert.Contains("Region 1", texts);
        Assert.Contains("Not recorded", texts);
        Assert.Contains(LongName, all); // wrapped over lines, but every word there in order
        Assert.Contains("120", texts);
        Assert.Contains("340", texts);
        Assert.Contains("withheld", texts);
        Assert.DoesNotContain("Total", texts); // a total is not a category
        Assert.DoesNotContain("460", texts);
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.StartsWith("DejaVu Sans", (string?)t.Attribute("font-family")));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_withheld_figure_is_never_drawn_and_its_number_appears_nowhere(string kind)
    {
        // The hidden value 7 is in the model on purpose (a producer that forgot to blank it): nothing else has a 7.
        var svg = ReportCharts.Svg(WithHidden(kind, Hidden(7)));
        var doc = Parse(svg);

        Assert.Contains(Texts(doc), t => t.Contains("withheld", StringComparison.OrdinalIgnoreCase));
        Assert.All(doc.DescendantNodes().OfType<XText>(), t => Assert.DoesNotContain("7", t.Value));
        Assert.DoesNotContain("7", ReportCharts.TextAlternative(WithHidden(kind, Hidden(7))));

        // Stronger: the chart does not depend on the hidden value at all, not even through an axis stretched to
        // fit it. A huge hidden value draws exactly the same SVG and the same PNG.
        Assert.Equal(svg, ReportCharts.Svg(WithHidden(kind, Hidden(9_000))));
        Assert.Equal(svg, ReportCharts.Svg(WithHidden(kind, new ReportCell(null, "complementary"))));
        Assert.Equal(ReportCharts.Png(WithHidden(kind, Hidden(7)), 600), ReportCharts.Png(WithHidden(kind, Hidden(9_000)), 600));
    }

    [Fact]
    public void Words_in_the_svg_are_escaped_not_markup()
    {
        var table = new ReportTable("x", $"Title {Hostile}", "Row", [new("a", $"Heading {Hostile}"), new("b", "Other")],
            [Row(Hostile, Count(12), Count(30)), Row("Plain", Count(40), Count(50))], ChartKind.Bar);
        var svg = ReportCharts.Svg(table);
        var doc = Parse(svg);

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains(Hostile, Texts(doc));
        Assert.Contains($"Heading {Hostile}", Texts(doc)); // the legend
        Assert.Contains(Hostile, doc.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Control_characters_in_a_label_still_give_a_well_formed_svg()
    {
        var table = Regions(Count(5)) with { Title = "Bell\u0007 and escape\u001B and half a pair \uD800" };
        var doc = Parse(ReportCharts.Svg(table));
        Assert.Contains(Texts(doc), t => t.StartsWith("Bell"));
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(800)]
    public void The_png_is_a_png_of_the_requested_width(int width)
    {
        var png = ReportCharts.Png(Sources(Hidden(7)), width);

        Assert.NotNull(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)), width / 4, width * 2);
    }

    [Fact]
    public void No_chart_when_the_table_has_none_or_nothing_to_draw()
    {
        var regions = Regions(Count(5));
        ReportTable[] nothing =
        [
            regions with { Chart = ChartKind.None },
            regions with { Rows = [] },
            regions with { Rows = [new("t", "Total", [Count(40)], IsTotal: true)] },
            regions with { Rows = [Row("A", Hidden(3)), Row("B", ReportCell.Missing), Row("C", new ReportCell(null, "complementary"))] },
            regions with { Columns = [new("h", "Median hours", CellFormat.Hours)], Rows = [Row("A", Count(4.5))] },
        ];
        foreach (var table in nothing)
        {
            Assert.Null(ReportCharts.Svg(table));
            Assert.Null(ReportCharts.Png(table));
            Assert.Equal("", ReportCharts.TextAlternative(table));
        }
    }

    [Fact]
    public void The_text_alternative_reads_every_category_with_its_figure_or_withheld()
    {
        var table = new ReportTable("region", "Clients served by region", "Region", [new("n", "Clients")],
            [Row("Region 1", Count(12)), Row("Region 2", Hidden(3)), Row("Not recorded", Count(0)),
             new("t", "Total", [Count(15)], IsTotal: true)],
            ChartKind.Bar);

        Assert.Equal("Bar chart, Clients served by region: Region 1 12, Region 2 withheld, Not recorded 0.",
            ReportCharts.TextAlternative(table));
        Assert.Equal(ReportCharts.TextAlternative(table), Parse(ReportCharts.Svg(table)).Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void The_text_alternative_of_grouped_bars_lines_and_funnels()
    {
        Assert.Equal("Bar chart, Referrals by source, This period, Previous period and Year before for each category: "
            + "Law enforcement: This period 120, Previous period 100, Year before 200; "
            + "Child welfare: This period 340, Previous period withheld, Year before 300; "
            + "Self-referral: This period 50, Previous period 20, Year before no figure.",
            ReportCharts.TextAlternative(Sources(Hidden(7))));
        Assert.Equal("Line chart, New clients by quarter, 2024Q1 to 2025Q1: "
            + "Adults: 2024Q1 100, 2024Q2 140, 2024Q3 200, 2024Q4 withheld, 2025Q1 340; "
            + "Minors: 2024Q1 120, 2024Q2 withheld, 2024Q3 160, 2024Q4 300, 2025Q1 320.",
            ReportCharts.TextAlternative(Quarters(Hidden(7))));
        Assert.Equal("Funnel chart, From referral to services, 4 stages in order: "
            + "Referred 1,240, Screened 860, Eligible withheld, Accepted services 340.",
            ReportCharts.TextAlternative(Stages(Hidden(7))));
    }

    [Fact]
    public void Grouped_bars_have_a_legend_of_the_count_columns_only()
    {
        var texts = Texts(Parse(ReportCharts.Svg(Sources(Hidden(7)))));

        Assert.Contains("This period", texts);
        Assert.Contains("Previous period", texts);
        Assert.Contains("Year before", texts);
        Assert.DoesNotContain("Share of all", texts); // a percent column beside counts is not drawn
        Assert.DoesNotContain(texts, t => t.EndsWith('%'));
    }

    [Fact]
    public void A_line_chart_has_a_legend_and_the_points_in_time_in_order()
    {
        var texts = Texts(Parse(ReportCharts.Svg(Quarters(Hidden(7)))));

        Assert.Contains("Adults", texts);
        Assert.Contains("Minors", texts);
        var times = texts.Where(t => Regex.IsMatch(t, @"^\d{4}Q\d$")).ToList();
        Assert.Equal(["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1"], times);
        // Other lines' points stand where one is withheld, so a note under the axis says which.
        Assert.Contains("Withheld: Adults in 2024Q4; Minors in 2024Q2.", texts);
    }

    [Fact]
    public void A_funnel_draws_its_stages_top_to_bottom_in_row_order()
    {
        var doc = Parse(ReportCharts.Svg(Stages(Hidden(7))));
        string[] stages = ["Referred", "Screened", "Eligible", "Accepted services"];

        var tops = stages.Select(s => TextY(doc.Descendants(Svg + "text").Single(t => t.Value == s))).ToList();
        Assert.Equal(tops.Order(), tops);
        Assert.Equal(tops.Count, tops.Distinct().Count());
        // The figures go down with their stages too.
        var figures = new[] { "1,240", "860", "340" }.Select(f => TextY(doc.Descendants(Svg + "text").Single(t => t.Value == f))).ToList();
        Assert.Equal(figures.Order(), figures);
    }

    private static double TextY(XElement text)
    {
        var m = Regex.Match((string?)text.Attribute("transform") ?? "", @"translate\(\S+ (\S+)\)");
        Assert.True(m.Success, $"no position on '{text.Value}'");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Count_axes_tick_in_whole_numbers_and_percent_axes_in_percent()
    {
        var small = new ReportTable("s", "Few clients", "Region", [new("n", "Clients")],
            [Row("A", Count(1)), Row("B", Count(2)), Row("C", Count(3))], ChartKind.Bar);
        var ticks = Texts(Parse(ReportCharts.Svg(small))).Where(t => Regex.IsMatch(t, @"^[\d.,]+$")).ToList();
        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.DoesNotContain(".", t));

        var shares = new ReportTable("p", "Share screened", "Quarter", [new("p", "Screened", CellFormat.Percent)],
            [Row("2025Q1", Count(0.25)), Row("2025Q2", Count(0.5)), Row("2025Q3", Count(0.4))], ChartKind.Line);
        var texts = Texts(Parse(ReportCharts.Svg(shares)));
        Assert.Contains("25.0%", texts);
        Assert.Contains("50%", texts); // an axis tick
        Assert.DoesNotContain(texts, t => t == "0.5" || t == "0.25");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_table_draws_the_same_chart_even_in_parallel(string kind)
    {
        var table = WithHidden(kind, Hidden(7));
        var first = ReportCharts.Svg(table);
        var svgs = new string?[8];
        Parallel.For(0, svgs.Length, i => svgs[i] = ReportCharts.Svg(table));

        Assert.All(svgs, s => Assert.Equal(first, s));
        Assert.Equal(ReportCharts.Png(table), ReportCharts.Png(table));
    }

    [Fact]
    public void Two_charts_on_one_page_share_no_id()
    {
        static HashSet<string> Ids(string? svg) =>
            Parse(svg).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();

        var a = Ids(ReportCharts.Svg(Regions(Hidden(7))));
        var b = Ids(ReportCharts.Svg(Sources(Hidden(7))));
        Assert.NotEmpty(a);
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void Long_category_names_make_the_chart_taller_not_clipped()
    {
        var shortNames = Regions(Count(5)) with { Rows = [Row("A", Count(3)), Row("B", Count(4))] };
        var longNames = Regions(Count(5)) with { Rows = [Row(LongName, Count(3)), Row(LongName + " again", Count(4))] };

        int Height(ReportTable t) => int.Parse((string)Parse(ReportCharts.Svg(t)).Root!.Attribute("height")!, CultureInfo.InvariantCulture);
        Assert.True(Height(longNames) > Height(shortNames));
        var texts = Texts(Parse(ReportCharts.Svg(longNames)));
        Assert.Contains(LongName + " again", string.Join(" ", texts));
    }

    [Fact]
    public void Render_time_per_chart()
    {
        ReportTable[] page = [.. Enumerable.Range(0, 4).SelectMany(_ => new[] { Regions(Hidden(7)), Sources(Hidden(7)), Quarters(Hidden(7)), Stages(Hidden(7)) }).Take(15)];
        foreach (var t in page) ReportCharts.Svg(t); // warm: JIT, the font, ScottPlot's caches

        // Wall time depends on what else the machine runs; the process's CPU time says what the charts cost.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var t in page) ReportCharts.Svg(t);
        var svgMs = clock.Elapsed.TotalMilliseconds;
        var svgCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        clock.Restart();
        foreach (var t in page.Take(4)) ReportCharts.Png(t);
        var pngMs = clock.Elapsed.TotalMilliseconds / 4;

        output.WriteLine($"15 SVG charts: {svgMs:0} ms ({svgMs / 15:0.0} ms each, {svgCpuMs / 15:0.0} ms CPU each); PNG at 1200 px: {pngMs:0} ms each; " +
            $"SVG size {ReportCharts.Svg(Sources(Hidden(7)))!.Length / 1024.0:0.0} KiB (grouped bars)");
    }
}

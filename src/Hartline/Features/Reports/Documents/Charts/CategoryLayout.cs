using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// The geometry of a chart with categories down the left (bars, funnel): the title, the category names and the
/// legend are measured first, and the height follows from them: a slot per category tall enough for its
/// wrapped name and its bars. ScottPlot is then given this layout as fixed padding, so what was measured is what
/// is drawn, and nothing is clipped.
/// </summary>
internal sealed class CategoryLayout
{
    private const float TickGap = 10;

    public required List<string> Labels { get; init; }
    public required PixelPadding Padding { get; init; }
    public required float DataWidth { get; init; }
    public required float Slot { get; init; }
    public required float LegendHeight { get; init; }
    public required int Height { get; init; }

    /// <summary>Where category <paramref name="index"/> of <paramref name="count"/> sits: the first row at the top.</summary>
    public static double Position(int index, int count) => count - 1 - index;

    /// <summary>Lays out <paramref name="plot"/>, whose legend (if any) is already set, and gives it its title.</summary>
    public static CategoryLayout Measure(Plot plot, ChartData data, int width, float barHeight, float barShare, bool valueAxis = true)
    {
        float title = ChartStyle.Title(plot, data.Title, width);
        using var text = ChartFont.Measuring(ChartStyle.TextSize);

        // Names get up to 40 % of the width; longer ones wrap onto more lines rather than squeeze the bars.
        float nameWidth = Math.Max(90, width * 0.4f);
        var names = data.Categories.Select(c => ChartLabels.Wrap(c, text, nameWidth)).ToList();
        float widest = names.Max(l => ChartLabels.Widest(l, text));
        int mostLines = names.Max(l => l.Count);

        var padding = new PixelPadding(
            left: MathF.Ceiling(ChartStyle.Margin + widest + TickGap),
            right: ChartStyle.Margin,
            bottom: valueAxis ? MathF.Ceiling(text.Spacing + TickGap + ChartStyle.Margin) : ChartStyle.Margin,
            top: MathF.Ceiling(ChartStyle.Margin / 2 + title));
        float dataWidth = width - padding.Left - padding.Right;

        float bars = data.Series.Count * barHeight / barShare;
        float slot = MathF.Ceiling(Math.Max(bars, ChartLabels.Height(mostLines, text) + 8));
        float legend = ChartLegend.Height(plot, dataWidth);
        float dataHeight = slot * data.Categories.Count + legend;
        return new CategoryLayout
        {
            Labels = names.Select(l => string.Join('\n', l)).ToList(),
            Padding = padding, DataWidth = dataWidth, Slot = slot, LegendHeight = legend,
            Height = (int)MathF.Ceiling(padding.Top + dataHeight + padding.Bottom),
        };
    }

    /// <summary>Fixes the layout, names the categories on the left axis and sets the value axis from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public void Apply(Plot plot, ChartData data, double min, double max, bool valueAxis = true)
    {
        plot.Layout.Fixed(Padding);
        int n = data.Categories.Count;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => Position(i, n)).ToArray(), Labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 4;
        if (valueAxis) ChartStyle.ValueTicks(plot.Axes.Bottom, data.Format);
        else plot.Axes.Bottom.IsVisible = false;
        // The legend, when there is one, has a band of its own above the first category.
        plot.Axes.SetLimits(min, max, -0.5, n - 0.5 + LegendHeight / Slot);
    }
}

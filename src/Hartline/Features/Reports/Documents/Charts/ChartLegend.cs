using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// The legend of a chart with several series: a key per drawn column, at the top left of a band of its own above
/// the data, so it never covers a bar or a point. Its height is measured with ScottPlot's own legend layout, as
/// a narrow chart wraps the keys onto more rows.
/// </summary>
internal static class ChartLegend
{
    private const float Gap = 8;

    /// <summary>Keys for grouped bars: each column's grey, outlined.</summary>
    public static void ForBars(Plot plot, ChartData data) => Show(plot, data.Series.Select((s, i) => new LegendItem
    {
        LabelText = s.Heading,
        FillColor = ChartStyle.Shade(i),
        OutlineColor = ChartStyle.Ink,
        OutlineWidth = 1,
    }));

    /// <summary>Keys for lines: each line's dash pattern and marker.</summary>
    public static void ForLines(Plot plot, ChartData data) => Show(plot, data.Series.Select((s, i) => new LegendItem
    {
        LabelText = s.Heading,
        LineColor = ChartStyle.Ink,
        LineWidth = 2,
        LinePattern = ChartStyle.Pattern(i),
        MarkerShape = ChartStyle.Marker(i),
        MarkerSize = ChartStyle.MarkerSize,
        MarkerColor = ChartStyle.Ink,
    }));

    /// <summary>The height of the band the legend needs in a data area <paramref name="dataWidth"/> wide; 0 without one.</summary>
    public static float Height(Plot plot, float dataWidth)
    {
        if (plot.Legend.GetItems().Length == 0) return 0;
        using var paint = Paint.NewDisposablePaint();
        var layout = plot.Legend.GetLayout(new PixelSize(dataWidth - 2 * Gap, 10_000), paint);
        return MathF.Ceiling(layout.LegendRect.Height + 2 * Gap);
    }

    private static void Show(Plot plot, IEnumerable<LegendItem> items)
    {
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.Orientation = Orientation.Horizontal;
    }
}

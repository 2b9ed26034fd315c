using Hartline.Features.Reports.Documents.Charts;
using ScottPlot;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// A report table drawn as a chart, on the server: SVG for the page, PNG for the PDF, and a text alternative for
/// screen readers. Every chart is drawn with the embedded report font, readable in black and white, and never
/// shows a withheld figure (no bar, no point, no label, no axis stretched to fit it: the word "withheld" instead).
/// Safe to call from parallel requests: each call draws its own plot.
/// </summary>
public static class ReportCharts
{
    /// <summary>
    /// The width the PNG is laid out at; a wider PNG is the same chart at a higher resolution, so the PDF shows
    /// what the page shows, only sharper.
    /// </summary>
    private const int PngLayoutWidth = 640;

    /// <summary>
    /// The chart as an SVG document (no XML declaration, so it can go inline in a page), or null when the table
    /// has no chart or nothing to draw. <paramref name="width"/> is in CSS pixels; the height follows from the
    /// content and the root carries a viewBox, role="img" and a title element holding <see cref="TextAlternative"/>.
    /// </summary>
    public static string? Svg(ReportTable table, int width = 640)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        var data = ChartData.From(table);
        if (data is null) return null;
        using var chart = Draw(data, width);
        return ChartSvg.Render(chart.Plot, width, chart.Height, ChartDescription.Of(data));
    }

    /// <summary>The chart as a PNG <paramref name="width"/> pixels wide, or null when <see cref="Svg"/> is.</summary>
    public static byte[]? Png(ReportTable table, int width = 1200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        var data = ChartData.From(table);
        if (data is null) return null;
        using var chart = Draw(data, PngLayoutWidth);
        float scale = width / (float)PngLayoutWidth;
        chart.Plot.ScaleFactor = scale;
        return chart.Plot.GetImageBytes(width, (int)MathF.Ceiling(chart.Height * scale), ImageFormat.Png);
    }

    /// <summary>
    /// The chart in words, e.g. "Bar chart, Clients served by region: Region 1 12, Region 2 withheld, Not recorded 0."
    /// Empty when there is no chart.
    /// </summary>
    public static string TextAlternative(ReportTable table) =>
        ChartData.From(table) is { } data ? ChartDescription.Of(data) : "";

    private static ChartDrawing Draw(ChartData data, int width) => data.Kind switch
    {
        ChartKind.Bar => BarChart.Draw(data, width),
        ChartKind.Line => LineChart.Draw(data, width),
        ChartKind.Funnel => FunnelChart.Draw(data, width),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data.Kind, "No chart for this kind."),
    };
}

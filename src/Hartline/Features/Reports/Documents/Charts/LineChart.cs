using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// A trend: the rows are the points in time, left to right in row order, each drawn column a line with its own
/// dash pattern and marker, every point labelled with its figure. A line breaks where a figure is withheld or
/// missing rather than bridging the gap: a bridge would suggest a value in between.
/// </summary>
internal static class LineChart
{
    private const float TickGap = 10;
    private const float LabelGap = 8;
    private const float NoteSize = ChartStyle.TextSize - 1;

    public static ChartDrawing Draw(ChartData data, int width)
    {
        var plot = ChartStyle.NewPlot();
        if (data.Series.Count > 1) ChartLegend.ForLines(plot, data);
        float title = ChartStyle.Title(plot, data.Title, width);
        using var text = ChartFont.Measuring(ChartStyle.TextSize);
        int n = data.Categories.Count;

        double top = Math.Max(data.Values.Max(), data.Format == CellFormat.Count ? 1 : 0.01);
        float tickWidth = text.MeasureText(ChartStyle.Value(top * 1.5, data.Format));
        float left = MathF.Ceiling(ChartStyle.Margin + tickWidth + TickGap), right = ChartStyle.Margin + 8;
        float dataWidth = width - left - right;
        float note = WithheldNote(plot, data, dataWidth);
        var padding = new PixelPadding(left, right,
            bottom: MathF.Ceiling(text.Spacing + TickGap + note + ChartStyle.Margin),
            top: MathF.Ceiling(ChartStyle.Margin / 2 + title));
        float legend = ChartLegend.Height(plot, dataWidth);
        float dataHeight = Math.Clamp(width * 0.42f, 180, 340) + legend;

        // Headroom above the highest point for its figure and the legend band; room under zero for a whole marker.
        double max = top * dataHeight / (dataHeight - legend - text.Spacing - LabelGap - 4);
        var labels = ValueLabels.Place(data, text, dataHeight, LabelGap, ChartStyle.MarkerSize / 2 + 3, max, out double min);

        plot.Layout.Fixed(padding);
        for (int s = 0; s < data.Series.Count; s++) DrawSeries(plot, data.Series[s], s);
        foreach (var label in labels)
        {
            var (alignment, x, y) = label.Anchor(LabelGap);
            ChartText.Add(plot, label.Text, label.X, label.Y, alignment, offsetX: x, offsetY: y);
        }
        if (data.Series.Count == 1) MarkWithheld(plot, data.Series[0], min);

        plot.Axes.Bottom.SetTicks(TimeTicks(data.Categories, text, dataWidth, out var tickLabels), tickLabels);
        ChartStyle.ValueTicks(plot.Axes.Left, data.Format);
        plot.Axes.SetLimits(-0.5, n - 0.5, min, max);
        plot.Grid.XAxisStyle.IsVisible = false;
        return new ChartDrawing(plot, (int)MathF.Ceiling(padding.Top + dataHeight + padding.Bottom));
    }

    /// <summary>The series as runs of consecutive drawn points; a lone point is its marker alone.</summary>
    private static void DrawSeries(Plot plot, ChartSeries series, int index)
    {
        var run = new List<Coordinates>();
        for (int i = 0; i <= series.Points.Count; i++)
        {
            if (i < series.Points.Count && series.Points[i].Value is { } v) { run.Add(new(i, v)); continue; }
            if (run.Count == 0) continue;
            var line = plot.Add.Scatter(run.ToArray());
            Style(line, index);
            run.Clear();
        }
    }

    private static void Style(ScottPlot.Plottables.Scatter line, int index)
    {
        line.LineColor = ChartStyle.Ink;
        line.LineWidth = 2;
        line.LinePattern = ChartStyle.Pattern(index);
        line.MarkerShape = ChartStyle.Marker(index);
        line.MarkerSize = ChartStyle.MarkerSize;
        line.MarkerColor = ChartStyle.Ink;
        line.MarkerLineWidth = 1.5f;
    }

    /// <summary>
    /// One line: "withheld" written upwards from the foot of the chart in its gap, so it fits however many points
    /// there are. Nothing else is drawn at that point in time to collide with it.
    /// </summary>
    private static void MarkWithheld(Plot plot, ChartSeries series, double min)
    {
        for (int i = 0; i < series.Points.Count; i++)
        {
            if (!series.Points[i].IsWithheld) continue;
            var label = ChartText.Add(plot, ReportCellText.Withheld, i, min, Alignment.MiddleLeft, offsetY: -4, rotation: -90);
            label.LabelFontSize = NoteSize;
        }
    }

    /// <summary>
    /// Several lines: other lines' points stand where one is withheld, so the chart says it in a note under the
    /// axis ("Withheld: Minors in 2025Q2."), beside the gap in the line. Returns the height of the note.
    /// </summary>
    private static float WithheldNote(Plot plot, ChartData data, float dataWidth)
    {
        if (data.Series.Count == 1) return 0;
        var withheld = data.Series
            .Select(s => (s.Heading, Times: data.Categories.Where((_, i) => s.Points[i].IsWithheld).ToList()))
            .Where(s => s.Times.Count > 0)
            .Select(s => $"{s.Heading} in {string.Join(", ", s.Times)}")
            .ToList();
        if (withheld.Count == 0) return 0;

        using var font = ChartFont.Measuring(NoteSize);
        var lines = ChartLabels.Wrap($"{char.ToUpperInvariant(ReportCellText.Withheld[0])}{ReportCellText.Withheld[1..]}: {string.Join("; ", withheld)}.", font, dataWidth);
        var label = plot.Axes.Bottom.Label;
        label.Text = string.Join('\n', lines);
        ChartStyle.Font(label, NoteSize);
        return ChartLabels.Height(lines.Count, font) + 6;
    }

    /// <summary>Every point in time named, or every second, third… when the names would collide.</summary>
    private static double[] TimeTicks(IReadOnlyList<string> categories, SkiaSharp.SKFont font, float dataWidth, out string[] labels)
    {
        float widest = ChartLabels.Widest(categories, font) + 10;
        int step = Math.Max(1, (int)Math.Ceiling(widest / (dataWidth / categories.Count)));
        var shown = Enumerable.Range(0, categories.Count).Where(i => i % step == 0).ToList();
        labels = shown.Select(i => categories[i]).ToArray();
        return shown.Select(i => (double)i).ToArray();
    }
}

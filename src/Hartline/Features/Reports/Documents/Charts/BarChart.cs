using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// Categories as horizontal bars, one bar per category and series, top to bottom in row order. Horizontal, so a
/// long category name ("Residence at time of exploitation: Out of state …") is read on the axis, wrapped, not
/// slanted or cut. Several series are grouped bars with a legend above them.
/// </summary>
internal static class BarChart
{
    private const float SingleBarHeight = 22;
    private const float GroupedBarHeight = 17;
    private const float BarShare = 0.8f;

    public static ChartDrawing Draw(ChartData data, int width)
    {
        var plot = ChartStyle.NewPlot();
        if (data.Series.Count > 1) ChartLegend.ForBars(plot, data);
        var layout = CategoryLayout.Measure(plot, data, width, data.Series.Count == 1 ? SingleBarHeight : GroupedBarHeight, BarShare);
        int groups = data.Series.Count, n = data.Categories.Count;
        double barSize = BarShare / groups;

        var bars = new List<Bar>();
        for (int s = 0; s < groups; s++)
        {
            for (int i = 0; i < n; i++)
            {
                // The first series sits at the top of its group, as the legend reads left to right.
                double y = CategoryLayout.Position(i, n) + (groups - 1) / 2.0 * barSize - s * barSize;
                var point = data.Series[s].Points[i];
                if (point.IsWithheld)
                    ChartText.Add(plot, ReportCellText.Withheld, 0, y, Alignment.MiddleLeft, offsetX: 5);
                else if (point.Value is { } v)
                {
                    bars.Add(new Bar
                    {
                        Position = y, Value = v, Size = barSize, Orientation = Orientation.Horizontal,
                        FillColor = groups == 1 ? ChartStyle.SingleBar : ChartStyle.Shade(s), LineColor = ChartStyle.Ink, LineWidth = 1,
                    });
                    ChartText.Add(plot, ChartStyle.Value(v, data.Format), v, y, Alignment.MiddleLeft, offsetX: 5);
                }
            }
        }
        if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;

        layout.Apply(plot, data, 0, ValueLimit(data, layout.DataWidth));
        plot.Grid.YAxisStyle.IsVisible = false;
        return new ChartDrawing(plot, layout.Height);
    }

    /// <summary>
    /// The value axis ends where the longest bar's label still fits in the plot (labels are clipped at its edge).
    /// Only drawn figures count: a withheld figure cannot stretch the axis and so hint at its size.
    /// </summary>
    private static double ValueLimit(ChartData data, float dataWidth)
    {
        using var font = ChartFont.Measuring(ChartStyle.TextSize);
        double limit = data.Format == CellFormat.Count ? 1 : 0.01;
        foreach (var v in data.Values)
        {
            float room = dataWidth - 5 - font.MeasureText(ChartStyle.Value(v, data.Format)) - 6;
            limit = Math.Max(limit, v * dataWidth / Math.Max(room, dataWidth / 4));
        }
        return limit;
    }
}

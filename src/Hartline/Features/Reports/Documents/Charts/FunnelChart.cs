using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// Stages that narrow (referred → screened → served): the first column as bars centred on one line, in row order
/// from the top, each named on the left and its figure on the right. The width is the figure, so the value axis
/// (which would read from minus half the first stage) is not shown.
/// </summary>
internal static class FunnelChart
{
    private const float BarHeight = 26;
    private const float BarShare = 0.8f;

    public static ChartDrawing Draw(ChartData data, int width)
    {
        var plot = ChartStyle.NewPlot();
        var layout = CategoryLayout.Measure(plot, data, width, BarHeight, BarShare, valueAxis: false);
        var stages = data.Series[0].Points;
        int n = stages.Count;

        var bars = new List<Bar>();
        for (int i = 0; i < n; i++)
        {
            double y = CategoryLayout.Position(i, n);
            if (stages[i].IsWithheld)
                ChartText.Add(plot, ReportCellText.Withheld, 0, y, Alignment.MiddleCenter);
            else if (stages[i].Value is { } v)
            {
                bars.Add(new Bar
                {
                    Position = y, ValueBase = -v / 2, Value = v / 2, Size = BarShare, Orientation = Orientation.Horizontal,
                    FillColor = ChartStyle.SingleBar, LineColor = ChartStyle.Ink, LineWidth = 1,
                });
                ChartText.Add(plot, ChartStyle.Value(v, data.Format), v / 2, y, Alignment.MiddleLeft, offsetX: 5);
            }
        }
        if (bars.Count > 0) plot.Add.Bars(bars).Horizontal = true;

        double half = HalfWidth(data, layout.DataWidth);
        layout.Apply(plot, data, -half, half, valueAxis: false);
        plot.Grid.IsVisible = false;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        return new ChartDrawing(plot, layout.Height);
    }

    /// <summary>Half the value range, so the widest stage and its label fit right of the centre line (drawn figures only).</summary>
    private static double HalfWidth(ChartData data, float dataWidth)
    {
        using var font = ChartFont.Measuring(ChartStyle.TextSize);
        float side = dataWidth / 2;
        double half = data.Format == CellFormat.Count ? 1 : 0.01;
        foreach (var v in data.Values)
        {
            float room = side - 5 - font.MeasureText(ChartStyle.Value(v, data.Format)) - 6;
            half = Math.Max(half, v / 2 * side / Math.Max(room, side / 4));
        }
        return half;
    }
}

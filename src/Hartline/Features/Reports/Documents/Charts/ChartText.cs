using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>Words placed in the data area: value labels beside bars and points, and "withheld" where a figure is not drawn.</summary>
internal static class ChartText
{
    public static ScottPlot.Plottables.Text Add(Plot plot, string text, double x, double y, Alignment alignment,
        float offsetX = 0, float offsetY = 0, float rotation = 0)
    {
        var label = plot.Add.Text(text, x, y);
        ChartStyle.Font(label.LabelStyle, ChartStyle.TextSize);
        label.LabelAlignment = alignment;
        label.LabelOffsetX = offsetX;
        label.LabelOffsetY = offsetY;
        label.LabelRotation = rotation;
        return label;
    }
}

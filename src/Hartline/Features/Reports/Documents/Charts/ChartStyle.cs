using ScottPlot;
using ScottPlot.TickGenerators;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// How every report chart looks. Printed in black and white, so no meaning rides on colour alone: series differ
/// by grey shade far apart in lightness, bars carry their values as text, lines differ by dash pattern and marker.
/// </summary>
internal static class ChartStyle
{
    public const float TitleSize = 15;
    public const float TextSize = 12;
    public const float Margin = 12;

    public static readonly Color Ink = Colors.Black;
    public static readonly Color Rule = Color.FromHex("#D9D9D9");

    /// <summary>One bar series: dark enough to read as "the bar" on any printer, light enough to show its outline.</summary>
    public static readonly Color SingleBar = Color.FromHex("#5A5A5A");

    /// <summary>Grouped bars: neighbours are far apart in lightness (black-ish, white, mid, light, dark).</summary>
    public static readonly Color[] Shades =
        [Color.FromHex("#262626"), Colors.White, Color.FromHex("#9A9A9A"), Color.FromHex("#DADADA"), Color.FromHex("#5E5E5E")];

    public static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static readonly MarkerShape[] Markers =
        [MarkerShape.FilledCircle, MarkerShape.OpenSquare, MarkerShape.FilledTriangleUp, MarkerShape.OpenDiamond, MarkerShape.Eks];

    public const float MarkerSize = 9;

    public static Color Shade(int series) => Shades[series % Shades.Length];
    public static LinePattern Pattern(int series) => Patterns[series % Patterns.Length];
    public static MarkerShape Marker(int series) => Markers[series % Markers.Length];

    /// <summary>A white plot with the report font everywhere and only the left and bottom axes.</summary>
    public static Plot NewPlot()
    {
        var name = ChartFont.Ensure();
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        foreach (var axis in plot.Axes.GetAxes())
        {
            Font(axis.Label, TextSize);
            Font(axis.TickLabelStyle, TextSize);
            axis.FrameLineStyle.Color = Ink;
            axis.MajorTickStyle.Color = Ink;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Grid.MajorLineColor = Rule;

        plot.Legend.FontName = name;
        plot.Legend.FontSize = TextSize;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Ink;
        plot.Legend.ShadowColor = Colors.Transparent;
        // Long enough to show a line's dash pattern, not just its marker.
        plot.Legend.SymbolWidth = 36;
        return plot;
    }

    /// <summary>
    /// The title, wrapped to the figure's width and centred on it (not on the data area beside long names).
    /// Returns the height it takes, which the chart's layout reserves above the data area.
    /// </summary>
    public static float Title(Plot plot, string text, int width)
    {
        using var font = ChartFont.Measuring(TitleSize, bold: true);
        var lines = ChartLabels.Wrap(text, font, width - 2 * Margin);
        float height = MathF.Ceiling(ChartLabels.Height(lines.Count, font) + 10);
        var title = plot.Axes.Title;
        title.Label.Text = string.Join('\n', lines);
        Font(title.Label, TitleSize, bold: true);
        // A fixed size, so what the layout reserved is what ScottPlot draws into.
        title.MinimumSize = title.MaximumSize = height;
        title.FullFigureCenter = true;
        return height;
    }

    public static void Font(LabelStyle label, float size, bool bold = false)
    {
        label.FontName = ChartFont.Name;
        label.FontSize = size;
        label.Bold = bold;
        label.ForeColor = Ink;
    }

    /// <summary>
    /// Value-axis ticks in the figures' own terms: whole numbers for counts (never "2.5 clients"), percentages
    /// for percent columns (stored as fractions).
    /// </summary>
    public static void ValueTicks(IAxis axis, CellFormat format)
    {
        var ticks = new NumericAutomatic { IntegerTicksOnly = format == CellFormat.Count };
        ticks.LabelFormatter = format switch
        {
            CellFormat.Count => v => v < 0 ? "" : ReportCellText.Format(v, CellFormat.Count),
            // No share is above 100 %: the axis may run past it to make room for a label, its ticks stay blank.
            CellFormat.Percent => v => v < 0 || v > 1.000001 ? "" : (v * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%",
            _ => v => v < 0 ? "" : ReportCellText.Format(v, format),
        };
        axis.TickGenerator = ticks;
    }

    /// <summary>How a figure reads on the chart: the same words as the table.</summary>
    public static string Value(double value, CellFormat format) => ReportCellText.Format(value, format);
}

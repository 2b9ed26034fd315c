namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// A chart in words, for screen readers: what kind of chart, its title, then every figure it shows in order, a
/// withheld one as "withheld" (never a number), a figure that does not exist as "no figure".
/// </summary>
internal static class ChartDescription
{
    public static string Of(ChartData data)
    {
        var title = data.Title.TrimEnd('.', ' ');
        return data.Kind switch
        {
            ChartKind.Bar when data.Series.Count == 1 => $"Bar chart, {title}: {Figures(data.Categories, data.Series[0], data.Format)}.",
            ChartKind.Bar => $"Bar chart, {title}, {List(data.Series.Select(s => s.Heading))} for each category: "
                + string.Join("; ", data.Categories.Select((c, i) =>
                    $"{c}: {string.Join(", ", data.Series.Select(s => $"{s.Heading} {Figure(s.Points[i], data.Format)}"))}")) + ".",
            ChartKind.Line => $"Line chart, {title}, {data.Categories[0]} to {data.Categories[^1]}: "
                + string.Join("; ", data.Series.Select(s => $"{s.Heading}: {Figures(data.Categories, s, data.Format)}")) + ".",
            ChartKind.Funnel => $"Funnel chart, {title}, {data.Categories.Count} stages in order: {Figures(data.Categories, data.Series[0], data.Format)}.",
            _ => "",
        };
    }

    private static string Figures(IReadOnlyList<string> categories, ChartSeries series, CellFormat format) =>
        string.Join(", ", categories.Select((c, i) => $"{c} {Figure(series.Points[i], format)}"));

    private static string Figure(ChartPoint point, CellFormat format) =>
        point.IsWithheld ? ReportCellText.Withheld
        : point.Value is { } v ? ReportCellText.Format(v, format)
        : "no figure";

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Join("", all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1];
    }
}

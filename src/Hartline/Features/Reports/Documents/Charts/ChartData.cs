namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// One figure as a chart may use it. A withheld cell keeps no value here whatever the table carried, so nothing
/// downstream (bars, labels, axis limits, the text alternative) can draw or print it.
/// </summary>
internal readonly record struct ChartPoint(double? Value, bool IsWithheld)
{
    public static ChartPoint From(ReportCell cell) =>
        cell.IsWithheld ? new(null, IsWithheld: true)
        : new(cell.Value is { } v && double.IsFinite(v) ? v : null, IsWithheld: false);
}

/// <summary>One drawn column: its heading and a point per category.</summary>
internal sealed record ChartSeries(string Heading, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// What a table draws: the categories (rows that are not totals, in order), the columns drawn as series, and the
/// one format they share, so a chart has one value axis in one unit.
/// </summary>
internal sealed record ChartData(ChartKind Kind, string Title, CellFormat Format,
    IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public IEnumerable<double> Values => Series.SelectMany(s => s.Points).Where(p => p.Value is not null).Select(p => p.Value!.Value);

    public bool HasValues => Values.Any();

    /// <summary>Null when the table has no chart or nothing a chart could show.</summary>
    public static ChartData? From(ReportTable table)
    {
        if (table.Chart == ChartKind.None) return null;
        var rows = table.Rows.Where(r => !r.IsTotal).ToList();
        var columns = DrawnColumns(table);
        if (rows.Count == 0 || columns.Count == 0) return null;

        var series = columns.Select(c => new ChartSeries(Words(table.Columns[c].Heading),
            rows.Select(r => c < r.Cells.Count ? ChartPoint.From(r.Cells[c]) : ChartPoint.From(ReportCell.Missing)).ToList()))
            .ToList();
        var data = new ChartData(table.Chart, Words(table.Title), table.Columns[columns[0]].Format,
            rows.Select(r => Words(r.Label)).ToList(), series);
        return data.HasValues ? data : null;
    }

    /// <summary>
    /// A funnel is its first column. Bars and lines draw the count columns (grouped bars, one line each); a table
    /// with no counts draws its percent columns instead. Other columns (hours, rates) are not drawn: mixing
    /// units on one axis would mislead.
    /// </summary>
    private static List<int> DrawnColumns(ReportTable table)
    {
        if (table.Columns.Count == 0) return [];
        if (table.Chart == ChartKind.Funnel) return [0];
        var counts = IndexesOf(table, CellFormat.Count);
        return counts.Count > 0 ? counts : IndexesOf(table, CellFormat.Percent);
    }

    /// <summary>
    /// Words as one line of printable text: a control character (which XML cannot carry, so the SVG would not
    /// parse) or a line break (which would break the layout) becomes a space; an unpaired surrogate becomes U+FFFD.
    /// </summary>
    private static string Words(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i])) chars[i] = ' ';
            else if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars).Trim();
    }

    private static List<int> IndexesOf(ReportTable table, CellFormat format) =>
        table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Format == format).Select(x => x.i).ToList();
}

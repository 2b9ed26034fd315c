namespace Hartline.Features.Reports.Disclosure;

/// <summary>
/// A dimension a table breaks the population down by. <paramref name="Kind"/> says whether a child counts in one
/// category (gender: <see cref="RelationKind.Sum"/>) or may count in several (region: <see cref="RelationKind.Overlapping"/>).
/// </summary>
public sealed record Dimension(string Name, RelationKind Kind = RelationKind.Sum);

/// <summary>Builders for the shapes HART publishes, with cell keys such as <c>region=R1|gender=female</c>.</summary>
public static class TableShapes
{
    /// <summary>The one total every table of the same population shares.</summary>
    public const string GrandTotal = "total";

    public static string Key(Dimension dimension, string category) => $"{dimension.Name}={category}";

    public static string Key(Dimension rows, string row, Dimension columns, string column) =>
        $"{Key(rows, row)}|{Key(columns, column)}";

    /// <summary>
    /// A one-dimensional table and its total. Several tables of the same population call this with the same
    /// total, which is then one shared cell: the region table and the gender table both reveal it.
    /// </summary>
    public static TableSet Table(this TableSet set, Dimension dimension, IReadOnlyDictionary<string, int> counts, int total)
    {
        set.Cell(GrandTotal, total);
        foreach (var (category, count) in counts) set.Cell(Key(dimension, category), count);
        return set.Relate(GrandTotal, counts.Keys.Select(c => Key(dimension, c)), dimension.Kind);
    }

    /// <summary>
    /// A cross-tabulation of two dimensions whose one-dimensional tables are already in the set: its row and
    /// column margins are those tables' cells (shared, never copied), and its grand total is theirs. A missing
    /// combination is a zero.
    /// </summary>
    public static TableSet CrossTab(this TableSet set, Dimension rows, Dimension columns,
        IReadOnlyDictionary<(string Row, string Column), int> counts)
    {
        var rowNames = counts.Keys.Select(k => k.Row).Distinct().Order(StringComparer.Ordinal).ToList();
        var columnNames = counts.Keys.Select(k => k.Column).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var row in rowNames)
            foreach (var column in columnNames)
                set.Cell(Key(rows, row, columns, column), counts.GetValueOrDefault((row, column)));
        // A row's children split across the columns as the column dimension allows, and a column's across rows.
        foreach (var row in rowNames)
            set.Relate(Key(rows, row), columnNames.Select(c => Key(rows, row, columns, c)), columns.Kind);
        foreach (var column in columnNames)
            set.Relate(Key(columns, column), rowNames.Select(r => Key(rows, r, columns, column)), rows.Kind);
        return set;
    }
}

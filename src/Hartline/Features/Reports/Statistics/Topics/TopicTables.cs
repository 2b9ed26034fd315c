using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>One row of a topic's table before it is a cell: its code (lower-case words), its words, its count.</summary>
public sealed record TopicRow(string Code, string Label, int Count);

/// <summary>
/// The shapes the topics share. Each states to the table set exactly what a reader knows: rows that split a total
/// are a sum (the total printed beside them), and a part of a whole whose rest is not printed has that rest as an
/// unprinted remainder, so a small rest is protected like any small count.
/// </summary>
public static class TopicTables
{
    /// <summary>
    /// The total's cell and a cell per row (named <c>{name}={code}</c>), related as a sum. A false sum would mislead
    /// disclosure control about what a reader can work out, so one that does not add up is an error, never published.
    /// </summary>
    public static IReadOnlyList<(TopicRow Row, string Cell)> Split(TableSet set, string total, int totalCount, string name, IEnumerable<TopicRow> rows)
    {
        var cells = rows.Select(r => (Row: r, Cell: TableShapes.Key(new Dimension(name), Population.CellName(r.Code)))).ToList();
        if (cells.Sum(c => c.Row.Count) != totalCount)
            throw new InvalidOperationException($"The rows of {name} add to {cells.Sum(c => c.Row.Count)}, not to their total {totalCount}.");
        set.Cell(total, totalCount);
        foreach (var (row, cell) in cells) set.Cell(cell, row.Count);
        // No rows (nothing recorded in the period): the total, a zero, stands alone.
        if (cells.Count > 0) set.Relate(total, cells.Select(c => c.Cell), RelationKind.Sum);
        return cells;
    }

    /// <summary>A table of categories: one count column, a row per category as given, and the total row.</summary>
    public static StatTable Categories(string key, string title, string rowHeading, string unit, IReadOnlyList<(TopicRow Row, string Cell)> rows,
        string totalLabel, string total, string? note = null) =>
        new(key, title, rowHeading, [new ReportColumn("count", unit)],
            rows.Select(r => new StatRow(r.Row.Code, r.Row.Label, [new CountFigure(r.Cell)]))
                .Append(new StatRow("total", totalLabel, [new CountFigure(total)], IsTotal: true)).ToList(),
            ChartKind.Bar, note);

    /// <summary>
    /// A printed part of a whole already in the set, and the rest as a remainder never printed: whole = part + rest.
    /// A reader subtracts, so the rest is in the set and protected when small.
    /// </summary>
    public static void Part(TableSet set, string whole, string part, int count, string rest)
    {
        set.Cell(part, count);
        set.Unpublished(rest, set.Cells[whole] - count);
        set.Relate(whole, [part, rest], RelationKind.Sum);
    }
}

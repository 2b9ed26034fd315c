using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// Everything counted about one population (the clients served, the referrals received…) in one period: its cells
/// and their relations in one <see cref="TableSet"/>, so disclosure control sees every table of it at once, and the
/// tables that show those cells.
/// </summary>
public sealed class Population(string name, string totalLabel)
{
    public string Name => name;
    public TableSet Set { get; private init; } = new();
    public List<StatTable> Tables { get; private init; } = [];
    public List<ReportNote> Notes { get; private init; } = [];

    /// <summary>A copy to try more tables on: dropped if they cannot be published safely.</summary>
    public Population Copy() => new(name, totalLabel) { Set = Set.Clone(), Tables = [.. Tables], Notes = [.. Notes] };

    /// <summary>The cell every table of the population shares.</summary>
    public string Total => TableShapes.GrandTotal;

    public static readonly ReportColumn Count = new("count", "Count");

    /// <summary>
    /// Adds a category table over the whole population: its cells related to the total as the dimension says, and
    /// a table with one row per category (zeros included) and a total row.
    /// </summary>
    public void AddDimension<T>(StatDimension<T> dimension, IReadOnlyCollection<T> members, string unit, ChartKind chart = ChartKind.Bar) =>
        AddDimensions([dimension], members, unit, chart);

    /// <summary>Several category tables (see <see cref="AddDimension{T}"/>), counted in one pass over the members.</summary>
    public void AddDimensions<T>(IReadOnlyList<StatDimension<T>> dimensions, IReadOnlyCollection<T> members, string unit, ChartKind chart = ChartKind.Bar)
    {
        var tallies = dimensions.Select(d => new StatDimension<T>.Tally(d)).ToArray();
        foreach (var member in members)
            foreach (var tally in tallies) tally.Add(member);
        for (var i = 0; i < dimensions.Count; i++) AddCounted(dimensions[i], tallies[i].Counts(), members.Count, unit, chart);
    }

    private void AddCounted<T>(StatDimension<T> dimension, Dictionary<string, int> counts, int total, string unit, ChartKind chart)
    {
        var rows = dimension.Rows(counts);
        var key = new Dimension(dimension.Key, dimension.Kind);
        Set.Table(key, rows.ToDictionary(r => CellName(r.Code), r => counts.GetValueOrDefault(r.Code)), total);
        Tables.Add(new StatTable(dimension.Key, dimension.Title, dimension.RowHeading, [new ReportColumn("count", unit)],
            rows.Select(r => new StatRow(r.Code, r.Label, [new CountFigure(TableShapes.Key(key, CellName(r.Code)))]))
                .Append(new StatRow("total", totalLabel, [new CountFigure(Total)], IsTotal: true)).ToList(),
            chart,
            dimension.Kind == RelationKind.Overlapping ? "One member may count in more than one row, so the rows can add to more than the total." : null));
    }

    /// <summary>
    /// A cross-tabulation of two dimensions already added: rows × columns, each margin the one-dimensional table's
    /// own cell (shared in the table set, so a margin withheld there is withheld here).
    /// </summary>
    public void AddCrossTab<T>(StatDimension<T> rows, StatDimension<T> columns, IReadOnlyCollection<T> members, string unit)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var m in members)
            foreach (var r in rows.CategoriesOf(m).Distinct())
                foreach (var c in columns.CategoriesOf(m).Distinct())
                    counts[(CellName(r), CellName(c))] = counts.GetValueOrDefault((CellName(r), CellName(c))) + 1;
        var rowList = rows.Rows(rows.Count(members));
        var columnList = columns.Rows(columns.Count(members));
        var (rowKey, columnKey) = (new Dimension(rows.Key, rows.Kind), new Dimension(columns.Key, columns.Kind));
        // Every combination is a cell, zeros included: a missing one would be a zero a reader could not see.
        var full = rowList.SelectMany(r => columnList.Select(c => (CellName(r.Code), CellName(c.Code))))
            .ToDictionary(k => k, k => counts.GetValueOrDefault(k));
        Set.CrossTab(rowKey, columnKey, full);
        Tables.Add(new StatTable(CrossTabKey(rows.Key, columns.Key), $"{rows.RowHeading} by {columns.RowHeading.ToLowerInvariant()}", rows.RowHeading,
            columnList.Select(c => new ReportColumn(CellName(c.Code), c.Label)).Append(new ReportColumn("all", $"All ({unit.ToLowerInvariant()})")).ToList(),
            rowList.Select(r => new StatRow(r.Code, r.Label,
                columnList.Select(c => (Figure)new CountFigure(TableShapes.Key(rowKey, CellName(r.Code), columnKey, CellName(c.Code))))
                    .Append(new CountFigure(TableShapes.Key(rowKey, CellName(r.Code)))).ToList()))
                .Append(new StatRow("total", totalLabel,
                    columnList.Select(c => (Figure)new CountFigure(TableShapes.Key(columnKey, CellName(c.Code)))).Append(new CountFigure(Total)).ToList(), IsTotal: true))
                .ToList(),
            ChartKind.None, $"Each cell counts the {unit.ToLowerInvariant()} in both categories."));
    }

    public static string CrossTabKey(string rows, string columns) => $"{rows}_by_{columns}";

    /// <summary>"Not recorded" has the empty code; a cell needs a name.</summary>
    public static string CellName(string code) => code.Length == 0 ? "not-recorded" : code;
}

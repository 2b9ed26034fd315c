namespace Hartline.Features.Reports.Disclosure;

/// <summary>
/// The cells of every table published about one population, and the relations between them. A cell shared by
/// two tables (the grand total, a cross-tab's margin that is also a one-dimensional table's row) is one cell
/// here, so suppressing it suppresses it everywhere it appears.
/// </summary>
public sealed class TableSet
{
    // Ordinal order everywhere: the same data gives the same cells in the same order, whatever order it came in.
    private readonly SortedDictionary<string, int> _cells = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Relation> _relations = new(StringComparer.Ordinal);

    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Cells => _cells;

    /// <summary>Cells that are related to the tables but never printed (see <see cref="CellState.NotPublished"/>).</summary>
    public IReadOnlySet<string> UnpublishedCells => _unpublished;
    public IEnumerable<Relation> Relations => _relations.Values;

    /// <summary>Adds a cell, or checks that a cell already added under that key has the same count.</summary>
    public TableSet Cell(string key, int count)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, $"The count of {key} is negative.");
        if (_cells.TryGetValue(key, out var existing) && existing != count)
            throw new InvalidOperationException($"The cell {key} was given two counts: {existing} and {count}.");
        _cells[key] = count;
        return this;
    }

    /// <summary>A copy to add more tables to without changing this one (a trial publication).</summary>
    public TableSet Clone()
    {
        var copy = new TableSet();
        foreach (var (key, count) in _cells) copy._cells[key] = count;
        foreach (var (key, relation) in _relations) copy._relations[key] = relation;
        copy._unpublished.UnionWith(_unpublished);
        return copy;
    }

    /// <summary>Adds a cell that is never printed: a remainder a reader can work out from printed ones.</summary>
    public TableSet Unpublished(string key, int count)
    {
        Cell(key, count);
        _unpublished.Add(key);
        return this;
    }

    /// <summary>Records that <paramref name="total"/> is made of <paramref name="parts"/> (all already added).</summary>
    public TableSet Relate(string total, IEnumerable<string> parts, RelationKind kind)
    {
        var sorted = parts.Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var key in sorted.Prepend(total))
            if (!_cells.ContainsKey(key)) throw new InvalidOperationException($"The cell {key} has not been added.");
        if (sorted.Count == 0 || sorted.Contains(total))
            throw new InvalidOperationException($"The total {total} needs parts other than itself.");
        var relation = new Relation(total, sorted, kind);
        // Keyed by its content, so the same relation stated twice (two builders sharing a margin) is kept once.
        _relations[$"{kind}:{total}={string.Join('+', sorted)}"] = relation;
        return this;
    }
}

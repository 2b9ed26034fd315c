namespace Hartline.Features.Reports.Disclosure;

/// <summary>Which shown cells could protect a withheld one: those that share a relation with it, or with a withheld
/// cell connected to it, since only those enter the attacker's reasoning about it.</summary>
internal sealed class Neighbours(TableSet set)
{
    private readonly Dictionary<string, List<Relation>> _relationsOf = set.Relations
        .SelectMany(r => r.Cells.Select(c => (Cell: c, Relation: r)))
        .GroupBy(x => x.Cell, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Relation).ToList(), StringComparer.Ordinal);

    private readonly HashSet<string> _totals = set.Relations.Select(r => r.Total).ToHashSet(StringComparer.Ordinal);

    public bool IsTotal(string key) => _totals.Contains(key);

    /// <summary>
    /// The shown cells around <paramref name="key"/>, each with its layer: 1 for a cell in one of its own relations
    /// (its row, its column, its total), 2 for one reached through one withheld cell, and so on.
    /// </summary>
    public IReadOnlyList<(string Key, int Layer)> ShownAround(string key, IReadOnlySet<string> withheld)
    {
        var found = new List<(string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        var frontier = new List<string> { key };
        for (var layer = 1; frontier.Count > 0; layer++)
        {
            var next = new List<string>();
            foreach (var cell in frontier)
                foreach (var relation in _relationsOf.GetValueOrDefault(cell, []))
                    foreach (var other in relation.Cells.Where(seen.Add))
                        if (withheld.Contains(other)) next.Add(other);
                        else found.Add((other, layer));
            frontier = next;
        }
        return found;
    }
}

namespace Hartline.Features.Reports.Disclosure;

/// <summary>
/// Decides which cells of a table set are withheld: the primary cells (small counts), then complementary cells
/// until the protection rule of <see cref="DisclosureRules"/> holds for every withheld cell. Deterministic: cells
/// are visited in key order and every choice breaks ties by layer, zeros and totals last, smallest count, then key.
/// </summary>
public static class DisclosureControl
{
    /// <param name="published">
    /// Cells already published elsewhere with the state they were given (a cross-tab's margins are the one-dimensional
    /// tables' cells): they keep that state and are never chosen as complements, so two publications of the same
    /// figures never differ. Withheld ones are protected again here, against the extra relations this set adds.
    /// </param>
    public static SuppressedTables Apply(TableSet set, DisclosureRules rules, IReadOnlyDictionary<string, CellState>? published = null)
    {
        published ??= new Dictionary<string, CellState>();
        var states = set.Cells.ToDictionary(c => c.Key, c => published.TryGetValue(c.Key, out var fixedState) ? fixedState
            : rules.IsPrimary(c.Value) ? CellState.Primary
            : set.UnpublishedCells.Contains(c.Key) ? CellState.NotPublished
            : CellState.Shown, StringComparer.Ordinal);
        var withheld = new HashSet<string>(states.Where(s => s.Value != CellState.Shown).Select(s => s.Key), StringComparer.Ordinal);
        var neighbours = new Neighbours(set);
        var toProtect = new Queue<string>(set.Cells.Keys.Where(k => states[k] == CellState.Primary
            || (states[k] == CellState.Complementary && rules.ProtectComplements)));
        while (toProtect.TryDequeue(out var key))
        {
            // Withholding more cells only relaxes the attacker's programme, so every range can only widen: a cell
            // found safe stays safe, and one pass over the queue suffices. Each turn withholds one more cell, so
            // the loop ends after at most as many turns as there are cells; when everything connected to the cell
            // is withheld its range is [0, ∞) (the relations are then homogeneous), which is always safe.
            while (!IsSafe(key))
            {
                var complement = Complement(key)
                    ?? throw new CannotProtectException(key);
                states[complement] = CellState.Complementary;
                withheld.Add(complement);
                if (rules.ProtectComplements) toProtect.Enqueue(complement);
            }
        }
        return new SuppressedTables(set, states);

        FeasibleRange RangeOf(string key, IReadOnlySet<string> cells)
        {
            using var view = new AttackerView(set, cells);
            return view.RangeOf(key);
        }

        bool IsSafe(string key) => rules.IsSafe(states[key], set.Cells[key], RangeOf(key, withheld));

        // The complement that best protects the cell: first one that makes it safe, else the one that widens its
        // range most, else (no single cell helps yet, as in a cross-tab where four corners must go together)
        // the nearest, cheapest one. A zero comes last: it cannot go below 0, so it hides little. A total comes
        // after the inner cells: it is a row of another table (a margin is the one-dimensional table's cell), so
        // withholding it costs more than one cell.
        string? Complement(string key)
        {
            var candidates = neighbours.ShownAround(key, withheld).Where(c => !published.ContainsKey(c.Key)).ToList();
            if (candidates.Count == 0) return null;
            var scored = candidates.Select(c =>
            {
                var trial = new HashSet<string>(withheld, StringComparer.Ordinal) { c.Key };
                var range = RangeOf(key, trial);
                return (c.Key, c.Layer, Safe: rules.IsSafe(states[key], set.Cells[key], range), range.Width);
            }).ToList();
            return scored
                .OrderByDescending(s => s.Safe)
                .ThenByDescending(s => s.Safe ? 0 : s.Width)
                .ThenBy(s => s.Layer)
                .ThenBy(s => set.Cells[s.Key] == 0)
                .ThenBy(s => neighbours.IsTotal(s.Key))
                .ThenBy(s => set.Cells[s.Key])
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .First().Key;
        }
    }
}

/// <summary>
/// No cell that may still be withheld protects <see cref="Cell"/>: it happens only when cells already published
/// elsewhere are fixed (a cross-tab added to tables already out), and then the new tables must not be published.
/// </summary>
public sealed class CannotProtectException(string cell)
    : InvalidOperationException($"No cell is left to withhold beside {cell}, yet it is not protected.")
{
    public string Cell => cell;
}

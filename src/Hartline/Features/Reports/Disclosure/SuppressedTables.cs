namespace Hartline.Features.Reports.Disclosure;

/// <summary>A table set after disclosure control: what each cell shows.</summary>
public sealed class SuppressedTables(TableSet set, IReadOnlyDictionary<string, CellState> states)
{
    public IReadOnlyDictionary<string, CellState> States => states;

    public CellState StateOf(string key) => states[key];

    /// <summary>The count to publish, or null when the cell is withheld (the CSV's empty count, JSON's null).</summary>
    public int? Count(string key) => states[key] == CellState.Shown ? set.Cells[key] : null;

    /// <summary>
    /// Whether a rate or percentage of two cells may be published: only when both are shown. A rate over a
    /// withheld cell gives the cell back (numerator = rate × denominator).
    /// </summary>
    public bool MayShowRate(string numerator, string denominator) =>
        states[numerator] == CellState.Shown && states[denominator] == CellState.Shown;

    public IEnumerable<string> Withheld => states.Where(s => s.Value != CellState.Shown).Select(s => s.Key).Order(StringComparer.Ordinal);
}

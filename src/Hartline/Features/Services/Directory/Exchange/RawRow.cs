namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>A cell as read, before any check: its text, and for CSV the line it starts on (a quoted value may span lines).</summary>
internal readonly record struct RawCell(string Text, int? Line = null);

/// <summary>
/// A row of an HSDS table as read from a CSV line or flattened from HSDS JSON: only the columns the file has
/// (a column the file lacks is left as it is on an update). Both readers give these, so one set of checks runs on both.
/// </summary>
internal sealed class RawRow(HsdsTable table, RowPlace place)
{
    public HsdsTable Table => table;
    public RowPlace Place => place;
    public Dictionary<string, RawCell> Cells { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the row has no value (or no cell) for the column: HSDS JSON may leave out what its nesting implies.</summary>
    public bool Lacks(string column) => !Cells.TryGetValue(column, out var cell) || string.IsNullOrWhiteSpace(cell.Text);
}

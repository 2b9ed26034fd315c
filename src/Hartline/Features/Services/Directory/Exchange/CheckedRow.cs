namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>A row whose cells were read into values: those of the kept columns the file gave (null for an empty cell).</summary>
internal sealed class CheckedRow(HsdsTable table, RowPlace place, Guid id)
{
    public HsdsTable Table => table;
    public RowPlace Place => place;
    public Guid Id => id;
    public Dictionary<HsdsColumn, object?> Values { get; } = [];
    /// <summary>The line each cell starts on (CSV), for messages about a cell of a row that spans lines.</summary>
    public Dictionary<HsdsColumn, int?> Lines { get; } = [];

    /// <summary>Read but not kept: an attribute of a table Hartline does not keep (funding, cost_option…).</summary>
    public bool LeftOut { get; set; }

    public object? Value(string column) => Table.Column(column) is { } c ? Values.GetValueOrDefault(c) : null;

    /// <summary>The cell as it would be exported: what "unchanged" and "the same row" are judged by.</summary>
    public string Text(HsdsColumn column) => Values.GetValueOrDefault(column) is { } v ? column.Kind.Format(v) : "";

    public int? LineOf(HsdsColumn column) => Lines.GetValueOrDefault(column) ?? Place.Line;

    /// <summary>The same values in the same columns (a row repeated in a file).</summary>
    public bool SameAs(CheckedRow other) =>
        Values.Count == other.Values.Count && Values.Keys.All(c => other.Values.ContainsKey(c) && Text(c) == other.Text(c));

    /// <summary>Whether the entity already holds every value this row gives.</summary>
    public bool Matches(object entity) => Values.Keys.All(c => Text(c) == c.Text(entity));
}

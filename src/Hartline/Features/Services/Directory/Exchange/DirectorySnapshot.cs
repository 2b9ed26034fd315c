using Hartline.Data;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Every row of the 14 tables, read whole: the directory is small (hundreds of services), and an export or an
/// import's checks look rows up by id and by reference again and again. Rows come out ordered by their id as text
/// (ordinal), which is the order of every exported file.
/// </summary>
internal sealed class DirectorySnapshot
{
    private readonly Dictionary<HsdsTable, Dictionary<Guid, object>> _rows;
    private readonly Dictionary<(HsdsTable, HsdsColumn), ILookup<Guid, object>> _children = [];

    private DirectorySnapshot(Dictionary<HsdsTable, Dictionary<Guid, object>> rows) => _rows = rows;

    /// <param name="tracking">For an import, which updates the rows it finds; an export reads them only.</param>
    public static async Task<DirectorySnapshot> ReadAsync(HartlineDb db, bool tracking, CancellationToken ct)
    {
        var rows = new Dictionary<HsdsTable, Dictionary<Guid, object>>();
        foreach (var table in HsdsTables.All)
            rows[table] = (await table.ReadAllAsync(db, tracking, ct)).ToDictionary(table.IdOf);
        return new DirectorySnapshot(rows);
    }

    public object? Find(HsdsTable table, Guid id) => _rows[table].GetValueOrDefault(id);

    public bool Has(HsdsTable table, Guid id) => _rows[table].ContainsKey(id);

    public int Count(HsdsTable table) => _rows[table].Count;

    public IEnumerable<object> Ordered(HsdsTable table) => Order(_rows[table].Values, table);

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="column"/> names <paramref name="id"/>, in id order.</summary>
    public IEnumerable<object> Children(HsdsTable table, HsdsColumn column, Guid id)
    {
        if (!_children.TryGetValue((table, column), out var lookup))
            _children[(table, column)] = lookup = Ordered(table).Where(r => column.Read(r) is Guid).ToLookup(r => (Guid)column.Read(r)!);
        return lookup[id];
    }

    public static IEnumerable<object> Order(IEnumerable<object> rows, HsdsTable table) =>
        rows.OrderBy(r => table.IdOf(r).ToString("D"), StringComparer.Ordinal);
}

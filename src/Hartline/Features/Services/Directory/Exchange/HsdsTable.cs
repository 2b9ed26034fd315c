using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// How HSDS JSON nests a table in another (service_full): <paramref name="Property"/> holds rows of <paramref name="Table"/>.
/// Either many children whose <paramref name="Column"/> is the parent's id (a service's phones), or one row named by the
/// parent's <paramref name="Column"/> (a service's organization). <paramref name="Written"/> false: read from JSON, not
/// written (an organisation's own programs and locations would repeat under every one of its services).
/// </summary>
internal sealed record Embed(string Property, string Table, string Column, bool Many, bool Written = true);

/// <summary>
/// One HSDS table Hartline keeps: its resource name and CSV path as the 3.0 datapackage gives them, the entity it
/// is kept in, its columns in the spec's order and how HSDS JSON nests it. <see cref="HsdsTables"/> lists them.
/// </summary>
internal abstract class HsdsTable(string name, string path, Type entity, string words, string singular, IReadOnlyList<HsdsColumn> columns)
{
    public string Name => name;
    public string Path => path;
    public Type Entity => entity;
    /// <summary>The table in plain words, for the page and the summary ("Phone numbers").</summary>
    public string Words => words;
    /// <summary>One row in plain words, for messages ("no phone number has the id …").</summary>
    public string Singular => singular;
    public IReadOnlyList<HsdsColumn> Columns => columns;
    public HsdsColumn Id => columns[0];
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>Whether rows carry HSDS attributes (taxonomy terms applied to them); taxonomies, terms and attributes do not.</summary>
    public bool CarriesAttributes => HsdsTables.Linkable.Contains(name);

    private readonly Dictionary<string, HsdsColumn> _byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public HsdsColumn? Column(string name) => _byName.GetValueOrDefault(name);

    public Guid IdOf(object row) => (Guid)Id.Property!.GetValue(row)!;

    public object Create() => Activator.CreateInstance(entity)!;

    /// <summary>Every row of the table, tracked for an import to update, or not for an export.</summary>
    public abstract Task<List<object>> ReadAllAsync(HartlineDb db, bool tracking, CancellationToken ct);

    /// <summary>The column's maximum length in the database model (so PostgreSQL never refuses a value), if it has one.</summary>
    public int? MaxLength(HartlineDb db, HsdsColumn column) =>
        column.Property is { } p ? db.Model.FindEntityType(entity)?.FindProperty(p.Name)?.GetMaxLength() : null;
}

internal sealed class HsdsTable<T>(string name, string path, string words, string singular, IReadOnlyList<HsdsColumn> columns)
    : HsdsTable(name, path, typeof(T), words, singular, columns) where T : class
{
    public override async Task<List<object>> ReadAllAsync(HartlineDb db, bool tracking, CancellationToken ct)
    {
        var rows = tracking ? db.Set<T>() : db.Set<T>().AsNoTracking();
        return (await rows.ToListAsync(ct)).Cast<object>().ToList();
    }
}

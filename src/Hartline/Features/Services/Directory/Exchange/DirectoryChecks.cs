using Hartline.Data;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Checks every row of an import before anything is written, collecting every problem: ids, kinds of value, enums,
/// ages, lengths that fit the database's columns, repeated ids, references to rows that exist neither in the package
/// nor in the directory, attributes' targets, and Hartline's own taxonomies, which must read the same everywhere.
/// </summary>
internal sealed class DirectoryChecks(HartlineDb db, DirectorySnapshot existing, ImportReport report)
{
    private static readonly Guid[] OwnTaxonomies = [HartlineTaxonomies.ServiceTypes, HartlineTaxonomies.Eligibility];
    private readonly Dictionary<(HsdsTable, HsdsColumn), int?> _maxLengths = [];

    /// <summary>The package's rows by table and id; <see cref="ImportReport.HasErrors"/> says whether it may be written.</summary>
    public Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> Check(IEnumerable<RawRow> raw)
    {
        var package = HsdsTables.All.ToDictionary(t => t, _ => new Dictionary<Guid, CheckedRow>());
        foreach (var row in raw.Select(Read).OfType<CheckedRow>()) Keep(package[row.Table], row);
        foreach (var row in package.Values.SelectMany(rows => rows.Values)) References(row, package);
        Attributes(package);
        HartlineOwn(package);
        return package;
    }

    private CheckedRow? Read(RawRow raw)
    {
        var place = raw.Place;
        var idCell = raw.Cells.GetValueOrDefault("id");
        if (raw.Lacks("id"))
        {
            report.Error(place, "id", "every row needs its id (a UUID)", idCell.Line);
            return null;
        }
        if (!CellKind.Uuid.TryParse(idCell.Text.Trim(), out var id, out var idProblem))
        {
            report.Error(place, "id", idProblem, idCell.Line);
            return null;
        }
        var row = new CheckedRow(raw.Table, place, (Guid)id!);
        foreach (var (name, cell) in raw.Cells)
        {
            var column = raw.Table.Column(name)!;
            var text = cell.Text.Trim();
            if (!column.Kept)
            {
                if (text.Length > 0) report.Note($"{place.File}: HSDS 3.0 deprecates {raw.Table.Name}.{name} and Hartline does not keep it; its values were left out.");
                continue;
            }
            row.Lines[column] = cell.Line;
            if (text.Length == 0)
            {
                if (column.Required) report.Error(place, name, "is empty, but HSDS requires a value here", cell.Line);
                else row.Values[column] = null;
            }
            else if (!column.Kind.TryParse(text, out var value, out var problem)) report.Error(place, name, problem, cell.Line);
            else if (value is string s && MaxLength(raw.Table, column) is { } max && s.Length > max)
                report.Error(place, name, $"is {s.Length:N0} characters long, but at most {max:N0} fit", cell.Line);
            else row.Values[column] = value;
        }
        foreach (var missing in raw.Table.Columns.Where(c => c.Required && !raw.Cells.ContainsKey(c.Name)))
            report.Error(place, missing.Name, "is missing, but HSDS requires a value here");
        InOrder(row, "minimum_age", "maximum_age", (a, b) => $"the minimum age ({a}) is above the maximum age ({b})");
        InOrder(row, "valid_from", "valid_to", (a, b) => $"valid_from ({a}) is after valid_to ({b})");
        return row;
    }

    private void InOrder(CheckedRow row, string first, string last, Func<string, string, string> message)
    {
        if (row.Table.Column(first) is not { } a || row.Table.Column(last) is not { } b) return;
        if (row.Values.GetValueOrDefault(a) is IComparable low && row.Values.GetValueOrDefault(b) is { } high && low.CompareTo(high) > 0)
            report.Error(row.Place, first, message(row.Text(a), row.Text(b)), row.LineOf(a));
    }

    private int? MaxLength(HsdsTable table, HsdsColumn column)
    {
        if (!_maxLengths.TryGetValue((table, column), out var max)) _maxLengths[(table, column)] = max = table.MaxLength(db, column);
        return max;
    }

    // One row per id. A CSV line repeated exactly is read once; another row with the same id is an error. In JSON
    // the same object may be nested in several places (a location under two services): one row, unless they disagree.
    private void Keep(Dictionary<Guid, CheckedRow> rows, CheckedRow row)
    {
        if (!rows.TryGetValue(row.Id, out var first))
        {
            rows[row.Id] = row;
            return;
        }
        if (first.Place.Line is { } firstLine && row.Place.Line is { } line)
        {
            if (first.SameAs(row)) report.Note($"{row.Place.File}, line {line} repeats line {firstLine} exactly; it was read once.");
            else report.Error(row.Place, "id", $"{row.Id} is also the id of line {firstLine}, with other values: each row needs an id of its own");
            return;
        }
        foreach (var (column, value) in row.Values)
        {
            if (first.Values.GetValueOrDefault(column) is null) first.Values[column] = value;
            else if (value is not null && first.Text(column) != row.Text(column))
                report.Error(row.Place, column.Name, $"the {row.Table.Singular} {row.Id} is also at {first.Place.Path}, where its {column.Name} is " +
                    $"'{first.Text(column)}', not '{row.Text(column)}'");
        }
    }

    private bool Exists(Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> package, HsdsTable table, Guid id) =>
        package[table].ContainsKey(id) || existing.Has(table, id);

    private void References(CheckedRow row, Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> package)
    {
        foreach (var (column, value) in row.Values)
        {
            if (column.References is not { } name || value is not Guid id) continue;
            var target = HsdsTables.ByName[name];
            if (Exists(package, target, id)) continue;
            if (column.Declared) report.Error(row.Place, column.Name, Nothing(target, id), row.LineOf(column));
            else report.Note($"{row.Place.File}: {column.Name} {id} names no {target.Singular} in {target.Path} or in the directory; it was kept as written.");
        }
    }

    private static string Nothing(HsdsTable target, Guid id) => $"no {target.Singular} has the id {id}: it is neither in {target.Path} nor already in the directory";

    // link_entity names the table link_id is in (HSDS §2): a table with attributes, in lower case. An attribute of a
    // table Hartline does not keep describes nothing here and is left out.
    private void Attributes(Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> package)
    {
        var attributes = HsdsTables.ByName["attribute"];
        var entityColumn = attributes.Column("link_entity")!;
        foreach (var row in package[attributes].Values)
        {
            if (row.Values.GetValueOrDefault(entityColumn) is not string entity) continue;
            var name = entity.ToLowerInvariant();
            if (!HsdsTables.Linkable.Contains(name))
            {
                report.Error(row.Place, entityColumn.Name, $"'{entity}' is not an HSDS table an attribute can describe (such as service, organization or location)",
                    row.LineOf(entityColumn));
                continue;
            }
            row.Values[entityColumn] = name;
            if (!HsdsTables.ByName.TryGetValue(name, out var target))
            {
                row.LeftOut = true;
                report.Note($"{row.Place.File}: attributes of {name} rows were left out, as Hartline does not keep HSDS {name}.");
            }
            else if (row.Value("link_id") is Guid id && !Exists(package, target, id))
                report.Error(row.Place, "link_id", Nothing(target, id), row.LineOf(attributes.Column("link_id")!));
        }
    }

    // Hartline's service types and eligibility facets mean the same in every installation (their ids derive from
    // their codes): a package may carry them as they are, never changed, and never with a term of its own added.
    private void HartlineOwn(Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> package)
    {
        var taxonomies = HsdsTables.ByName["taxonomy"];
        var terms = HsdsTables.ByName["taxonomy_term"];
        foreach (var row in package[taxonomies].Values.Where(r => OwnTaxonomies.Contains(r.Id))) SameAsDefined(row, existing.Find(taxonomies, row.Id));
        var ownTerms = existing.Ordered(terms).Cast<TaxonomyTerm>().Where(t => OwnTaxonomies.Contains(t.TaxonomyId ?? Guid.Empty)).Select(t => t.Id).ToHashSet();
        foreach (var row in package[terms].Values)
        {
            if (ownTerms.Contains(row.Id)) SameAsDefined(row, existing.Find(terms, row.Id));
            else if (row.Value("taxonomy_id") is Guid taxonomy && OwnTaxonomies.Contains(taxonomy))
                report.Error(row.Place, "taxonomy_id", $"Hartline's own taxonomy \"{(existing.Find(taxonomies, taxonomy) as Taxonomy)?.Name}\" takes no terms " +
                    "from a file: give this term a taxonomy of your own", row.LineOf(terms.Column("taxonomy_id")!));
        }
    }

    private void SameAsDefined(CheckedRow row, object? defined)
    {
        if (defined is null)
        {
            report.Error(row.Place, "id", $"this id belongs to Hartline's own taxonomies, but this Hartline does not define it", row.LineOf(row.Table.Id));
            return;
        }
        foreach (var column in row.Values.Keys.Where(c => row.Text(c) != c.Text(defined)))
            report.Error(row.Place, column.Name, $"this is Hartline's own {row.Table.Singular} \"{row.Table.Column("name")!.Text(defined)}\", which every " +
                $"Hartline defines alike: {column.Name} must be '{column.Text(defined)}', not '{row.Text(column)}'", row.LineOf(column));
    }
}

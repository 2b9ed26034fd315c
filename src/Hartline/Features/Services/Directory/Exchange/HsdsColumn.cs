using System.Reflection;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// One column of an HSDS table as the 3.0 datapackage lists it, and the entity property it is kept in.
/// A deprecated column Hartline does not keep (<see cref="Kept"/> false) is still written, empty, so every
/// file has the spec's header.
/// </summary>
internal sealed record HsdsColumn(string Name, CellKind Kind)
{
    /// <summary><c>constraints.required</c> in the 3.0 datapackage (the tabular view).</summary>
    public bool Required { get; init; }

    /// <summary>The HSDS table an id in this column names, if any.</summary>
    public string? References { get; init; }

    /// <summary>
    /// Whether the datapackage declares the reference as a foreign key (and the database enforces it). The
    /// self-references (a parent organisation, a broader term) are not declared: one that names nothing is noted, not refused.
    /// </summary>
    public bool Declared { get; init; } = true;

    /// <summary>The datapackage's format of a string column: "email" or "uri" (ids are "uuid" by their kind).</summary>
    public string? Format { get; init; }

    /// <summary>The entity property, when Hartline keeps the column; a property name differing from the PascalCase of the column's.</summary>
    public string? PropertyName { get; init; }

    public bool Kept { get; init; } = true;

    public PropertyInfo? Property { get; init; }

    /// <summary>The value as HSDS knows it: an enum member as its HSDS word ("temporarily closed").</summary>
    public object? Read(object entity)
    {
        var value = Property!.GetValue(entity);
        return value is Enum member && Kind is CellKind.ChoiceCell choice
            ? choice.Values.First(v => CellKind.ChoiceCell.Key(v) == member.ToString().ToLowerInvariant())
            : value;
    }

    public void Write(object entity, object? value)
    {
        var type = Nullable.GetUnderlyingType(Property!.PropertyType) ?? Property.PropertyType;
        if (value is string word && type.IsEnum) value = Enum.Parse(type, CellKind.ChoiceCell.Key(word), ignoreCase: true);
        Property.SetValue(entity, value);
    }

    /// <summary>The cell as exported: the one spelling of the value, empty for none (and for a column not kept).</summary>
    public string Text(object entity) => Kept && Read(entity) is { } value ? Kind.Format(value) : "";

    /// <summary>What the column holds, as a message says it: "organisation" for organization_id.</summary>
    public string Subject => References is { } table ? HsdsTables.ByName[table].Singular : Name;
}

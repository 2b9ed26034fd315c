using System.Collections;
using System.Reflection;

namespace Hartline.Security.Audit;

/// <summary>
/// What of a field's value goes into the audit trail. The Administrator reviews the trail but may not open
/// a case file, so the trail must not be a way to read one: it denies by default. Enums (by name), ids,
/// yes/no, numbers and times are written as they are; text only when its property is marked
/// <see cref="ShownInAuditAttribute"/>, otherwise its length on creation and "(not shown)" on a change; a
/// value marked <see cref="IdentifyingAttribute"/> (a date of birth), and any other kind of value, as
/// "(not shown)". So a youth's name, date of birth, address, phone or e-mail, and every note, never reach it.
/// </summary>
public static class AuditValues
{
    public const string NotShown = "(not shown)";

    /// <summary>How a created record's field is written.</summary>
    public static object? Created(PropertyInfo? property, object? value) => value switch
    {
        null => null,
        _ when IsShown(property, value) => Readable(value),
        string text => Length(text),
        ICollection items => $"({items.Count} items)",
        _ => NotShown,
    };

    /// <summary>How one side (before or after) of a changed field is written: a hidden value only as "(not shown)", so a change says that it happened.</summary>
    public static object? Changed(PropertyInfo? property, object? value) =>
        value is null ? null : IsShown(property, value) ? Readable(value) : NotShown;

    /// <summary>Free text as the trail may hold it: its length only.</summary>
    public static string? Length(string? text) => text is null ? null : $"({text.Length} characters)";

    /// <summary>Whether any value of a field of this type is written as it is (for values already stored, see <see cref="AuditRedaction"/>).</summary>
    public static bool IsShown(PropertyInfo? property, Type type) => Marked(property) ?? IsPlain(ElementType(type) ?? type);

    private static bool IsShown(PropertyInfo? property, object value) => Marked(property) ?? (value is IEnumerable list and not string
        ? list.Cast<object?>().All(item => item is null || IsPlain(item.GetType()))
        : IsPlain(value.GetType()));

    /// <summary>What the field's marks decide, if anything: free text and identifying values are hidden, codes shown.</summary>
    private static bool? Marked(PropertyInfo? property) =>
        property is null ? null
        : property.IsDefined(typeof(ConfidentialTextAttribute), false) || property.IsDefined(typeof(IdentifyingAttribute), false) ? false
        : property.IsDefined(typeof(ShownInAuditAttribute), false) ? true
        : null;

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>Values that say nothing about a person by themselves.</summary>
    private static bool IsPlain(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? IsPlain(inner) :
        type.IsEnum || type.IsPrimitive || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);

    private static object Readable(object value) => value switch
    {
        Enum e => e.ToString(), // names, not numbers: the trail is read by people
        IEnumerable list and not string => list.Cast<object?>().Select(i => i is Enum e ? e.ToString() : i).ToList(),
        _ => value,
    };
}

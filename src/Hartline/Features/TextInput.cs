using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Hartline.Features;

/// <summary>Marks free text typed over several lines (a textarea): tabs and line breaks are allowed in it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultiLineAttribute : Attribute;

/// <summary>Marks a person's name: one line, and no digits.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonNameAttribute : Attribute;

/// <summary>
/// The one rule for typed text, used by every page, API and command that takes names or text: no
/// bidirectional overrides (U+202A–U+202E, U+2066–U+2069, which can make a name or a note read differently
/// from what is stored), no NUL or other control characters (tab and line breaks only in multi-line text),
/// and no digits in a person's name.
/// </summary>
public static class TextInput
{
    public enum Kind { Line, MultiLine, PersonName }

    /// <summary>What a typed optional text field is stored as: trimmed, and null when the user left it blank.</summary>
    public static string? Clean(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();

    /// <summary>Why <paramref name="value"/> is refused, as the end of a sentence ("must not contain …"), or null.</summary>
    public static string? Problem(string? value, Kind kind)
    {
        if (string.IsNullOrEmpty(value)) return null;
        foreach (var c in value)
        {
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return "must not contain hidden direction marks (bidirectional overrides)";
            if (kind == Kind.MultiLine && c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c))
                return c is '\t' or '\n' or '\r' ? "must be on one line" : "must not contain control characters";
            if (kind == Kind.PersonName && char.IsDigit(c)) return "must not contain digits";
        }
        return null;
    }

    /// <summary>Adds a message naming <paramref name="what"/> (e.g. "The family name") under <paramref name="field"/> when the text is refused.</summary>
    public static bool Check(string? value, Kind kind, string field, string what, Errors errors)
    {
        if (Problem(value, kind) is not { } problem) return true;
        errors.Add(field, $"{what} {problem}.");
        return false;
    }

    /// <summary>
    /// Checks every text property of an input (<see cref="MultiLineAttribute"/> and <see cref="PersonNameAttribute"/>
    /// say which kind; the rest is one line), each error under the property's name with a message naming the field.
    /// </summary>
    public static void CheckAll(object input, Errors errors)
    {
        foreach (var (property, kind, what) in TextProperties.GetOrAdd(input.GetType(), Describe))
        {
            if (property.GetValue(input) is string text) Check(text, kind, property.Name, what, errors);
            else if (property.GetValue(input) is IEnumerable<string?> texts)
                foreach (var item in texts) if (!Check(item, kind, property.Name, what, errors)) break;
        }
    }

    private static readonly ConcurrentDictionary<Type, (PropertyInfo, Kind, string)[]> TextProperties = new();

    private static (PropertyInfo, Kind, string)[] Describe(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
            && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
        .Select(p => (p, p.IsDefined(typeof(PersonNameAttribute)) ? Kind.PersonName : p.IsDefined(typeof(MultiLineAttribute)) ? Kind.MultiLine : Kind.Line,
            "The " + Words(p.Name)))
        .ToArray();

    // "GivenName" → "given name", "NameOrAlias" → "name or alias".
    private static string Words(string name) => Regex.Replace(name, "(?<!^)([A-Z])", " $1").ToLowerInvariant();
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>
/// An audit event's details as lines a person reads: "Status: Open → Closed" for a change, "Status: Open"
/// for a creation, "Operation: GET" for anything else; a hidden value's change as "Given name: changed".
/// Field names and coded values in words, times on the jurisdiction's clock. The JSON stays as it is in
/// the database and the API. Given the record's type, a coded value of one of its fields takes its words from
/// the catalogue ("Kind: MDT", not "Mdt").
/// </summary>
public static partial class AuditDetails
{
    private const int MaxValue = 160;

    /// <param name="toLocal">Turns a stored (UTC) time into the jurisdiction's; times in details are stored in UTC like every time.</param>
    /// <param name="entityType">The audited record's type name, which says which fields hold coded values.</param>
    public static IReadOnlyList<string> Lines(string? json, Func<DateTime, DateTime>? toLocal = null, string? entityType = null)
    {
        var fields = entityType is null ? null : Fields.GetOrAdd(entityType, FieldsOf);
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [Clip(json)];
            return doc.RootElement.EnumerateObject().Select(p => Line(p, toLocal ?? (t => t), fields?.GetValueOrDefault(p.Name))).ToList();
        }
        catch (JsonException) { return [Clip(json)]; } // written by an older version, or not JSON: shown as it is
    }

    private static string Line(JsonProperty p, Func<DateTime, DateTime> toLocal, Type? coded)
    {
        var name = DisplayNames.Spelled(p.Name);
        var v = p.Value;
        if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("after", out var after)) return $"{name}: {Show(v, toLocal, coded)}";
        if (!v.TryGetProperty("before", out var before)) return $"{name}: {Show(after, toLocal, coded)}";
        return (Hidden(before), Hidden(after)) switch
        {
            (true, true) => $"{name}: changed",
            (false, true) when before.ValueKind == JsonValueKind.Null => $"{name}: added",
            (true, false) when after.ValueKind == JsonValueKind.Null => $"{name}: removed",
            _ => $"{name}: {Show(before, toLocal, coded)} → {Show(after, toLocal, coded)}",
        };
    }

    private static bool Hidden(JsonElement v) => v.ValueKind == JsonValueKind.String && v.GetString() == AuditValues.NotShown;

    private static string Show(JsonElement v, Func<DateTime, DateTime> toLocal, Type? coded) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => Clip(Value(v.GetString() ?? "", toLocal, coded)),
        JsonValueKind.Array => Clip(v.GetArrayLength() == 0 ? "none" : string.Join(", ", v.EnumerateArray().Select(i => Show(i, toLocal, coded)))),
        _ => Clip(v.GetRawText()),
    };

    private static string Value(string s, Func<DateTime, DateTime> toLocal, Type? coded)
    {
        if (coded is not null && Enum.TryParse(coded, s, out var member)) return DisplayNames.Of((Enum)member!);
        if (CodeName().IsMatch(s)) return DisplayNames.Spelled(s); // an enum's name: "FollowUp" → "Follow up"
        if (s.Length >= 19 && s[10] == 'T' && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return toLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return s;
    }

    // The enum-typed fields of each audited record type, by field name (a list of an enum counts as that enum).
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, Type>?> Fields = new();

    private static IReadOnlyDictionary<string, Type>? FieldsOf(string entityType) =>
        typeof(AuditDetails).Assembly.GetTypes().FirstOrDefault(t => t.Name == entityType && typeof(IAudited).IsAssignableFrom(t))
            ?.GetProperties().Select(p => (p.Name, Type: EnumOf(p.PropertyType))).Where(p => p.Type is not null)
            .ToDictionary(p => p.Name, p => p.Type!);

    private static Type? EnumOf(Type t)
    {
        var inner = Nullable.GetUnderlyingType(t) ?? (t.IsGenericType && t.GetGenericArguments() is [var item] ? item : t);
        inner = Nullable.GetUnderlyingType(inner) ?? inner;
        return inner.IsEnum ? inner : null;
    }

    private static string Clip(string s) => s.Length <= MaxValue ? s : s[..MaxValue] + "…";

    /// <summary>One word of two or more capitalised parts, as enum names are.</summary>
    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex CodeName();
}

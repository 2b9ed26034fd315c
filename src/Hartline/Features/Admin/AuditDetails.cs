using System.Collections.Concurrent;
using System.Text.Json;

namespace Hartline.Features.Admin;

/// <summary>
/// An audit event's details as lines a person reads: "Status: Open → Closed" for a change, "Status: Open"
/// for a creation, "operation: GET" for anything else. The JSON stays as it is in the database and the API.
/// Given the record's type, a coded value of one of its fields is shown in words ("Kind: MDT", not "Mdt").
/// </summary>
public static class AuditDetails
{
    private const int MaxValue = 160;

    public static IReadOnlyList<string> Lines(string? json, string? entityType = null)
    {
        var fields = entityType is null ? null : Fields.GetOrAdd(entityType, FieldsOf);
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [Clip(json)];
            return doc.RootElement.EnumerateObject().Select(p => Line(p, fields?.GetValueOrDefault(p.Name))).ToList();
        }
        catch (JsonException) { return [Clip(json)]; } // written by an older version, or not JSON: shown as it is
    }

    private static string Line(JsonProperty p, Type? coded)
    {
        var v = p.Value;
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("after", out var after))
            return v.TryGetProperty("before", out var before)
                ? $"{p.Name}: {Show(before, coded)} → {Show(after, coded)}"
                : $"{p.Name}: {Show(after, coded)}";
        return $"{p.Name}: {Show(v, coded)}";
    }

    private static string Show(JsonElement v, Type? coded) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String => Clip(Words(v.GetString() ?? "", coded)),
        JsonValueKind.Array when coded is not null && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            Clip(string.Join(", ", v.EnumerateArray().Select(e => Words(e.GetString()!, coded)))),
        _ => Clip(v.GetRawText()),
    };

    private static string Words(string value, Type? coded) =>
        coded is not null && Enum.TryParse(coded, value, out var member) ? DisplayNames.Of((Enum)member!) : value;

    // The enum-typed fields of each audited record type, by field name (a list of an enum counts as that enum).
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, Type>?> Fields = new();

    private static IReadOnlyDictionary<string, Type>? FieldsOf(string entityType) =>
        typeof(AuditDetails).Assembly.GetTypes().FirstOrDefault(t => t.Name == entityType && typeof(Security.Audit.IAudited).IsAssignableFrom(t))
            ?.GetProperties().Select(p => (p.Name, Type: EnumOf(p.PropertyType))).Where(p => p.Type is not null)
            .ToDictionary(p => p.Name, p => p.Type!);

    private static Type? EnumOf(Type t)
    {
        var inner = Nullable.GetUnderlyingType(t) ?? (t.IsGenericType && t.GetGenericArguments() is [var item] ? item : t);
        inner = Nullable.GetUnderlyingType(inner) ?? inner;
        return inner.IsEnum ? inner : null;
    }

    private static string Clip(string s) => s.Length <= MaxValue ? s : s[..MaxValue] + "…";
}

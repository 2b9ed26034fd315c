using System.Text.Json;

namespace Hartline.Features.Admin;

/// <summary>
/// An audit event's details as lines a person reads: "Status: Open → Closed" for a change, "Status: Open"
/// for a creation, "operation: GET" for anything else. The JSON stays as it is in the database and the API.
/// </summary>
public static class AuditDetails
{
    private const int MaxValue = 160;

    public static IReadOnlyList<string> Lines(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [Clip(json)];
            return doc.RootElement.EnumerateObject().Select(Line).ToList();
        }
        catch (JsonException) { return [Clip(json)]; } // written by an older version, or not JSON: shown as it is
    }

    private static string Line(JsonProperty p)
    {
        var v = p.Value;
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("after", out var after))
            return v.TryGetProperty("before", out var before)
                ? $"{p.Name}: {Show(before)} → {Show(after)}"
                : $"{p.Name}: {Show(after)}";
        return $"{p.Name}: {Show(v)}";
    }

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String => Clip(v.GetString() ?? ""),
        _ => Clip(v.GetRawText()),
    };

    private static string Clip(string s) => s.Length <= MaxValue ? s : s[..MaxValue] + "…";
}

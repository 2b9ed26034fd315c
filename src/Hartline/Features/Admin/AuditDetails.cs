using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>
/// An audit event's details as lines a person reads: "Status: Open → Closed" for a change, "Status: Open"
/// for a creation, "Operation: GET" for anything else; a hidden value's change as "Given name: changed".
/// Field names and coded values in words, times on the jurisdiction's clock. The JSON stays as it is in
/// the database and the API.
/// </summary>
public static partial class AuditDetails
{
    private const int MaxValue = 160;

    /// <param name="toLocal">Turns a stored (UTC) time into the jurisdiction's; times in details are stored in UTC like every time.</param>
    public static IReadOnlyList<string> Lines(string? json, Func<DateTime, DateTime>? toLocal = null)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [Clip(json)];
            return doc.RootElement.EnumerateObject().Select(p => Line(p, toLocal ?? (t => t))).ToList();
        }
        catch (JsonException) { return [Clip(json)]; } // written by an older version, or not JSON: shown as it is
    }

    private static string Line(JsonProperty p, Func<DateTime, DateTime> toLocal)
    {
        var name = AuditNames.Words(p.Name);
        var v = p.Value;
        if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("after", out var after)) return $"{name}: {Show(v, toLocal)}";
        if (!v.TryGetProperty("before", out var before)) return $"{name}: {Show(after, toLocal)}";
        return (Hidden(before), Hidden(after)) switch
        {
            (true, true) => $"{name}: changed",
            (false, true) when before.ValueKind == JsonValueKind.Null => $"{name}: added",
            (true, false) when after.ValueKind == JsonValueKind.Null => $"{name}: removed",
            _ => $"{name}: {Show(before, toLocal)} → {Show(after, toLocal)}",
        };
    }

    private static bool Hidden(JsonElement v) => v.ValueKind == JsonValueKind.String && v.GetString() == AuditValues.NotShown;

    private static string Show(JsonElement v, Func<DateTime, DateTime> toLocal) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => Clip(Value(v.GetString() ?? "", toLocal)),
        JsonValueKind.Array => Clip(v.GetArrayLength() == 0 ? "none" : string.Join(", ", v.EnumerateArray().Select(i => Show(i, toLocal)))),
        _ => Clip(v.GetRawText()),
    };

    private static string Value(string s, Func<DateTime, DateTime> toLocal)
    {
        if (CodeName().IsMatch(s)) return AuditNames.Words(s); // an enum's name: "FollowUp" → "Follow up"
        if (s.Length >= 19 && s[10] == 'T' && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return toLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return s;
    }

    private static string Clip(string s) => s.Length <= MaxValue ? s : s[..MaxValue] + "…";

    /// <summary>One word of two or more capitalised parts, as enum names are.</summary>
    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex CodeName();
}

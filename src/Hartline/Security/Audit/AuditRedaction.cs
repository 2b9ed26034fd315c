using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hartline.Security.Audit;

/// <summary>
/// <see cref="AuditValues"/>' rule applied again when a change's details are read, for events written
/// before the rule existed (they held names and dates of birth in clear) or by a path that missed it. The
/// trail is append-only, so those events cannot be rewritten: what the rule hides is hidden on the way out.
/// </summary>
public static partial class AuditRedaction
{
    // Per kind of audited record: its fields, whether their values may be shown and whether they are text (null: not an audited record).
    private static readonly ConcurrentDictionary<string, Dictionary<string, (bool Shown, bool Text)>?> Fields = new();

    public static string? Redact(IModel model, string entityType, string? details)
    {
        if (string.IsNullOrEmpty(details) || FieldsOf(model, entityType) is not { } fields) return details;
        JsonObject? root;
        try { root = JsonNode.Parse(details) as JsonObject; }
        catch (JsonException) { return details; }
        if (root is null) return details;
        var changed = false;
        foreach (var (name, value) in root.ToList())
        {
            if (value is not JsonObject sides || !fields.TryGetValue(name, out var field) || field.Shown) continue;
            var creation = !sides.ContainsKey("before");
            foreach (var side in new[] { "before", "after" })
            {
                if (sides[side] is not { } stored || IsMask(stored)) continue;
                sides[side] = !creation ? AuditValues.NotShown
                    : stored is JsonArray items ? $"({items.Count} items)"
                    : field.Text && stored.GetValueKind() == JsonValueKind.String ? AuditValues.Length(stored.GetValue<string>())
                    : AuditValues.NotShown;
                changed = true;
            }
        }
        return changed ? root.ToJsonString() : details;
    }

    private static Dictionary<string, (bool Shown, bool Text)>? FieldsOf(IModel model, string entityType) => Fields.GetOrAdd(entityType, name =>
        model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == name && typeof(IAudited).IsAssignableFrom(t.ClrType)) is { } type
            ? type.GetProperties().ToDictionary(p => p.Name, p => (AuditValues.IsShown(p.PropertyInfo, p.ClrType), p.ClrType == typeof(string)))
            : null);

    private static bool IsMask(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String && Mask().IsMatch(node.GetValue<string>());

    [GeneratedRegex(@"^\((\d+ characters|\d+ items|not shown|secret)\)$")]
    private static partial Regex Mask();
}

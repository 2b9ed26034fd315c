using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Flattens HSDS JSON (an array of service_full objects, or one) into the same raw rows a data package gives, so
/// the same checks run on both. Nesting stands for the references it implies: a phone inside a service gets the
/// service's id as its <c>service_id</c>, a service gets its embedded organisation's id as <c>organization_id</c>, an
/// attribute its owner as <c>link_id</c> and <c>link_entity</c>, unless the object says otherwise itself. An object
/// embedded in several places (a location under two services) gives one row.
/// </summary>
internal static class ServiceFullReader
{
    public static List<RawRow> Read(string file, byte[] bytes, ImportReport report)
    {
        var rows = new List<RawRow>();
        using var document = JsonFile.Parse(file, bytes, report);
        if (document is null) return rows;
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("resources", out _))
            report.Error(file, null, null, "this is a data package's datapackage.json: import the whole package (the folder, or a .zip of it) instead");
        else if (root.ValueKind == JsonValueKind.Array)
        {
            var flattener = new Flattener(file, rows, report);
            var i = 0;
            foreach (var service in root.EnumerateArray()) flattener.Object(HsdsTables.ByName["service"], service, $"[{i++}]");
        }
        else if (root.ValueKind == JsonValueKind.Object) new Flattener(file, rows, report).Object(HsdsTables.ByName["service"], root, "");
        else report.Error(file, null, null, "holds neither a list of services nor a service (HSDS service_full JSON)");
        return rows;
    }

    private sealed class Flattener(string file, List<RawRow> rows, ImportReport report)
    {
        private static readonly HsdsTable Attribute = HsdsTables.ByName["attribute"];

        public RawRow? Object(HsdsTable table, JsonElement json, string path)
        {
            if (json.ValueKind == JsonValueKind.Null) return null;
            var place = new RowPlace(file, null, path.Length == 0 ? "the service" : path);
            if (json.ValueKind != JsonValueKind.Object)
            {
                report.Error(place, null, $"should be a {table.Singular} (a JSON object)");
                return null;
            }
            var row = new RawRow(table, place);
            rows.Add(row);
            var children = new List<(Embed Embed, RawRow Child)>();
            var attributes = new List<RawRow>();
            foreach (var property in json.EnumerateObject())
            {
                var at = $"{path}.{property.Name}".TrimStart('.');
                if (table.Column(property.Name) is { } column) row.Cells[column.Name] = new RawCell(Scalar(property.Value, place, column.Name));
                else if (table.Embeds.FirstOrDefault(e => e.Property == property.Name) is { } embed)
                    children.AddRange(Nested(embed.Many, HsdsTables.ByName[embed.Table], property.Value, at).Select(c => (embed, c)));
                else if (property.Name == "attributes" && table.CarriesAttributes) attributes.AddRange(Nested(true, Attribute, property.Value, at));
                else if (HasValue(property.Value))
                    report.Note($"{file}: {table.Name}.{property.Name} is not kept by Hartline (not an HSDS 3.0 part of the directory it keeps).");
            }
            // After every property is read: the object's own values win over what its nesting implies.
            var id = row.Lacks("id") ? null : row.Cells["id"].Text;
            foreach (var (embed, child) in children)
            {
                if (embed.Many && child.Lacks(embed.Column) && id is not null) child.Cells[embed.Column] = new RawCell(id);
                else if (!embed.Many && row.Lacks(embed.Column) && child.Cells.TryGetValue("id", out var childId)) row.Cells[embed.Column] = childId;
            }
            foreach (var attribute in attributes)
            {
                if (attribute.Lacks("link_id") && id is not null) attribute.Cells["link_id"] = new RawCell(id);
                if (attribute.Lacks("link_entity")) attribute.Cells["link_entity"] = new RawCell(table.Name);
            }
            return row;
        }

        private IEnumerable<RawRow> Nested(bool many, HsdsTable table, JsonElement json, string path)
        {
            if (!many) return Object(table, json, path) is { } one ? [one] : [];
            if (json.ValueKind == JsonValueKind.Null) return [];
            if (json.ValueKind != JsonValueKind.Array)
            {
                report.Error(new RowPlace(file, null, path), null, $"should be a list of {table.Words.ToLowerInvariant()} (a JSON array)");
                return [];
            }
            return json.EnumerateArray().Select((item, i) => Object(table, item, $"{path}[{i}]")).OfType<RawRow>().ToList();
        }

        // Numbers as written (12, 41.3), so the cell is read as a CSV cell would be.
        private string Scalar(JsonElement value, RowPlace place, string column)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return value.GetString()!;
                case JsonValueKind.Number: return value.GetRawText();
                case JsonValueKind.Null: return "";
                case JsonValueKind.True or JsonValueKind.False: return value.GetRawText();
                default:
                    report.Error(place, column, "should be a single value, not a list or an object");
                    return "";
            }
        }

        private static bool HasValue(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            JsonValueKind.String => value.GetString()!.Length > 0,
            _ => true,
        };
    }
}

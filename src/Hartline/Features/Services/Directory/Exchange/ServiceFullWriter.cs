using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Writes HSDS JSON: services.json, every service as a service_full object (HSDS §7), in id order. Each object has all
/// its table's columns (the back-references too, which HSDS allows, so a row nested in two places reads back as one),
/// then what the map nests in it, then its attributes with their term and the term's taxonomy.
/// </summary>
internal static class ServiceFullWriter
{
    public const string FileName = "services.json";

    private static readonly HsdsTable Attribute = HsdsTables.ByName["attribute"];
    private static readonly HsdsColumn LinkId = Attribute.Column("link_id")!;

    public static ExportFile Write(DirectorySnapshot directory) => ExchangeWriting.JsonFile(FileName, w =>
    {
        var services = HsdsTables.ByName["service"];
        w.WriteStartArray();
        foreach (var service in directory.Ordered(services)) Object(w, services, service, directory);
        w.WriteEndArray();
    });

    private static void Object(Utf8JsonWriter w, HsdsTable table, object row, DirectorySnapshot directory)
    {
        w.WriteStartObject();
        foreach (var column in table.Columns)
        {
            w.WritePropertyName(column.Name);
            ExchangeWriting.Value(w, column, row);
        }
        foreach (var embed in table.Embeds.Where(e => e.Written))
        {
            var nested = HsdsTables.ByName[embed.Table];
            w.WritePropertyName(embed.Property);
            if (embed.Many)
            {
                w.WriteStartArray();
                foreach (var child in directory.Children(nested, nested.Column(embed.Column)!, table.IdOf(row))) Object(w, nested, child, directory);
                w.WriteEndArray();
            }
            else if (table.Column(embed.Column)!.Read(row) is Guid id && directory.Find(nested, id) is { } one) Object(w, nested, one, directory);
            else w.WriteNullValue();
        }
        if (table.CarriesAttributes)
        {
            w.WriteStartArray("attributes");
            foreach (var attribute in directory.Children(Attribute, LinkId, table.IdOf(row)).Where(a => ((DirectoryAttribute)a).LinkEntity == table.Name))
                Object(w, Attribute, attribute, directory);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}

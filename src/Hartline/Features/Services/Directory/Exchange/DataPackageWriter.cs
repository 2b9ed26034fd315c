using System.Text;
using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Writes a tabular data package: datapackage.json describing the 14 tables (as the 3.0 descriptor does: name,
/// path, format, schema with primary key, fields and foreign keys) and one CSV file per table, rows in id order.
/// </summary>
/// <remarks>
/// Cells are written as they are, a leading "=", "+" or "-" included: this is a format for machines exchanging a
/// directory, and a phone number starts with "+". Guarding against spreadsheet formulas (as the audit export does)
/// would change the values, and the file would no longer import as the same directory.
/// </remarks>
internal static class DataPackageWriter
{
    public static IReadOnlyList<ExportFile> Write(DirectorySnapshot directory) =>
        [Descriptor(), .. HsdsTables.All.Select(t => Csv(t, directory))];

    public static ExportFile Csv(HsdsTable table, DirectorySnapshot directory)
    {
        var csv = new StringBuilder();
        Line(csv, table.Columns.Select(c => c.Name));
        foreach (var row in directory.Ordered(table)) Line(csv, table.Columns.Select(c => c.Text(row)));
        return new ExportFile(table.Path, ExchangeWriting.Utf8.GetBytes(csv.ToString()));
    }

    // RFC 4180: a value with a comma, a quote or a line break is quoted, its quotes doubled; so is one with spaces
    // around it, which a reader might trim. Lines end with "\n".
    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) csv.Append(',');
            first = false;
            var quote = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' ');
            if (quote) csv.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else csv.Append(cell);
        }
        csv.Append('\n');
    }

    public static ExportFile Descriptor() => ExchangeWriting.JsonFile(DataPackageReader.Descriptor, w =>
    {
        w.WriteStartObject();
        w.WriteString("name", "human_services_data");
        w.WriteString("title", "Service directory exported by Hartline");
        w.WriteString("profile", "tabular-data-package");
        w.WriteString("version", "3.0.0");
        w.WriteString("homepage", "https://docs.openreferral.org/en/latest/hsds/");
        w.WriteStartArray("resources");
        foreach (var table in HsdsTables.All) Resource(w, table);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Resource(Utf8JsonWriter w, HsdsTable table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", table.Path);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteString("profile", "tabular-data-resource");
        w.WriteStartObject("schema");
        w.WriteString("primaryKey", "id");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns) Field(w, column);
        w.WriteEndArray();
        w.WriteStartArray("foreignKeys");
        foreach (var column in table.Columns.Where(c => c is { References: not null, Declared: true }))
        {
            w.WriteStartObject();
            w.WriteString("fields", column.Name);
            w.WriteStartObject("reference");
            w.WriteString("resource", column.References);
            w.WriteString("fields", "id");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, HsdsColumn column)
    {
        w.WriteStartObject();
        w.WriteString("name", column.Name);
        w.WriteString("type", column.Kind.HsdsType);
        if ((column.Kind == CellKind.Uuid ? "uuid" : column.Format) is { } format) w.WriteString("format", format);
        if (!column.Kept) w.WriteString("description", "DEPRECATED in HSDS 3.0; Hartline does not keep it and writes it empty.");
        if (column.Required || column.Name == "id" || column.Kind is CellKind.ChoiceCell)
        {
            w.WriteStartObject("constraints");
            if (column.Required) w.WriteBoolean("required", true);
            if (column.Name == "id") w.WriteBoolean("unique", true);
            if (column.Kind is CellKind.ChoiceCell choice)
            {
                w.WriteStartArray("enum");
                foreach (var value in choice.Values) w.WriteStringValue(value);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}

using System.Text.Json;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// A report document as JSON: the document's facts, then each table with its columns and rows. A count cell is
/// <c>{"column": …, "count": 12}</c>, a withheld one <c>{"column": …, "count": null, "suppressed": "primary"}</c>; other
/// figures carry <c>"value"</c> and the column's <c>unit</c> says what it is (a share is a fraction).
/// </summary>
public static class ReportJson
{
    public static async Task WriteAsync(ReportDocument doc, Stream output)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("title", doc.Title);
        w.WriteString("jurisdiction", doc.Jurisdiction);
        w.WriteString("period", doc.PeriodCode ?? doc.Period);
        w.WriteString("periodLabel", doc.Period);
        w.WriteString("from", doc.From.ToString("yyyy-MM-dd"));
        w.WriteString("to", doc.To.ToString("yyyy-MM-dd"));
        w.WriteString("dataAsOf", doc.DataAsOf);
        w.WriteString("softwareVersion", doc.SoftwareVersion);
        if (doc.MinCell is { } n) w.WriteNumber("minCell", n); else w.WriteNull("minCell");
        w.WriteBoolean("published", doc.MinCell is not null);
        w.WriteStartArray("tables");
        foreach (var t in doc.Tables)
        {
            w.WriteStartObject();
            w.WriteString("key", t.Key);
            w.WriteString("title", t.Title);
            w.WriteString("rowHeading", t.RowHeading);
            if (t.Note is not null) w.WriteString("note", t.Note);
            w.WriteStartArray("columns");
            foreach (var c in t.Columns)
            {
                w.WriteStartObject();
                w.WriteString("key", c.Key);
                w.WriteString("heading", c.Heading);
                w.WriteString("unit", ReportCsv.Unit(c.Format));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var r in t.Rows)
            {
                w.WriteStartObject();
                w.WriteString("code", r.Code);
                w.WriteString("label", r.Label);
                if (r.IsTotal) w.WriteBoolean("total", true);
                w.WriteStartArray("cells");
                for (var i = 0; i < t.Columns.Count; i++)
                {
                    var (column, cell) = (t.Columns[i], r.Cells[i]);
                    w.WriteStartObject();
                    w.WriteString("column", column.Key);
                    var name = column.Format == CellFormat.Count ? "count" : "value";
                    if (cell.Value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
                    if (cell.Suppressed is { } s) w.WriteString("suppressed", s);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in doc.Notes)
        {
            w.WriteStartObject();
            w.WriteString("heading", note.Heading);
            w.WriteString("text", note.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

using System.Text;
using Hartline.Features.People.Deduplication;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Reads one CSV file of a data package into raw rows, with the project's RFC 4180 reader (<see cref="CsvRows"/>,
/// which reports a broken quote where it opens and goes on with the next line). Columns are found by their header
/// name, in any order; a column HSDS 3.0 does not have is noted and left out, never a reason to refuse.
/// </summary>
internal static class CsvTableReader
{
    // Bytes that are not UTF-8 become U+FFFD, which CsvRows reports as "save the file as UTF-8" with its place.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void Read(HsdsTable table, string path, byte[] bytes, List<RawRow> into, ImportReport report)
    {
        var text = Utf8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            report.Error(path, 1, null, "the file is empty: it needs at least the header line naming the columns");
            return;
        }
        var separator = CsvRows.DetectSeparator(text);
        if (separator != ',')
        {
            report.Error(path, 1, null, $"the columns are separated by {(separator == ';' ? "semicolons" : "tabs")}, but HSDS files separate them " +
                "with commas (in a spreadsheet, save as “CSV UTF-8 (comma delimited)”)");
            return;
        }
        var rows = new CsvRows(text, ',');
        var fields = new List<CsvField>();
        rows.Next(fields, out var fault);
        if (fault is not null)
        {
            report.Error(path, fault.Line, null, $"character {fault.Character} of the header: {fault.Message}");
            return;
        }
        var header = fields.Select(f => rows.Text(f).Trim().ToLowerInvariant()).ToList();
        if (!HeaderIsUsable(table, path, header, report)) return;

        while (rows.Next(fields, out fault))
        {
            if (fields.Count == 1 && fields[0] is { Length: 0, Quoted: false }) continue; // a blank line
            if (fault is not null)
            {
                report.Error(path, fault.Line, fault.Field < header.Count ? header[fault.Field] : null, $"character {fault.Character}: {fault.Message}");
                if (fault.ResumeOnNextLine) rows.ResumeAfterRowStart();
                continue;
            }
            if (fields.Count != header.Count)
            {
                report.Error(path, rows.RowLine, null, $"this row has {fields.Count} values but the header names {header.Count} columns" +
                    (fields.Count > header.Count ? " (a value with a comma in it must be in double quotes)" : ""));
                continue;
            }
            var row = new RawRow(table, new RowPlace(path, rows.RowLine));
            for (var i = 0; i < fields.Count; i++)
                if (table.Column(header[i]) is not null) row.Cells[header[i]] = new RawCell(rows.Text(fields[i]), fields[i].Line);
            into.Add(row);
        }
    }

    // Every column named once; unknown ones noted; the table's required columns present. A header that fails
    // stops the file: every row would repeat the same error.
    private static bool HeaderIsUsable(HsdsTable table, string path, List<string> header, ImportReport report)
    {
        var usable = true;
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                report.Error(path, 1, null, $"column {i + 1} of the header has no name");
                usable = false;
            }
            else if (header.IndexOf(header[i]) < i)
            {
                report.Error(path, 1, header[i], $"the header names this column twice (columns {header.IndexOf(header[i]) + 1} and {i + 1})");
                usable = false;
            }
            else if (table.Column(header[i]) is null)
                report.Note($"{path}: the column {header[i]} is not an HSDS 3.0 column of the {table.Name} table; its values were not kept.");
        }
        foreach (var missing in table.Columns.Where(c => c.Required && !header.Contains(c.Name)))
        {
            report.Error(path, 1, missing.Name, "the header lacks this column, which HSDS requires");
            usable = false;
        }
        return usable;
    }
}

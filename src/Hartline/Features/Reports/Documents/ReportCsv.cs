using System.Globalization;
using CsvHelper;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// A report document as CSV: one line per figure (table, row, column), so any spreadsheet or script can pivot it.
/// A withheld figure has an empty <c>count</c> and says why in <c>suppressed</c> (<c>primary</c> or
/// <c>complementary</c>). Text that a spreadsheet would run as a formula is neutralised.
/// </summary>
public static class ReportCsv
{
    public static readonly string[] Header = ["period", "table", "code", "category", "column", "count", "unit", "suppressed"];

    public static async Task WriteAsync(ReportDocument doc, TextWriter writer)
    {
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var h in Header) csv.WriteField(h);
            csv.EndRecord();
            var period = doc.PeriodCode ?? $"{doc.From:yyyy-MM-dd}..{doc.To:yyyy-MM-dd}";
            foreach (var table in doc.Tables)
                foreach (var row in table.Rows)
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        var (column, cell) = (table.Columns[i], row.Cells[i]);
                        csv.WriteField(period);
                        csv.WriteField(table.Key);
                        csv.WriteField(SpreadsheetCell.Guard(row.Code));
                        csv.WriteField(SpreadsheetCell.Guard(row.Label));
                        csv.WriteField(column.Key);
                        csv.WriteField(cell.Value is { } v ? Number(v, column.Format) : "");
                        csv.WriteField(Unit(column.Format));
                        csv.WriteField(cell.Suppressed ?? "");
                        csv.EndRecord();
                    }
            csv.Flush();
        }
        await writer.FlushAsync();
    }

    /// <summary>Counts as whole numbers; shares as fractions; clocks to one decimal: machine-readable, no grouping.</summary>
    private static string Number(double value, CellFormat format) => format switch
    {
        CellFormat.Count => value.ToString("0", CultureInfo.InvariantCulture),
        CellFormat.Percent => value.ToString("0.####", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    public static string Unit(CellFormat format) => format switch
    {
        CellFormat.Count => "count",
        CellFormat.Percent => "fraction",
        CellFormat.Hours => "hours",
        CellFormat.Days => "days",
        _ => "number",
    };
}

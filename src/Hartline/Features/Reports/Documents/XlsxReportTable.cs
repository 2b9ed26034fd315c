using DocumentFormat.OpenXml.Spreadsheet;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// One report table as a worksheet: its title, then a frozen header row (the row heading and the column headings),
/// then a row per category. Figures are numbers in the column's format (a percent as its fraction, so sums and charts
/// work); a missing figure is an empty cell; a withheld one is the word "withheld", and then a last column says why.
/// </summary>
internal static class XlsxReportTable
{
    public static XlsxSheet Sheet(ReportTable table, XlsxStyles styles)
    {
        var sheet = new XlsxSheet { FrozenRows = 2 };
        var anyWithheld = table.Rows.Any(r => r.Cells.Any(c => c.IsWithheld));
        sheet.Row(XlsxSheet.Text(table.Title, styles.Title));
        sheet.Row([
            XlsxSheet.Text(table.RowHeading, styles.Header),
            .. table.Columns.Select(c => XlsxSheet.Text(c.Heading, styles.HeaderFigure)),
            .. anyWithheld ? [XlsxSheet.Text(ReportXlsx.WithheldBecause, styles.Header)] : Array.Empty<Cell>(),
        ]);
        foreach (var row in table.Rows)
        {
            var cells = new List<Cell?> { XlsxSheet.Text(row.Label, row.IsTotal ? styles.TotalLabel : styles.Label) };
            for (var c = 0; c < table.Columns.Count; c++) cells.Add(Figure(CellAt(row, c), table.Columns[c].Format, row.IsTotal, styles));
            if (anyWithheld)
            {
                var why = WhyWithheld(table, row);
                cells.Add(why.Length > 0 ? XlsxSheet.Text(why, row.IsTotal ? styles.TotalEmpty : styles.Label)
                    : row.IsTotal ? XlsxSheet.Empty(styles.TotalEmpty) : null);
            }
            sheet.Row([.. cells]);
        }
        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            sheet.Blank();
            sheet.Row(XlsxSheet.Text($"Note: {table.Note}"));
        }
        Widths(sheet, table, anyWithheld);
        return sheet;
    }

    /// <summary>What the cell holds: never a withheld cell's value, even when the model still carries one.</summary>
    private static Cell? Figure(ReportCell cell, CellFormat format, bool total, XlsxStyles styles)
    {
        if (cell.IsWithheld) return XlsxSheet.Text(ReportCellText.Withheld, total ? styles.WithheldTotal : styles.Withheld);
        if (cell.Value is { } value) return XlsxSheet.Number(value, styles.Figure(format, total));
        return total ? XlsxSheet.Empty(styles.TotalEmpty) : null;
    }

    /// <summary>
    /// Why a row's cells are withheld, in words: "small count" (primary: the count itself is below the threshold) or
    /// "protects a small count" (complementary); with several columns, each named.
    /// </summary>
    public static string WhyWithheld(ReportTable table, ReportTableRow row)
    {
        var reasons = table.Columns.Select((col, c) => (col.Heading, Cell: CellAt(row, c)))
            .Where(x => x.Cell.IsWithheld)
            .Select(x => (x.Heading, Reason: Reason(x.Cell.Suppressed!)))
            .ToList();
        return table.Columns.Count == 1
            ? string.Join("; ", reasons.Select(r => r.Reason))
            : string.Join("; ", reasons.Select(r => $"{r.Heading}: {r.Reason}"));
    }

    private static string Reason(string suppressed) => suppressed switch
    {
        "primary" => "small count",
        "complementary" => "protects a small count",
        _ => suppressed,
    };

    private static ReportCell CellAt(ReportTableRow row, int column) => column < row.Cells.Count ? row.Cells[column] : ReportCell.Missing;

    /// <summary>Widths in characters from what the columns hold, so labels read whole; longer ones and long headings wrap.</summary>
    private static void Widths(XlsxSheet sheet, ReportTable table, bool anyWithheld)
    {
        static double Clamp(double chars, double least, double most) => Math.Clamp(chars, least, most);
        sheet.Width(0, Clamp(table.Rows.Select(r => r.Label.Length).Append(table.RowHeading.Length).Max() + 2, 14, 60));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var figures = table.Rows.Select(r => ReportCellText.Format(CellAt(r, c), column.Format).Length).DefaultIfEmpty(0).Max();
            sheet.Width(c + 1, Clamp(Math.Max(figures, Math.Min(column.Heading.Length, 24)) + 3, 10, 28));
        }
        if (anyWithheld)
            sheet.Width(table.Columns.Count + 1,
                Clamp(table.Rows.Select(r => WhyWithheld(table, r).Length).Append(ReportXlsx.WithheldBecause.Length).Max() + 2, 16, 60));
    }
}

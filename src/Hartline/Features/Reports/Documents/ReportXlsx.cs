using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// The report as an Excel workbook for people who work the figures further: an "About" sheet (what, where, when,
/// whether figures are withheld), one sheet per table with real numbers in the page's number formats, and a "Notes"
/// sheet. A withheld cell is the word "withheld", never its value, and a "Withheld because" column says why.
/// </summary>
public static class ReportXlsx
{
    public const string AboutSheet = "About", NotesSheet = "Notes", WithheldBecause = "Withheld because";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>, which may be any writable stream (an HTTP response too: the
    /// workbook is built in memory first, as the zip package needs to seek). The stream is left open.
    /// </summary>
    public static void Write(ReportDocument doc, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = doc.Title;
            package.PackageProperties.Creator = "Hartline";
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = new XlsxStyles();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();

            var names = new XlsxSheetNames();
            var about = names.Take(AboutSheet, AboutSheet);
            var notes = names.Take(NotesSheet, NotesSheet);
            var tables = doc.Tables.Select((t, i) => (Table: t, Name: names.Take(t.Title, $"Table {i + 1}"))).ToList();

            var sheets = new List<(string Name, XlsxSheet Sheet)> { (about, About(doc, tables.Select(t => (t.Name, t.Table.Title)), styles)) };
            sheets.AddRange(tables.Select(t => (t.Name, XlsxReportTable.Sheet(t.Table, styles))));
            sheets.Add((notes, Notes(doc, styles)));

            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, sheet) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.Build();
                list.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static XlsxSheet About(ReportDocument doc, IEnumerable<(string Sheet, string Title)> tables, XlsxStyles styles)
    {
        var sheet = new XlsxSheet();
        sheet.Width(0, 24);
        sheet.Width(1, 90);
        sheet.Row(XlsxSheet.Text(doc.Title, styles.Title));
        sheet.Blank();
        void Fact(string name, string value) => sheet.Row(XlsxSheet.Text(name, styles.Strong), XlsxSheet.Text(value, styles.Paragraph));
        Fact("Jurisdiction", doc.Jurisdiction);
        Fact("Period", doc.Period);
        Fact("From", doc.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact("To", doc.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact("Data as of", doc.DataAsOf.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        Fact("Software version", $"Hartline {doc.SoftwareVersion}");
        Fact("Figures", DisclosureNotice.For(doc.MinCell));
        if (doc.MinCell is { } n)
            sheet.Row(XlsxSheet.Text("Disclosure threshold (N)", styles.Strong), XlsxSheet.Number(n, styles.Figure(CellFormat.Count, total: false)));
        sheet.Blank();
        sheet.Row(XlsxSheet.Text("Sheet", styles.Header), XlsxSheet.Text("Table", styles.Header));
        foreach (var (name, title) in tables) sheet.Row(XlsxSheet.Text(name), XlsxSheet.Text(title));
        sheet.Row(XlsxSheet.Text(NotesSheet), XlsxSheet.Text("Definitions, counting rules and why figures are withheld"));
        return sheet;
    }

    /// <summary>Every note: the tables' own first (named by their titles), then the document's.</summary>
    private static XlsxSheet Notes(ReportDocument doc, XlsxStyles styles)
    {
        var sheet = new XlsxSheet { FrozenRows = 1 };
        sheet.Width(0, 36);
        sheet.Width(1, 100);
        sheet.Row(XlsxSheet.Text("Note", styles.Header), XlsxSheet.Text("Text", styles.Header));
        foreach (var table in doc.Tables.Where(t => !string.IsNullOrWhiteSpace(t.Note)))
            sheet.Row(XlsxSheet.Text(table.Title, styles.Strong), XlsxSheet.Text(table.Note!, styles.Paragraph));
        foreach (var note in doc.Notes)
            sheet.Row(XlsxSheet.Text(note.Heading, styles.Strong), XlsxSheet.Text(note.Text, styles.Paragraph));
        return sheet;
    }
}

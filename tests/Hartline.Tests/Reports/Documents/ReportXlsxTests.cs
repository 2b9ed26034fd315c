using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Hartline.Features;
using Hartline.Features.Reports.Documents;

namespace Hartline.Tests.Reports.Documents;

/// <summary>The report workbook, opened again with the Open XML SDK and read as a spreadsheet application would.</summary>
public sealed class ReportXlsxTests
{
    private static readonly ReportDocument Doc = ReportSample.Document();

    private static SpreadsheetDocument Open(ReportDocument doc)
    {
        var bytes = new MemoryStream();
        ReportXlsx.Write(doc, bytes);
        return SpreadsheetDocument.Open(new MemoryStream(bytes.ToArray()), false);
    }

    private static Worksheet Sheet(SpreadsheetDocument book, string name)
    {
        var sheet = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell? At(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>What the cell shows as text: an inline or shared string, or the raw number.</summary>
    private static string? Text(SpreadsheetDocument book, Cell? cell)
    {
        if (cell is null) return null;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString!.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
            return book.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
        return cell.CellValue?.Text;
    }

    private static double Number(Cell? cell)
    {
        Assert.NotNull(cell);
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not a number");
        return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    private static DocumentFormat.OpenXml.Spreadsheet.CellFormat Style(SpreadsheetDocument book, Cell cell) =>
        book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>()
            .ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static string NumberFormat(SpreadsheetDocument book, Cell cell)
    {
        var id = Style(book, cell).NumberFormatId?.Value ?? 0;
        Assert.True(id >= 164, $"{cell.CellReference}: number format {id} is not one the workbook defines");
        return book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }

    private static bool Bold(SpreadsheetDocument book, Cell cell) =>
        book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)(Style(book, cell).FontId?.Value ?? 0)).Elements<Bold>().Any();

    [Fact]
    public void Sheets_are_about_then_one_per_table_then_notes_with_names_a_spreadsheet_accepts()
    {
        using var book = Open(Doc);
        var names = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["About", "Referrals by source", "Days and hours from referral to", "Youth referred by week",
            "From referral to services", "Region North South draft", "Referrals by source (2)", "Notes"], names);
        Assert.All(names, n => Assert.True(n.Length is > 0 and <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Doc.Title, book.PackageProperties.Title);
    }

    /// <summary>What Excel would "repair" (and so warn about) shows here as a schema error.</summary>
    [Fact]
    public void The_workbook_is_valid_against_the_spreadsheet_schema()
    {
        using var book = Open(Doc);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_about_sheet_says_what_where_when_and_that_figures_are_withheld_under_N()
    {
        using var book = Open(Doc);
        var about = Sheet(book, "About");
        var facts = about.Descendants<Row>().Where(r => r.Elements<Cell>().Count() >= 2)
            .ToDictionary(r => Text(book, r.Elements<Cell>().First())!, r => Text(book, r.Elements<Cell>().ElementAt(1)));
        Assert.Equal(Doc.Title, Text(book, At(about, "A1")));
        Assert.Equal("Connecticut", facts["Jurisdiction"]);
        Assert.Equal("2025 Q1", facts["Period"]);
        Assert.Equal("2025-01-01", facts["From"]);
        Assert.Equal("2025-03-31", facts["To"]);
        Assert.Equal("2025-04-02 09:15 UTC-04:00", facts["Data as of"]);
        Assert.Contains("1.4.0-test", facts["Software version"]);
        Assert.Contains("counts from 1 to 4 are withheld", facts["Figures"]);
        Assert.Equal("5", facts["Disclosure threshold (N)"]);

        using var exact = Open(ReportSample.Document(minCell: null));
        var exactFacts = Sheet(exact, "About").Descendants<Row>().Where(r => r.Elements<Cell>().Count() >= 2)
            .ToDictionary(r => Text(exact, r.Elements<Cell>().First())!, r => Text(exact, r.Elements<Cell>().ElementAt(1)));
        Assert.StartsWith("Exact figures", exactFacts["Figures"]);
        Assert.False(exactFacts.ContainsKey("Disclosure threshold (N)"));
    }

    [Fact]
    public void A_table_has_a_bold_frozen_header_and_its_figures_as_numbers_in_the_page_formats()
    {
        using var book = Open(Doc);
        var sheet = Sheet(book, "Referrals by source");
        Assert.Equal("Referrals by source", Text(book, At(sheet, "A1")));
        Assert.Equal(new[] { "Source", "Referrals", "Share of referrals", ReportXlsx.WithheldBecause },
            new[] { "A2", "B2", "C2", "D2" }.Select(r => Text(book, At(sheet, r))));
        Assert.All(["A2", "B2", "C2", "D2"], r => Assert.True(Bold(book, At(sheet, r)!), r));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(2, pane.VerticalSplit!.Value);

        Assert.Equal("Police", Text(book, At(sheet, "A3")));
        Assert.Equal(12, Number(At(sheet, "B3")));
        Assert.Equal("#,##0", NumberFormat(book, At(sheet, "B3")!));
        Assert.Equal(0.4, Number(At(sheet, "C3"))); // the fraction, shown as 40.0 %
        Assert.Equal("0.0%", NumberFormat(book, At(sheet, "C3")!));
        Assert.False(Bold(book, At(sheet, "B3")!));

        // The total row (the last) is bold, label and figures.
        var total = sheet.Descendants<Row>().Single(r => Text(book, r.Elements<Cell>().First()) == "All referrals");
        Assert.All(total.Elements<Cell>().Take(3), c => Assert.True(Bold(book, c), c.CellReference));
        Assert.Equal(1234, Number(total.Elements<Cell>().ElementAt(1)));

        var timings = Sheet(book, "Days and hours from referral to");
        Assert.Equal("Days and hours from referral to first contact with the youth", Text(book, At(timings, "A1")));
        Assert.Equal(2.5, Number(At(timings, "B3")));
        Assert.Equal("#,##0.0", NumberFormat(book, At(timings, "B3")!));
        Assert.Equal(1502.5, Number(At(timings, "C4")));
        Assert.Equal("#,##0.0", NumberFormat(book, At(timings, "C4")!));
        Assert.Equal(2.125, Number(At(timings, "D4")));
        Assert.Equal("0.00", NumberFormat(book, At(timings, "D4")!));
        // Nothing withheld here: no "Withheld because" column.
        Assert.Null(At(timings, "E2"));
    }

    [Fact]
    public void A_missing_figure_is_an_empty_cell()
    {
        using var book = Open(Doc);
        var timings = Sheet(book, "Days and hours from referral to");
        Assert.Equal("Not recorded", Text(book, At(timings, "A5")));
        Assert.True(At(timings, "B5") is null || At(timings, "B5")!.CellValue is null && At(timings, "B5")!.InlineString is null);
        Assert.Equal(3.5, Number(At(timings, "C5")));
        Assert.True(At(timings, "D5") is null || At(timings, "D5")!.CellValue is null && At(timings, "D5")!.InlineString is null);
    }

    [Fact]
    public void A_withheld_cell_is_the_word_withheld_says_why_and_its_value_is_nowhere_in_the_workbook()
    {
        using var book = Open(Doc);
        var sheet = Sheet(book, "Referrals by source");
        var row = sheet.Descendants<Row>().Single(r => Text(book, r.Elements<Cell>().First()) == ReportSample.WithheldLabel);
        var cells = row.Elements<Cell>().ToList();
        Assert.Equal(ReportCellText.Withheld, Text(book, cells[1]));
        Assert.Equal(ReportCellText.Withheld, Text(book, cells[2]));
        Assert.Equal(CellValues.InlineString, cells[1].DataType!.Value);
        Assert.Equal("Referrals: small count; Share of referrals: protects a small count", Text(book, cells[3]));
        // A row with nothing withheld says nothing there.
        var police = sheet.Descendants<Row>().Single(r => Text(book, r.Elements<Cell>().First()) == "Police");
        Assert.True(police.Elements<Cell>().Count() == 3 || string.IsNullOrEmpty(Text(book, police.Elements<Cell>().ElementAt(3))));

        foreach (var part in book.WorkbookPart!.WorksheetParts)
        {
            var xml = part.Worksheet.OuterXml;
            Assert.DoesNotContain("7321", xml);
            Assert.DoesNotContain("0.0917", xml);
        }
    }

    [Fact]
    public void Labels_that_look_like_formulas_are_text_with_a_leading_apostrophe_and_no_cell_is_a_formula()
    {
        using var book = Open(Doc);
        var sheet = Sheet(book, "Referrals by source");
        var labels = sheet.Descendants<Row>().Skip(2).Select(r => r.Elements<Cell>().First()).ToList();
        foreach (var formula in ReportSample.FormulaLabels)
        {
            var cell = labels.Single(c => Text(book, c)!.EndsWith(formula, StringComparison.Ordinal));
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal("'" + formula, Text(book, cell));
            Assert.Equal(SpreadsheetCell.Guard(formula), Text(book, cell));
        }
        Assert.Equal("Police", Text(book, labels[0])); // ordinary words are left alone
        Assert.Contains(labels, c => Text(book, c) == ReportSample.Unicode);
        foreach (var part in book.WorkbookPart!.WorksheetParts)
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public void The_notes_sheet_has_every_note_of_the_document_and_of_the_tables()
    {
        using var book = Open(Doc);
        var notes = Sheet(book, "Notes");
        var rows = notes.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(book, c)).ToList()).ToList();
        Assert.Equal(["Note", "Text"], rows[0]);
        foreach (var note in Doc.Notes) Assert.Contains(rows, r => r[0] == note.Heading && r[1] == note.Text);
        foreach (var table in Doc.Tables.Where(t => t.Note is not null))
            Assert.Contains(rows, r => r[0] == table.Title && r[1] == table.Note);
    }

    [Fact]
    public void Label_columns_are_wide_enough_to_read_and_control_characters_do_not_break_the_file()
    {
        var odd = ReportSample.Document() with
        {
            Tables = [ReportSample.Funnel() with { Rows = [new("x", "\u0001=1+1 label\u0008", [new ReportCell(3)])] }],
        };
        using var book = Open(odd);
        var sheet = Sheet(book, "From referral to services");
        // The control characters (not allowed in XML) are dropped first, so what is left is still guarded.
        Assert.Equal("'=1+1 label", Text(book, At(sheet, "A3")));

        using var full = Open(Doc);
        var weeks = Sheet(full, "Youth referred by week");
        var width = weeks.Descendants<Column>().Single(c => c.Min!.Value == 1).Width!.Value;
        Assert.InRange(width, 14, 60);
        Assert.True(width >= "Week 40".Length + 2);
    }
}

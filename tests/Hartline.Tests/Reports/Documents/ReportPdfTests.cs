using System.Diagnostics;
using Hartline.Features.Reports.Documents;
using Hartline.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace Hartline.Tests.Reports.Documents;

/// <summary>
/// The report PDF read back with PdfPig as a reader's viewer would: the words on each line of each page, where they
/// stand, the pictures. Lines are compared whole, so a figure in the wrong row, a figure that should be withheld or a
/// label cut short shows as a line that is not there.
/// </summary>
public sealed class ReportPdfTests(ITestOutputHelper output)
{
    private const double Margin = 54; // the layout's margin, in points
    private static readonly ReportDocument Doc = ReportSample.Document();
    private static readonly Lazy<byte[]> Written = new(() => Write(Doc));

    private static byte[] Write(ReportDocument doc, Func<ReportTable, byte[]?>? chart = null)
    {
        using var stream = new MemoryStream();
        ReportPdf.Write(doc, stream, chart);
        return stream.ToArray();
    }

    /// <summary>A line of a page: its words left to right, one space apart, and the words themselves.</summary>
    private sealed record Line(int Page, string Text, IReadOnlyList<Word> Words);

    private static List<Line> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<Line>();
        foreach (var page in document.GetPages())
        {
            // Words whose baselines are within a point of each other share a line (regular and bold figures alike).
            var group = new List<Word>();
            foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
            {
                if (group.Count > 0 && Math.Abs(group[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > 1) Flush();
                group.Add(word);
            }
            Flush();

            void Flush()
            {
                if (group.Count == 0) return;
                var words = group.OrderBy(w => w.BoundingBox.Left).ToList();
                lines.Add(new Line(page.Number, string.Join(" ", words.Select(w => w.Text)), words));
                group = [];
            }
        }
        return lines;
    }

    private static string Expected(ReportTable table, ReportTableRow row) =>
        string.Join(" ", new[] { row.Label }.Concat(table.Columns.Select((c, i) => ReportCellText.Format(row.Cells[i], c.Format))));

    [Fact]
    public void The_first_page_says_what_where_when_how_fresh_and_that_small_counts_are_withheld()
    {
        var pdf = Written.Value;
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(Doc.Title, document.Information.Title);
        var first = PdfText.Pages(pdf)[0];
        foreach (var expected in new[] { Doc.Title, "Connecticut", "Period: 2025 Q1 (January 1, 2025 to March 31, 2025)",
                     "Figures as of April 2, 2025, 09:15 (UTC-04:00)", "Hartline 1.4.0-test", "counts from 1 to 4 are withheld" })
            Assert.Contains(expected, first);

        var exact = PdfText.Pages(Write(ReportSample.Document(minCell: null)))[0];
        Assert.Contains("Exact figures, without disclosure control", exact);
        Assert.DoesNotContain("are withheld", exact);
    }

    [Fact]
    public void Every_table_row_is_one_line_with_its_label_and_its_figures_as_the_page_shows_them()
    {
        var lines = Lines(Written.Value).Select(l => l.Text).ToList();
        var text = PdfText.Of(Written.Value);
        for (var i = 0; i < Doc.Tables.Count; i++)
        {
            var table = Doc.Tables[i];
            Assert.Contains($"Table {i + 1}. {table.Title}", text);
            Assert.All(table.Columns.SelectMany(c => c.Heading.Split(' ')), word => Assert.Contains(word, text));
            foreach (var row in table.Rows.Where(r => r.Label is not (ReportSample.LongLabel or ReportSample.LongWord or ReportSample.Unicode)))
                Assert.Contains(Expected(table, row), lines);
        }
        Assert.Contains("Source Referrals Share of referrals", lines); // the header row
        Assert.Contains("Not recorded — 3.5 —", lines); // missing figures as a dash
        Assert.Contains("Region 2 – South Central 4.0 1,502.5 2.13", lines);
        Assert.Contains("All referrals 1,234 100.0%", lines);
    }

    [Fact]
    public void A_withheld_cell_reads_withheld_and_its_value_is_written_nowhere()
    {
        var lines = Lines(Written.Value);
        var school = lines.Where(l => l.Words[0].Text == ReportSample.WithheldLabel).ToList();
        Assert.Equal(2, school.Count); // the sources table is in the sample twice
        Assert.All(school, l => Assert.Equal("School withheld withheld", l.Text));
        var text = PdfText.Of(Written.Value);
        foreach (var hidden in new[] { "7321", "7,321", "9.2%", "0.0917" }) Assert.DoesNotContain(hidden, text);
    }

    [Fact]
    public void Figures_are_right_aligned_and_bold_totals_too()
    {
        var lines = Lines(Written.Value);
        // Weeks 01 to 40 but the two with long labels, over several pages.
        var rights = lines.Where(l => l.Words.Count == 3 && l.Words[0].Text == "Week" && char.IsDigit(l.Words[1].Text[0]))
            .Select(l => l.Words[^1].BoundingBox.Right).ToList();
        Assert.Equal(38, rights.Count);
        Assert.True(rights.Max() - rights.Min() < 0.5, $"figure right edges from {rights.Min()} to {rights.Max()}");

        var police = lines.First(l => l.Text == "Police 12 40.0%");
        var total = lines.First(l => l.Text == "All referrals 1,234 100.0%");
        Assert.True(Math.Abs(police.Words[^1].BoundingBox.Right - total.Words[^1].BoundingBox.Right) < 0.5);
        Assert.Contains("Bold", total.Words[^1].FontName);
        Assert.Contains("Bold", total.Words[0].FontName);
        Assert.DoesNotContain("Bold", police.Words[^1].FontName);
    }

    [Fact]
    public void A_long_table_runs_over_pages_with_its_header_again_and_every_page_is_numbered()
    {
        var pages = PdfText.Pages(Written.Value);
        Assert.True(pages.Count > 2, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);

        var lines = Lines(Written.Value);
        var continued = lines.Where(l => l.Text == "Table 3. Youth referred by week (continued)").ToList();
        Assert.NotEmpty(continued);
        foreach (var c in continued)
        {
            var header = lines.FindIndex(l => l.Page == c.Page && l.Text == "Week Youth referred");
            Assert.True(header >= 0, $"no header on page {c.Page}");
        }
        // Every week is there once, with its own count, wherever the page broke.
        var weeks = ReportSample.Weeks(40);
        foreach (var row in weeks.Rows.Where(r => r.Label.StartsWith("Week ")))
            Assert.Single(lines, l => l.Text == Expected(weeks, row));
    }

    [Fact]
    public void Long_labels_wrap_within_the_margins_and_are_never_cut()
    {
        var pdf = Written.Value;
        var lines = Lines(pdf);
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
            foreach (var word in page.GetWords())
                Assert.True(word.BoundingBox.Left >= Margin - 1 && word.BoundingBox.Right <= page.Width - Margin + 1,
                    $"'{word.Text}' on page {page.Number} runs into the margin ({word.BoundingBox.Left:0.0}–{word.BoundingBox.Right:0.0})");

        // The long label: several lines, all its words in order, its figure on its first line.
        var first = lines.FindIndex(l => l.Text.StartsWith("Referred by a community"));
        Assert.True(first >= 0);
        var label = lines.Skip(first).TakeWhile(l => !l.Text.StartsWith("Week ")).ToList();
        Assert.True(label.Count > 1, "the long label is on one line");
        Assert.EndsWith(ReportCellText.Format(ReportSample.WeekCount(7), CellFormat.Count), label[0].Text);
        var words = string.Join(" ", label.SelectMany(l => l.Words).Select(w => w.Text)
            .Where(w => w != ReportCellText.Format(ReportSample.WeekCount(7), CellFormat.Count)));
        Assert.Equal(ReportSample.LongLabel, words);

        // The link without spaces is broken between characters, and nothing of it is lost.
        var link = lines.FindIndex(l => l.Text.StartsWith("https://"));
        var pieces = lines.Skip(link).TakeWhile(l => !l.Text.StartsWith("Week ")).ToList();
        Assert.True(pieces.Count > 1);
        Assert.Equal(ReportSample.LongWord, string.Concat(pieces.Select(l => l.Words[0].Text)));
    }

    [Fact]
    public void The_notes_come_last_each_table_note_and_every_note_of_the_document()
    {
        var pages = PdfText.Pages(Written.Value);
        var last = string.Join(" ", pages.Skip(pages.Count - 2));
        var notes = last[last.LastIndexOf("Notes", StringComparison.Ordinal)..];
        foreach (var note in Doc.Notes)
        {
            Assert.Contains(note.Heading, notes);
            Assert.Contains(note.Text, notes);
        }
        Assert.Contains("Table 1. Referrals by source " + Doc.Tables[0].Note, notes);
        Assert.Contains("Table 3. Youth referred by week " + Doc.Tables[2].Note, notes);
    }

    [Fact]
    public void Letters_of_any_script_and_an_emoji_do_not_stop_the_pdf()
    {
        var lines = Lines(Written.Value);
        var line = lines.First(l => l.Words[0].Text == "Mañana");
        Assert.EndsWith("8 26.7%", line.Text);
        // Drawn and extractable, if not shaped: the Arabic letters (in whatever order) and the accent on its e.
        // (Compared as written: the application runs with invariant globalization, which does not normalise.)
        Assert.All("عربى", letter => Assert.Contains(letter, line.Text));
        Assert.Contains("e\u0301", line.Text);
    }

    [Fact]
    public void A_chart_is_drawn_under_its_table_at_the_text_width_on_one_page()
    {
        var png = Png(600, 300);
        var pdf = Write(Doc, t => t.Key == "sources" ? png : null);
        using var document = PdfDocument.Open(pdf);
        var images = document.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).ToList();
        var (page, image) = Assert.Single(images);
        Assert.Equal(600, image.WidthInSamples);
        Assert.Equal(300, image.HeightInSamples);
        Assert.Equal(page.Width - 2 * Margin, image.BoundingBox.Width, 1);
        Assert.Equal(image.BoundingBox.Width / 2, image.BoundingBox.Height, 1);
        Assert.True(image.BoundingBox.Bottom >= Margin - 1 && image.BoundingBox.Top <= page.Height - Margin + 1);

        // Under the table: below its total row, on the same page.
        var total = Lines(pdf).First(l => l.Text == "All referrals 1,234 100.0%");
        Assert.Equal(page.Number, total.Page);
        Assert.True(image.BoundingBox.Top < total.Words[0].BoundingBox.Bottom);

        using var without = PdfDocument.Open(Written.Value);
        Assert.Empty(without.GetPages().SelectMany(p => p.GetImages()));
    }

    [Fact]
    public void A_chart_taller_than_a_page_is_scaled_down_to_fit_one()
    {
        var pdf = Write(Doc, t => t.Key == "funnel" ? Png(200, 2000) : null);
        using var document = PdfDocument.Open(pdf);
        var (page, image) = document.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).Single();
        Assert.True(image.BoundingBox.Bottom >= Margin - 1 && image.BoundingBox.Top <= page.Height - Margin + 1, $"{image.BoundingBox}");
        Assert.Equal(image.BoundingBox.Height / 10, image.BoundingBox.Width, 1);
    }

    [Fact]
    public void Fifteen_tables_are_written_well_within_a_request()
    {
        // Fonts loaded and code compiled first: the time measured is a request's, not the first one's.
        ReportPdf.Write(ReportSample.Document(), Stream.Null);
        ReportXlsx.Write(ReportSample.Document(), Stream.Null);
        var doc = ReportSample.Document() with
        {
            Tables = [.. Enumerable.Range(0, 15).Select(i => ReportSample.Weeks(25) with { Key = $"t{i}", Title = $"Table of weeks {i}" })],
        };
        var chart = Png(1200, 600);
        var clock = Stopwatch.StartNew();
        using var pdf = new MemoryStream();
        ReportPdf.Write(doc, pdf, _ => chart);
        var pdfTime = clock.Elapsed;
        clock.Restart();
        ReportPdf.Write(doc, Stream.Null);
        var tablesOnly = clock.Elapsed;
        clock.Restart();
        using var xlsx = new MemoryStream();
        ReportXlsx.Write(doc, xlsx);
        var xlsxTime = clock.Elapsed;
        output.WriteLine($"15 tables of 25 rows: PDF {pdfTime.TotalMilliseconds:0} ms with a 1200×600 chart each ({pdf.Length / 1024} KiB), " +
            $"{tablesOnly.TotalMilliseconds:0} ms without; XLSX {xlsxTime.TotalMilliseconds:0} ms ({xlsx.Length / 1024} KiB)");
        Assert.True(pdfTime < TimeSpan.FromSeconds(10), $"PDF took {pdfTime}");
        Assert.True(xlsxTime < TimeSpan.FromSeconds(10), $"XLSX took {xlsxTime}");
        Assert.Equal(15, PdfDocument.Open(pdf.ToArray()).GetPages().Sum(p => p.GetImages().Count()));
        SaveSample(Write(ReportSample.Document(), t => t.Chart == ChartKind.None ? null : Png(900, 420)), "report.pdf");
        using var sampleXlsx = new MemoryStream();
        ReportXlsx.Write(ReportSample.Document(), sampleXlsx);
        SaveSample(sampleXlsx.ToArray(), "report.xlsx");
    }

    /// <summary>With HARTLINE_DOCS_SAMPLE set to a folder, keeps the sample documents there to look at.</summary>
    private static void SaveSample(byte[] bytes, string name)
    {
        if (Environment.GetEnvironmentVariable("HARTLINE_DOCS_SAMPLE") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    /// <summary>A PNG of bars on white, as a chart would be.</summary>
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x2a, 0x6f, 0x97) };
            for (var i = 0; i < 5; i++) canvas.DrawRect(20 + i * width / 6, height * (0.2f + i * 0.12f), width / 8, height * (0.75f - i * 0.12f), paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

using System.Globalization;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// The report as a PDF for people: what it covers and how far it can be trusted at the top, then each table (with its
/// chart when the caller draws one), then the notes a reader needs to read the figures right. Figures read exactly as
/// on the page (<see cref="ReportCellText"/>); a withheld cell reads "withheld" and its value is never written.
/// </summary>
public static class ReportPdf
{
    private const double ChartGap = 8;

    // The invariant culture writes English month names (the application runs with invariant globalization).
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <param name="chartPng">The chart of a table as PNG bytes, or null for none; drawn under the table at the text width.</param>
    public static void Write(ReportDocument doc, Stream output, Func<ReportTable, byte[]?>? chartPng = null)
    {
        using var layout = new PdfLayout(doc.Title, $"{doc.Title} – {doc.Jurisdiction} – {doc.Period}");
        Masthead(layout, doc);
        for (var i = 0; i < doc.Tables.Count; i++)
        {
            var table = doc.Tables[i];
            using var chart = chartPng?.Invoke(table) is { Length: > 0 } png ? PdfLayout.Image(png) : null;
            var drawing = new ReportPdfTable(layout, table, Caption(i, table));
            // A table and its chart that fit on one page start on a page that holds both, rather than leave the
            // chart alone at the top of the next; a longer table runs over pages and its chart follows it.
            var whole = drawing.Height + (chart is null ? 0 : ChartGap + layout.PictureHeight(chart));
            if (whole <= layout.BodyHeight) layout.KeepTogether(whole);
            drawing.Draw();
            if (chart is not null)
            {
                layout.Space(ChartGap);
                layout.Picture(chart);
            }
            layout.Space(18);
        }
        Notes(layout, doc);
        layout.Save(output);
    }

    private static void Masthead(PdfLayout layout, ReportDocument doc)
    {
        layout.Text(doc.Title, PdfStyle.Title);
        layout.Text(doc.Jurisdiction, PdfStyle.Heading);
        layout.Space(4);
        layout.Text($"Period: {doc.Period} ({doc.From.ToString("MMMM d, yyyy", English)} to {doc.To.ToString("MMMM d, yyyy", English)})");
        layout.Text($"Figures as of {doc.DataAsOf.ToString("MMMM d, yyyy, HH:mm", English)} (UTC{doc.DataAsOf:zzz})");
        layout.Text($"Produced by Hartline {doc.SoftwareVersion}");
        layout.Space(4);
        layout.Text(DisclosureNotice.For(doc.MinCell), PdfStyle.Strong);
        layout.Rule();
        layout.Space(6);
    }

    private static string Caption(int index, ReportTable table) => $"Table {index + 1}. {table.Title}";

    /// <summary>The footnotes: each table's note under its caption, then the document's (definitions, counting and suppression rules).</summary>
    private static void Notes(PdfLayout layout, ReportDocument doc)
    {
        var tableNotes = doc.Tables.Select((t, i) => (Caption: Caption(i, t), t.Note)).Where(n => !string.IsNullOrWhiteSpace(n.Note)).ToList();
        if (tableNotes.Count == 0 && doc.Notes.Count == 0) return;
        layout.KeepTogether(PdfStyle.Heading.LineHeight + 3 * PdfStyle.Body.LineHeight);
        layout.Text("Notes", PdfStyle.Heading);
        layout.Space(2);
        foreach (var (caption, note) in tableNotes)
            Note(layout, caption, note!);
        foreach (var note in doc.Notes)
            Note(layout, note.Heading, note.Text);
    }

    private static void Note(PdfLayout layout, string heading, string text)
    {
        layout.KeepTogether(PdfStyle.Strong.LineHeight + 2 * PdfStyle.Body.LineHeight);
        layout.Text(heading, PdfStyle.Strong);
        layout.Text(text);
        layout.Space(6);
    }
}

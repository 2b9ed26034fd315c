using System.Globalization;
using CsvHelper;

namespace Hartline.Features.Cases.Notes;

/// <summary>The notes export: one row per note, oldest first. Cells are guarded so a spreadsheet never runs a note as a formula.</summary>
public static class NotesCsv
{
    public static string Write(IEnumerable<NoteView> notes)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            Row(csv, "note_id", "written_at", "author", "author_agency", "level", "readable_by", "kind", "contact_on", "superseded_by", "text");
            foreach (var n in notes)
                Row(csv, n.Id.ToString(), n.WrittenAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), n.Author, n.AuthorAgency,
                    n.Level.ToString(), string.Join("; ", n.ReadableBy), n.Kind?.Label() ?? "",
                    n.ContactOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", n.SupersededBy?.ToString() ?? "", n.Text);
            csv.Flush();
        }
        return text.ToString();
    }

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var f in fields) csv.WriteField(SpreadsheetCell.Guard(f));
        csv.EndRecord();
    }
}

using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Mdt.Minutes;

/// <summary>
/// The minutes of a meeting as a PDF, written from the same <see cref="MeetingView"/> the page shows to
/// that viewer: a restricted agenda case is "Restricted case" here too, with nothing of it but its number. Laid out by
/// the same <see cref="PdfLayout"/> as the report, in DejaVu Sans, so names in any alphabet print as written.
/// </summary>
public static class MinutesPdf
{
    public static byte[] Render(MeetingView m, DateTime generatedAtLocal, string generatedBy)
    {
        using var flow = new PdfLayout($"Minutes – {m.Team} – {m.StartsAt:yyyy-MM-dd}",
            $"Confidential – {m.Team}, {m.StartsAt:yyyy-MM-dd} – printed {generatedAtLocal:yyyy-MM-dd HH:mm} by {generatedBy}");

        flow.Text($"Minutes: {m.Team}", PdfStyle.Title);
        flow.Text("Confidential: holds information about children. Do not copy or pass on.");
        flow.Space();
        flow.Text($"Date and time: {m.StartsAt:yyyy-MM-dd HH:mm}");
        flow.Text($"Place: {m.Place}");
        flow.Text($"Type: {m.TypeLabel}");
        flow.Text($"Region: {m.Region}");
        flow.Text($"Status: {m.Status.Label()}");
        flow.Rule();

        flow.KeepTogether(Lines(4));
        flow.Text("Attendance", PdfStyle.Heading);
        foreach (var (label, status) in new (string, AttendanceStatus?)[]
                 { (AttendanceStatus.Present.Label(), AttendanceStatus.Present), (AttendanceStatus.Absent.Label(), AttendanceStatus.Absent),
                   (AttendanceStatus.Excused.Label(), AttendanceStatus.Excused), ("Not marked", null) })
        {
            var people = m.Roster.Where(r => r.Attendance == status).ToList();
            if (people.Count == 0) continue;
            flow.Text(label, PdfStyle.Strong);
            foreach (var r in people) flow.Text($"{r.Name} – {r.Agency} ({r.RoleLabel})", indent: 12);
        }
        if (m.Guests.Count > 0)
        {
            flow.Text("Guests", PdfStyle.Strong);
            foreach (var g in m.Guests)
                flow.Text(string.Join(" – ", new[] { g.Name, g.Agency, g.Role }.Where(s => !string.IsNullOrWhiteSpace(s))), indent: 12);
        }
        flow.Rule();

        flow.KeepTogether(Lines(3));
        flow.Text("Agenda", PdfStyle.Heading);
        if (m.Agenda.Count == 0) flow.Text("No cases on the agenda.");
        foreach (var item in m.Agenda)
        {
            flow.KeepTogether(Lines(4));
            flow.Space(4);
            flow.Text($"{item.Position}. {(item.Restricted ? MeetingText.Restricted : item.YouthName)}", PdfStyle.Strong);
            if (item.Restricted)
            {
                flow.Text(MeetingText.RestrictedExplained, indent: 12);
                continue;
            }
            if (item.Notes.Count == 0) flow.Text("No recommendation or decision recorded.", indent: 12);
            foreach (var n in item.Notes)
                flow.Text($"{n.Kind.Label()} ({n.RecordedBy}, {n.RecordedAt:yyyy-MM-dd HH:mm}): {n.Text}", indent: 12);
            foreach (var a in item.ActionItems)
                flow.Text($"Action: {a.Description} – {a.Owner}, due {a.DueOn:yyyy-MM-dd}, {MeetingText.Describe(a)}", indent: 12);
        }
        using var pdf = new MemoryStream();
        flow.Save(pdf);
        return pdf.ToArray();
    }

    /// <summary>The height of a heading and the first lines under it, kept on one page.</summary>
    private static double Lines(int lines) => lines * PdfStyle.Body.LineHeight;
}

using Hartline.Features.Mdt;
using Hartline.Features.Mdt.Minutes;
using Hartline.Tests.Support;
using UglyToad.PdfPig;

namespace Hartline.Tests.Mdt;

/// <summary>The minutes PDF on its own, from a meeting built by hand: everything the page shows, over as many pages as it takes.</summary>
public sealed class MinutesPdfTests
{
    private static readonly DateTime Starts = new(2025, 3, 12, 14, 30, 0);

    private static MeetingView Meeting(int agendaItems)
    {
        var ana = new RosterEntry(Guid.NewGuid(), "Ana Łukasiewicz", "DCF", MdtRole.DcfLiaison, "DCF liaison", AttendanceStatus.Present);
        var roster = new List<RosterEntry>
        {
            ana,
            new(Guid.NewGuid(), "Omar Haddad", "Police", MdtRole.LawEnforcementLiaison, "Law enforcement liaison", AttendanceStatus.Excused),
            new(Guid.NewGuid(), "Grace Oduya", "Clinic", MdtRole.MedicalAdvocate, "Medical advocate", null),
        };
        var agenda = Enumerable.Range(1, agendaItems).Select(i => i == 2
            ? new AgendaItemView(Guid.NewGuid(), i, Restricted: true, null, null, [], [], [])
            : new AgendaItemView(Guid.NewGuid(), i, false, Guid.NewGuid(), $"Youth Number{i}",
                [new(Guid.NewGuid(), NoteKind.Recommendation, $"Recommendation for youth {i}: placement with a relative, school support and weekly check-ins with the advocate.", "Ana Łukasiewicz", Starts)],
                [new(Guid.NewGuid(), $"Call the school about youth {i}", ana.MemberId, ana.Name, new DateOnly(2025, 3, 20), ActionStatus.Open, null, false, false)],
                [])).ToList();
        return new MeetingView(Guid.NewGuid(), Guid.NewGuid(), "Hartford County MDT", "Region 4 – North Central", Starts, "DCF office, room 2",
            MeetingType.CaseReview, "Case review", MeetingStatus.Held, true, roster, [new(Guid.NewGuid(), "Dr. Ruth Ng", "Hospital", null)], agenda);
    }

    [Fact]
    public void The_minutes_hold_the_meeting_its_attendance_and_agenda_with_numbered_pages()
    {
        var pdf = MinutesPdf.Render(Meeting(agendaItems: 25), new DateTime(2025, 3, 13, 9, 0, 0), "Coordinator Kim");
        var pages = PdfText.Pages(pdf);
        var text = string.Join(" ", pages);
        foreach (var expected in new[] { "Minutes: Hartford County MDT", "Date and time: 2025-03-12 14:30", "Place: DCF office, room 2",
                     "Type: Case review", "Region: Region 4 – North Central", "Ana Łukasiewicz – DCF (DCF liaison)",
                     "Omar Haddad – Police", "Not marked", "Grace Oduya", "Guests", "Dr. Ruth Ng – Hospital",
                     "2. " + MeetingText.Restricted, MeetingText.RestrictedExplained, "Youth Number25",
                     "Recommendation for youth 25: placement with a relative, school support and weekly check-ins with the advocate.",
                     "Action: Call the school about youth 25 – Ana Łukasiewicz, due 2025-03-20" })
            Assert.Contains(expected, text);
        Assert.True(pages.Count > 1, "25 agenda items fit on one page?");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains("Confidential – Hartford County MDT, 2025-03-12 – printed 2025-03-13 09:00 by Coordinator Kim", pages[i]);
        }
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Minutes – Hartford County MDT – 2025-03-12", document.Information.Title);
        Assert.Equal(612, document.GetPage(1).Width, 0); // US Letter
        Assert.Equal(792, document.GetPage(1).Height, 0);
        if (Environment.GetEnvironmentVariable("HARTLINE_DOCS_SAMPLE") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, "minutes.pdf"), pdf);
    }
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Mdt.Meetings;

/// <summary>The minutes to print: the same view the meeting page shows the reader, laid out for paper.</summary>
[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class MinutesModel(MeetingViews views, CurrentActor current) : MdtPage(current)
{
    public MeetingView Meeting { get; private set; } = null!;
    public DateTime PrintedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await views.GetAsync(id, Actor, "MDT minutes", ct) is not { } meeting) return NotFound();
        (Meeting, PrintedAt) = (meeting, views.NowLocal());
        await views.AuditExportAsync(meeting, "print", ct); // made to leave the system on paper, like the PDF
        return Page();
    }
}

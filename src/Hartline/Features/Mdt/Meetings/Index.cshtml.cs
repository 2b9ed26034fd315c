using Hartline.Security;
using Microsoft.AspNetCore.Authorization;

namespace Hartline.Features.Mdt.Meetings;

[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class IndexModel(MeetingViews views, CurrentActor current) : MdtPage(current)
{
    public IReadOnlyList<MeetingListItem> Upcoming { get; private set; } = [];
    public IReadOnlyList<MeetingListItem> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Upcoming = await views.ListAsync(Actor, upcoming: true, limit: 100, ct: ct);
        Past = await views.ListAsync(Actor, upcoming: false, limit: 100, ct: ct);
    }
}

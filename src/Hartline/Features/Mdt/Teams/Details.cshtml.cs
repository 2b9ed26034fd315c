using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Mdt.Teams;

[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class DetailsModel(MdtTeams teams, MdtMeetings meetings, MeetingViews views, Jurisdiction jurisdiction,
    TimeProvider clock, CurrentActor current) : MdtPage(current)
{
    public TeamView Team { get; private set; } = null!;
    public IReadOnlyList<MeetingListItem> Meetings { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, Guid AgencyId)> Users { get; private set; } = [];

    [BindProperty] public TeamInput Edit { get; set; } = new();
    [BindProperty] public MemberInput Member { get; set; } = new();
    [BindProperty] public MeetingInput Meeting { get; set; } = new();

    public IEnumerable<SelectListItem> Regions => jurisdiction.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Edit.Region));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Defaults(except: "");
        return Page();
    }

    /// <summary>Fills the forms that were not the one posted, so a failed post shows them as on arrival.</summary>
    private void Defaults(string except)
    {
        if (except != "edit") (Edit.Name, Edit.Region, Edit.IsActive) = (Team.Name, Team.RegionCode, Team.IsActive);
        if (except != "meeting")
        {
            Meeting.StartsAt = jurisdiction.ToLocal(clock.GetUtcNow().UtcDateTime).Date.AddDays(7).AddHours(10);
            (Meeting.Place, Meeting.Type) = (null, MeetingType.CaseReview);
        }
        if (except != "member") Member = new MemberInput();
    }

    public Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => teams.UpdateAsync(id, Edit, ct), "edit", "Team saved.", ct);

    public Task<IActionResult> OnPostMemberAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => teams.AddMemberAsync(id, Member, ct), "member", "Member added.", ct);

    public Task<IActionResult> OnPostLeaveAsync(Guid id, Guid memberId, CancellationToken ct) =>
        RunAsync(id, () => teams.LeaveAsync(id, memberId, null, ct), "leave", "The member left the team today; past rosters keep them.", ct);

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        Meeting.TeamId = id;
        var result = await meetings.CreateAsync(Meeting, Actor, ct);
        if (Succeeded(result, "meeting", "Meeting scheduled. Put cases on its agenda next.")) return Redirect($"/Mdt/Meetings/{result.Value}");
        if (!await LoadAsync(id, ct)) return NotFound();
        Defaults(except: "meeting");
        return Page();
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome<Guid>>> action, string prefix, string notice, CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        var result = await action();
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (Succeeded(result, prefix, notice)) return Redirect($"/Mdt/Teams/{id}");
        if (!await LoadAsync(id, ct)) return NotFound();
        Defaults(except: prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await teams.GetAsync(id, Actor, ct) is not { } team) return false;
        Team = team;
        Meetings = await views.ListAsync(Actor, id, limit: 50, ct: ct);
        if (CanRun) (Agencies, Users) = (await teams.AgenciesAsync(ct), await teams.UsersAsync(ct));
        return true;
    }
}

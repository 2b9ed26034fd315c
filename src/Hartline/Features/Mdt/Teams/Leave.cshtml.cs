using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Mdt.Teams;

/// <summary>
/// Asks before a member leaves a team. Only coordinators see it, for a current member of this team (404
/// otherwise, a refusal audited); the team page's Leave handler does it and checks again.
/// </summary>
[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class LeaveModel(MdtTeams teams, CurrentActor current) : MdtPage(current)
{
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        if (await teams.GetAsync(id, Actor, ct) is not { } team) return NotFound();
        if (team.Members.FirstOrDefault(m => m.Id == memberId && m.LeftOn is null) is not { } member) return NotFound();
        var lastSeat = !team.Members.Any(m => m.Id != member.Id && m.LeftOn is null && m.AgencyId == member.AgencyId);
        Confirm = new Confirmation($"Does {member.Name} leave {team.Name} today?",
        [
            $"{member.Name} ({member.RoleLabel}, {member.Agency}) leaves the team today. Past meetings keep {member.Name} on their rosters; " +
            "later meetings do not list them.",
            lastSeat
                ? $"{member.Agency} has no other seat on the team: the cases it could read because they were on this team's agendas " +
                  "are no longer shared with it, unless they are on the agenda of another team it sits on."
                : $"{member.Agency} keeps its other seat on the team, and the cases shared with it through the team.",
        ],
            $"Yes, {member.Name} leaves today", $"/Mdt/Teams/{id}?handler=Leave&memberId={memberId}", $"/Mdt/Teams/{id}");
        return Page();
    }
}

using Hartline.Features.Cases.Team;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

/// <summary>
/// Asks before someone leaves the youth's care team. Only those who may update the case see it, for a current
/// member of this case's team (404 otherwise); the care-team tab's End handler does it and checks again.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class EndAssignmentModel(CaseAccess access, AuditLog audit, CareTeam team, Jurisdictions.Jurisdiction j, TimeProvider clock)
    : CasePageModel(access, audit)
{
    protected override string Tab => "team";
    public Confirmation Confirm { get; private set; } = null!;
    public string Today { get; private set; } = "";
    public string MemberName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid assignmentId, CancellationToken ct)
    {
        if (!await OpenAsync(id, "care team", ct) || !MayUpdate) return NotFound();
        if ((await team.OfAsync(Case, ct)).Current.FirstOrDefault(m => m.Id == assignmentId) is not { } member) return NotFound();
        (MemberName, Today) = (member.Name, j.Today(clock).ToString("yyyy-MM-dd"));
        var role = member.Role.Label().ToLowerInvariant();
        Confirm = new Confirmation($"End {member.Name}'s place on the care team?",
        [
            $"{member.Name} ({role}{(member.Agency is null ? "" : $", {member.Agency}")}) leaves {YouthName}'s care team on the date below. " +
            $"The assignment stays in the team's history, from {member.StartedOn:yyyy-MM-dd} to that date.",
            member.Role == CareTeamRole.PrimaryWorker
                ? $"{YouthName} has no primary worker until you add one. Youth survivors said the adults in their lives changed often: hand over in person when you can."
                : "Nobody else on the team changes.",
        ],
            $"Yes, end {member.Name}'s place on the team", $"/Cases/{id}/Team?handler=End&assignmentId={assignmentId}", $"/Cases/{id}/Team");
        return Page();
    }
}

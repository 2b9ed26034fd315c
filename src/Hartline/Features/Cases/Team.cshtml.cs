using Hartline.Features.Cases.Team;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class TeamModel(CaseAccess access, AuditLog audit, CareTeam team) : CasePageModel(access, audit)
{
    protected override string Tab => "team";

    public CareTeamView View { get; private set; } = null!;
    public IReadOnlyList<AssignableUser> Assignable { get; private set; } = [];

    [BindProperty] public AssignmentInput Assign { get; set; } = new();
    [BindProperty] public EndAssignmentInput End { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        await SaveAsync(nameof(Assign), () => team.AssignAsync(id, Assign, Actor.FromPrincipal(User), ct), _ => "Added to the care team.", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid assignmentId, CancellationToken ct) =>
        await SaveAsync(nameof(End), () => team.EndAsync(id, assignmentId, End, Actor.FromPrincipal(User), ct), _ => "The assignment has ended.", () => LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "care team", ct)) return false;
        View = await team.OfAsync(Case, ct);
        if (MayUpdate) Assignable = await team.AssignableAsync(Case, ct);
        return true;
    }
}

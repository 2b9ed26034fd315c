using Hartline.Features.Cases.Lifecycle;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

/// <summary>
/// Asks before a case is closed, with the reason. Only those who may update the case see it, while the case may
/// be closed (404 otherwise); the overview's Status handler closes it and checks again.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class CloseModel(CaseAccess access, AuditLog audit, Jurisdictions.Jurisdiction j, TimeProvider clock) : CasePageModel(access, audit)
{
    protected override string Tab => "overview";
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "overview", ct) || !MayUpdate || !CaseLifecycle.NextFrom(Case.Status).Contains(CaseStatus.Closed)) return NotFound();
        Confirm = new Confirmation($"Close {YouthName}'s case?",
        [
            $"The case is closed today ({j.Today(clock):yyyy-MM-dd}) with the reason you choose, and no longer counts among open cases.",
            "Nothing is deleted: the case keeps its notes, plan, team and history, and the agencies it is shared with can still read it.",
            "If the team takes the youth on again, the case can be reopened, saying why.",
        ],
            "Yes, close the case", $"/Cases/{id}?handler=Status", $"/Cases/{id}");
        return Page();
    }
}

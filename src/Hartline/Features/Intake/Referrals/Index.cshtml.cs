using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(ReferralFiles files, CurrentActor actor, Jurisdictions.Jurisdiction j, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public ReferralStatus? Status { get; set; }

    public ReferralPage Result { get; private set; } = new([], 1, ReferralFiles.PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) => Result = await files.ListAsync(actor.Value, PageNumber, Status, ct);

    /// <summary>The "waiting longer than the target" tag of a row (its received time is already the jurisdiction's).</summary>
    public WaitingFlag? Waiting(ReferralListItem r) => ReferralWaiting.Of(r.Status, DateOnly.FromDateTime(r.ReceivedAt), j.Today(clock), j.IntakeTargets);
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(ReferralFiles files, CurrentActor actor) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public ReferralStatus? Status { get; set; }

    public ReferralPage Result { get; private set; } = new([], 1, ReferralFiles.PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) => Result = await files.ListAsync(actor.Value, PageNumber, Status, ct);
}

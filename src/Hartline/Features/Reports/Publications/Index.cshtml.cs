using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Reports.Publications;

[Authorize(Policy = Policies.Statistics)]
public sealed class IndexModel(Publications publications, CurrentActor actor, Jurisdictions.Jurisdiction j) : PageModel
{
    public IReadOnlyList<PublicationSummary> Kept { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Publications.MayKeep(actor.Value)) return NotFound();
        Kept = await publications.ListAsync(actor.Value, ct);
        return Page();
    }

    public string Local(DateTime utc) => j.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");
}

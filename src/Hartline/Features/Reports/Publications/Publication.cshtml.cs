using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Reports.Publications;

[Authorize(Policy = Policies.Statistics)]
public sealed class PublicationModel(Publications publications, CurrentActor actor, Jurisdictions.Jurisdiction j) : PageModel
{
    public PublicationView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await publications.OpenAsync(id, actor.Value, ct);
        return View is null ? NotFound() : Page();
    }

    public string Local(DateTime utc) => j.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");
}

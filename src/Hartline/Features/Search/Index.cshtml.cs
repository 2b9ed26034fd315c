using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Search;

/// <summary>The search page behind the header's search box.</summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(YouthSearch search, CurrentActor actor, Jurisdictions.Jurisdiction j) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public SearchResults? Result { get; private set; }
    public string CarelineName => j.Careline.Name;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An empty box (the page opened from a link) shows the form, not a complaint.
        if (!string.IsNullOrWhiteSpace(Q)) Result = await search.FindAsync(Q, actor.Value, ct);
    }
}

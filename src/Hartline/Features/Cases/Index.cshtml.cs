using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(CaseFiles files, CurrentActor actor, Jurisdiction jurisdiction) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public CasePage Result { get; private set; } = new([], 1, CaseFiles.DefaultPageSize, 0);

    public IEnumerable<SelectListItem> RegionOptions =>
        jurisdiction.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Region));

    public async Task OnGetAsync(CancellationToken ct) => Result = await files.ListAsync(actor.Value, PageNumber, Region, ct);
}

using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Services;

/// <summary>The service directory: what help exists, for whom, where, and whether it is taking youth now.</summary>
[Authorize]
public sealed class IndexModel(ServiceProfiles profiles, Jurisdiction j) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")] public DirectoryQuery Query { get; set; } = new();

    public IReadOnlyList<ServiceProfile> Services { get; private set; } = [];
    public int StaleAfterDays => profiles.StaleAfterDays;
    public DirectoryWords Words { get; } = new(j);

    public IEnumerable<SelectListItem> TypeOptions =>
        DirectoryWords.ServiceTypes.Select(t => new SelectListItem(t.Name, t.Code, t.Code == Query.Type));
    public IEnumerable<SelectListItem> RegionOptions =>
        j.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Query.Region));
    public IEnumerable<SelectListItem> PopulationOptions =>
        DirectoryWords.PopulationList.Select(p => new SelectListItem(p.Name, p.Code, p.Code == Query.Population));

    public async Task OnGetAsync(CancellationToken ct) =>
        Services = (await profiles.ReadAsync(ct)).Where(Query.Admits).ToList();
}

using Hartline.Data;
using Hartline.Features.Shared;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(CaseFiles files, CurrentActor actor, Jurisdiction jurisdiction, HartlineDb db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")] public CaseListQuery Query { get; set; } = new();

    public CasePage Result { get; private set; } = new([], 1, CaseFiles.DefaultPageSize, 0);
    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> WorkerOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> RegionOptions =>
        jurisdiction.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Query.Region));

    public IEnumerable<SelectListItem> StatusOptions =>
        Enum.GetValues<CaseStatus>().Select(s => new SelectListItem(Capitalised(Lifecycle.CaseLifecycle.Label(s)), s.ToString(), s == Query.Status));

    public IEnumerable<SelectListItem> AgeOptions =>
        Enum.GetValues<AgeGroup>().Select(b => new SelectListItem(AgeGroups.Label(b), b.ToString(), b == Query.Age));

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await files.ListAsync(actor.Value, Query, ct);
        // Agencies and the worker's colleagues are names, not records: listing them reveals no case.
        OwnerOptions = await db.Agencies.OrderBy(a => a.Name)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == Query.Owner)).ToListAsync(ct);
        var agency = actor.Value.AgencyId;
        WorkerOptions = await db.Users.Where(u => u.AgencyId == agency).OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName, u.Id.ToString(), u.Id.ToString() == Query.Worker)).ToListAsync(ct);
    }
}

using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Mdt;

[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class IndexModel(MdtTeams teams, Jurisdiction jurisdiction, CurrentActor current) : MdtPage(current)
{
    public IReadOnlyList<TeamListItem> Teams { get; private set; } = [];

    [BindProperty] public TeamInput Team { get; set; } = new();

    public IEnumerable<SelectListItem> Regions => jurisdiction.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Team.Region));

    public async Task OnGetAsync(CancellationToken ct) => Teams = await teams.ListAsync(Actor, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        var result = await teams.CreateAsync(Team, Actor, ct);
        if (Succeeded(result, "team", $"Team {Team.Name?.Trim()} created. Add its members next.")) return Redirect($"/Mdt/Teams/{result.Value}");
        Teams = await teams.ListAsync(Actor, ct);
        return Page();
    }
}

using Hartline.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Dashboard;

/// <summary>The model of the home page (Features/Index.cshtml): the signed-in person's dashboard.</summary>
public sealed class HomeModel(HomeDashboard dashboard, CurrentActor current) : PageModel
{
    public Actor Actor => current.Value;
    public DashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await dashboard.BuildAsync(current.Value, ct);
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// Service referrals the user may see, newest first: for a provider those sent to its agency (its inbox), for a
/// case worker those of their cases, for a coordinator all. The list goes through the scope function and is audited.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class InboxModel(ServiceReferralViews views, Jurisdictions.Jurisdiction j) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    public IReadOnlyList<ServiceReferralSummary> Referrals { get; private set; } = [];
    public bool IsProvider => User.IsInRole(Roles.Provider);
    public Jurisdictions.Jurisdiction J => j;

    public async Task OnGetAsync(CancellationToken ct) => Referrals = await views.ListAsync(Actor.FromPrincipal(User), openOnly: !All, ct);
}

using Hartline.Features.Intake.Corrections;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

/// <summary>The confirmation step before a referral entered by mistake is withdrawn: says what will happen, asks why.</summary>
[Authorize(Policy = Policies.TakeReferrals)]
public sealed class WithdrawModel(ReferralCorrections corrections) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    public CorrectionSheet? Sheet { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Sheet = await corrections.SheetAsync(id, Actor.FromPrincipal(User), ct);
        return Sheet is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var withdrawn = await corrections.WithdrawAsync(id, Reason, actor, ct);
        if (withdrawn.Kind == OutcomeKind.NotFound) return NotFound();
        if (withdrawn.Succeeded)
        {
            TempData["Notice"] = "The referral is withdrawn. It is kept, but no longer listed or counted.";
            return Redirect("/Intake/Referrals");
        }
        ModelState.AddOutcomeErrors(withdrawn.Errors);
        Sheet = await corrections.SheetAsync(id, actor, ct);
        return Sheet is null ? NotFound() : Page();
    }
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

/// <summary>The confirmation step before an automatic link is undone: a plain page and form, so it works without JavaScript.</summary>
[Authorize(Policy = Policies.TakeReferrals)]
public sealed class UndoLinkModel(ReferralFiles files, AutomaticLinks links) : PageModel
{
    public Guid Id { get; private set; }
    public string YouthName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The referral page's own rule decides: only a referral that may be undone shows this step (404 otherwise).
        if (await files.OpenAsync(id, Actor.FromPrincipal(User), ct) is not { MayUndoAutomaticLink: true } view) return NotFound();
        (Id, YouthName, DateOfBirth) = (id, view.YouthName, view.DateOfBirth);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var undone = await links.UndoAsync(id, Actor.FromPrincipal(User), ct);
        if (undone.Kind == OutcomeKind.NotFound) return NotFound();
        TempData["Notice"] = undone.Kind == OutcomeKind.Invalid
            ? string.Join(" ", undone.Errors.SelectMany(e => e.Value))
            : "The link is undone: this referral now has its own record for the youth.";
        return Redirect($"/Intake/Referrals/{id}");
    }
}

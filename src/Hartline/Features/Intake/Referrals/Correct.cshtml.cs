using Hartline.Features.Intake.Corrections;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Intake.Referrals;

/// <summary>Correcting a saved referral: the current values in a form, a reason, and the history below.</summary>
[Authorize(Policy = Policies.TakeReferrals)]
public sealed class CorrectModel(ReferralCorrections corrections, Jurisdiction jurisdiction) : PageModel
{
    [BindProperty] public CorrectionInput Input { get; set; } = new();
    public CorrectionSheet? Sheet { get; private set; }
    public string CarelineName => jurisdiction.Careline.Name;

    public IEnumerable<SelectListItem> SourceOptions =>
        jurisdiction.ReferralSources.Select(s => new SelectListItem(s.Name, s.Code, s.Code == Input.Source));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Sheet = await corrections.SheetAsync(id, Actor.FromPrincipal(User), ct);
        if (Sheet is null) return NotFound();
        Input = Sheet.Current;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var corrected = await corrections.CorrectAsync(id, Input, actor, ct);
        if (corrected.Kind == OutcomeKind.NotFound) return NotFound();
        if (corrected.Succeeded)
        {
            TempData["Notice"] = corrected.Value == 1 ? "The correction is saved." : $"{corrected.Value} corrections are saved.";
            return Redirect($"/Intake/Referrals/{id}");
        }
        Sheet = await corrections.SheetAsync(id, actor, ct);
        if (Sheet is null) return NotFound();
        // Someone saved first: show their values, keep the worker's reason so nothing typed is lost.
        if (corrected.Errors.ContainsKey(nameof(CorrectionInput.Version)))
        {
            var reason = Input.Reason;
            ModelState.Clear();
            Input = Sheet.Current;
            Input.Reason = reason;
        }
        ModelState.AddOutcomeErrors(corrected.Errors, nameof(Input));
        return Page();
    }
}

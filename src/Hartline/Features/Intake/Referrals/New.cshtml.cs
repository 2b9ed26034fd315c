using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.TakeReferrals)]
public sealed class NewModel(IntakeService intake, Jurisdiction jurisdiction, CurrentActor actor, TimeProvider clock) : PageModel
{
    public Jurisdiction Jurisdiction => jurisdiction;

    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> Options(IReadOnlyList<Category> list) => list.Select(c => new SelectListItem(c.Name, c.Code));

    public void OnGet() => Input.ReceivedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Type errors (a date that is not a date) are already in ModelState under Input.X; keep them.
        if (!ModelState.IsValid) return Page();
        var who = actor.Value;
        var (receipt, errors) = await intake.ReceiveAsync(Input, who.AgencyId!.Value, who.UserId!.Value, ct);
        if (receipt is null)
        {
            foreach (var (field, messages) in errors)
                foreach (var m in messages) ModelState.AddModelError($"{nameof(Input)}.{field}", m);
            return Page();
        }
        TempData["Notice"] = receipt.AddedToOpenCase
            ? "Referral saved and added to the youth's open case."
            : receipt.LinkedExistingPerson ? "Referral saved; the youth was already in the registry and a case was opened."
            : "Referral saved and case opened.";
        return Redirect($"/Cases/{receipt.CaseId}");
    }
}

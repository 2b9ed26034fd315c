using Hartline.Features.Intake.Duplicates;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Intake.Referrals;

public sealed record DuplicatePanel(IReadOnlyList<DuplicateCandidate> Candidates, IReadOnlyList<DuplicateAnswer> Answers);

[Authorize(Policy = Policies.TakeReferrals)]
public sealed class NewModel(IntakeService intake, DuplicateCheck duplicates, Jurisdiction jurisdiction, CurrentActor actor,
    TimeProvider clock) : PageModel
{
    public Jurisdiction Jurisdiction => jurisdiction;

    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public IReadOnlyList<DuplicateCandidate> Candidates { get; private set; } = [];

    public IEnumerable<SelectListItem> Options(IReadOnlyList<Category> list) => list.Select(c => new SelectListItem(c.Name, c.Code));

    public void OnGet()
    {
        var now = jurisdiction.ToLocal(clock.GetUtcNow().UtcDateTime);
        Input.ReceivedAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Possible duplicates are shown again whatever else is wrong, so the worker answers once.
        Candidates = Input.ExistingPersonId is null
            ? await duplicates.FindAsync(Input.GivenName, Input.FamilyName, Input.DateOfBirth, actor.Value, ct)
            : [];
        var unanswered = Candidates.Where(c => Input.DuplicateAnswers.All(a => a.CandidatePersonId != c.PersonId || a.Verdict is null));
        if (unanswered.Any() && Input.DuplicateAnswers.All(a => a.Verdict != DuplicateVerdict.SamePerson))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.DuplicateAnswers)}", "Say for each youth listed whether it is the one you are entering.");
        // Answers about people no longer listed (the names were changed) are dropped, not recorded.
        Input.DuplicateAnswers = Input.DuplicateAnswers.Where(a => Candidates.Any(c => c.PersonId == a.CandidatePersonId)).ToList();
        if (!ModelState.IsValid) return Page();

        var received = await intake.ReceiveAsync(Input, actor.Value, ct);
        if (!received.Succeeded)
        {
            ModelState.AddOutcomeErrors(received.Errors, nameof(Input));
            return Page();
        }
        var receipt = received.Value!;
        TempData["Notice"] = receipt.LinkedExistingPerson
            ? "Referral saved for a youth already in Hartline. Screen it next."
            : "Referral saved. Screen it next.";
        return Redirect($"/Intake/Referrals/{receipt.ReferralId}");
    }
}

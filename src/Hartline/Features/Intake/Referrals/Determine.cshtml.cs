using Hartline.Security;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.TakeReferrals)]
public sealed class DetermineModel(ReferralAccessor access, ReferralWorkflow workflow, Jurisdiction jurisdiction) : PageModel
{
    [BindProperty]
    public DeterminationInput Input { get; set; } = new();

    public string YouthName { get; private set; } = "";
    public Guid Id { get; private set; }
    public AmpReading Reading { get; private set; } = null!;

    private DateOnly? _dateOfBirth;
    private DateOnly _received;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not var (referral, _)) return NotFound();
        Input.Exploitation = referral.ExploitationSuspected;
        Input.ExploitationDate = referral.ExploitationDate;
        UpdateReading();
        return Page();
    }

    /// <summary>Re-reads the evidence without saving, so the worker sees what it meets before deciding.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null) return NotFound();
        ModelState.Clear();
        UpdateReading();
        return Page();
    }

    /// <summary>
    /// The reading alone, as the page shows it, for the script that updates it as evidence is ticked
    /// (wwwroot/js/determination-aid.js). The same rule and the same partial as "Check the evidence": the
    /// browser never reads the law itself, so it cannot disagree with the server. Nothing is saved.
    /// </summary>
    public async Task<IActionResult> OnPostReadingAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null) return NotFound();
        UpdateReading();
        return Partial("_AmpReading", Reading);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // One load and one authorization serve both the form and the save.
        if (await LoadAsync(id, ct) is not var (referral, person)) return NotFound();
        if (ModelState.IsValid)
        {
            var determined = await workflow.DetermineAsync(referral, person, Input, Actor.FromPrincipal(User), ct);
            if (determined.Kind == OutcomeKind.Done)
            {
                TempData["Notice"] = "Determination recorded.";
                return Redirect($"/Intake/Referrals/{id}");
            }
            ModelState.AddOutcomeErrors(determined.Errors, nameof(Input));
        }
        UpdateReading();
        return Page();
    }

    private void UpdateReading() => Reading = ReferralWorkflow.Read(Input, _dateOfBirth, Input.ExploitationDate ?? _received);

    private async Task<(Referral, People.Person)?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.FindForWorkAsync(id, Actor.FromPrincipal(User), "determination", ct) is not var (referral, person)) return null;
        Id = id;
        (YouthName, _dateOfBirth) = (person.FullName, person.DateOfBirth);
        _received = jurisdiction.LocalDate(referral.ReceivedAt);
        return (referral, person);
    }
}

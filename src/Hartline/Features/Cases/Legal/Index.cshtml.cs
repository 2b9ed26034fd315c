using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// The case file's legal tab: protections beside the state's notices, then the justice side. Each form posts
/// to its own handler; a refused or missing case is a 404 whichever form it came from.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(LegalFiles files, LegalRecords records, Header.CaseHeaders headers) : PageModel
{
    [BindProperty] public ProtectionInput NewProtection { get; set; } = new();
    [BindProperty] public ProtectionStepInput Outcome { get; set; } = new();
    [BindProperty] public Guid? ProtectionId { get; set; }
    [BindProperty] public OffenderInput NewOffender { get; set; } = new();
    [BindProperty] public ArrestInput NewArrest { get; set; } = new();
    [BindProperty] public ChargeInput NewCharge { get; set; } = new();
    [BindProperty] public DispositionInput NewDisposition { get; set; } = new();
    [BindProperty] public Guid? ChargeId { get; set; }
    [BindProperty] public CourtDateInput NewCourtDate { get; set; } = new();
    [BindProperty] public CourtOutcomeInput HearingOutcome { get; set; } = new();
    [BindProperty] public Guid? CourtDateId { get; set; }

    public LegalFile Legal { get; private set; } = null!;
    public Header.CaseHeader Header { get; private set; } = null!;
    /// <summary>The form that failed, kept open so its errors are in view.</summary>
    public string? OpenForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public Task<IActionResult> OnPostProtectionAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, nameof(NewProtection), "protections", "Protection recorded.", () => records.AddProtectionAsync(id, NewProtection, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, CancellationToken ct)
    {
        // Each protection has its own outcome form: its fields are keyed by the protection so only that form shows the errors.
        var prefix = OutcomePrefix(ProtectionId ?? Guid.Empty);
        Rekey(nameof(Outcome), prefix);
        return SaveAsync(id, prefix, "protections", "Outcome recorded.",
            () => records.AddProtectionStepAsync(id, ProtectionId ?? Guid.Empty, Outcome, Actor.FromPrincipal(User), ct), ct);
    }

    public Task<IActionResult> OnPostOffenderAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, nameof(NewOffender), "offenders", "Offender added.", () => records.AddOffenderAsync(id, NewOffender, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostArrestAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, nameof(NewArrest), "arrests", "Arrest recorded.", () => records.AddArrestAsync(id, NewArrest, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostChargeAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, nameof(NewCharge), "charges", "Charge recorded.", () => records.AddChargeAsync(id, NewCharge, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostDispositionAsync(Guid id, CancellationToken ct) =>
        SaveForAsync(id, ChargeId, nameof(ChargeId), "Choose the charge.", nameof(NewDisposition), "charges", "Disposition recorded.",
            target => records.AddDispositionAsync(id, target, NewDisposition, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostCourtDateAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, nameof(NewCourtDate), "court-dates", "Court date added.", () => records.AddCourtDateAsync(id, NewCourtDate, Actor.FromPrincipal(User), ct), ct);

    public Task<IActionResult> OnPostHearingOutcomeAsync(Guid id, CancellationToken ct) =>
        SaveForAsync(id, CourtDateId, nameof(CourtDateId), "Choose the hearing.", nameof(HearingOutcome), "court-dates", "Hearing outcome recorded.",
            target => records.RecordCourtOutcomeAsync(id, target, HearingOutcome, Actor.FromPrincipal(User), ct), ct);

    public static string OutcomePrefix(Guid protectionId) => $"Outcome{protectionId:N}";

    /// <summary>The first error for a field key, for the forms written without tag helpers.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> SaveAsync(Guid id, string prefix, string anchor, string notice, Func<Task<Outcome<Guid>>> save, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await save();
            if (result.Kind == OutcomeKind.NotFound) return NotFound();
            if (result.Kind == OutcomeKind.Done)
            {
                TempData["Notice"] = notice;
                return Redirect($"/Cases/{id}/Legal#{anchor}");
            }
            ModelState.AddOutcomeErrors(result.Errors, prefix);
        }
        OpenForm = prefix;
        return await ShowAsync(id, ct);
    }

    /// <summary>For the forms that act on a record chosen in a list (a charge, a hearing): nothing chosen is a field error.</summary>
    private Task<IActionResult> SaveForAsync(Guid id, Guid? target, string targetField, string missing, string prefix, string anchor,
        string notice, Func<Guid, Task<Outcome<Guid>>> save, CancellationToken ct)
    {
        if (target is { } chosen) return SaveAsync(id, prefix, anchor, notice, () => save(chosen), ct);
        return RefuseOrAskAsync(id, targetField, missing, prefix, ct);
    }

    /// <summary>No charge or hearing chosen: who may not record justice is refused first, as a change would refuse them.</summary>
    private async Task<IActionResult> RefuseOrAskAsync(Guid id, string targetField, string missing, string prefix, CancellationToken ct)
    {
        var shown = await ShowAsync(id, ct);
        if (shown is not PageResult || !Legal!.MayRecordJustice) return NotFound();
        ModelState.AddModelError(targetField, missing);
        OpenForm = prefix;
        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await files.OpenAsync(id, Actor.FromPrincipal(User), ct) is not { } file) return NotFound();
        // The legal file checked the read and audited the youth's; the header asks the same door again.
        if (await headers.OpenAsync(id, Actor.FromPrincipal(User), "legal", auditYouth: false, ct) is not { } header) return NotFound();
        (Legal, Header) = (file, header);
        return Page();
    }

    private void Rekey(string from, string to)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(from + ".", StringComparison.Ordinal)).ToList())
        {
            foreach (var error in ModelState[key]!.Errors) ModelState.AddModelError(to + key[from.Length..], error.ErrorMessage);
            ModelState.Remove(key);
        }
    }
}

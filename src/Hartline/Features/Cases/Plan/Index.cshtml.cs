using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Cases.Plan;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(YouthVoice voice, Header.CaseHeaders headers, Jurisdictions.Jurisdiction jurisdiction, TimeProvider clock) : PageModel
{
    /// <summary>Today in the jurisdiction: the default day for a new answer.</summary>
    public DateOnly Today => jurisdiction.Today(clock);

    public PlanView? View { get; private set; }
    public string YouthName => Header.YouthName;
    public Header.CaseHeader Header { get; private set; } = null!;
    /// <summary>Which form was posted and not saved, so its errors are shown beside it and nowhere else.</summary>
    public string? FailedForm { get; private set; }
    public Guid? FailedItem { get; private set; }

    [BindProperty] public PlanItemInput Item { get; set; } = new();
    [BindProperty] public AgreementInput Agreement { get; set; } = new();
    [BindProperty] public StatusInput Status { get; set; } = new();
    [BindProperty] public PreferencesInput Preferences { get; set; } = new();
    [BindProperty] public FeedbackInput Feedback { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (View!.Preferences is { } p)
            Preferences = new PreferencesInput
            {
                NameUsed = p.NameUsed, Pronouns = p.Pronouns, Language = p.Language, WantPresent = p.WantPresent,
                DoNotWantPresent = p.DoNotWantPresent, ContactMethod = p.ContactMethod, ContactTimes = p.ContactTimes,
                MessageMayBeLeft = p.MessageMayBeLeft, DoesNotWant = p.DoesNotWant,
            };
        return Page();
    }

    public Task<IActionResult> OnPostItemAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, "item", null, nameof(Item), () => voice.AddItemAsync(id, Item, Actor.FromPrincipal(User), ct), "Goal added. Ask the youth whether they agree, and record the answer.", ct);

    public Task<IActionResult> OnPostAgreementAsync(Guid id, Guid itemId, CancellationToken ct) =>
        SaveAsync(id, "agreement", itemId, nameof(Agreement), () => voice.RecordAgreementAsync(id, itemId, Agreement, Actor.FromPrincipal(User), ct), "The youth's answer is recorded.", ct);

    public Task<IActionResult> OnPostStatusAsync(Guid id, Guid itemId, CancellationToken ct) =>
        SaveAsync(id, "status", itemId, nameof(Status), () => voice.SetStatusAsync(id, itemId, Status, Actor.FromPrincipal(User), ct), "Goal status changed.", ct);

    public Task<IActionResult> OnPostPreferencesAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, "preferences", null, nameof(Preferences), () => voice.SavePreferencesAsync(id, Preferences, Actor.FromPrincipal(User), ct), "Preferences saved; the earlier ones are kept.", ct);

    public Task<IActionResult> OnPostFeedbackAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, "feedback", null, nameof(Feedback), () => voice.AddFeedbackAsync(id, Feedback, Actor.FromPrincipal(User), ct), "Feedback recorded.", ct);

    private async Task<IActionResult> SaveAsync(Guid id, string form, Guid? itemId, string prefix, Func<Task<Outcome<Guid>>> save, string notice, CancellationToken ct)
    {
        // Only the posted form's fields count; the others were not sent.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        // A value the form could not read (a date like 2019-13-45) is reported as it is, and nothing is saved.
        var saved = ModelState.IsValid ? await save() : Outcome<Guid>.Invalid([]);
        if (saved.Kind == OutcomeKind.NotFound) return NotFound();
        if (saved.Kind == OutcomeKind.Done)
        {
            TempData["Notice"] = notice;
            return Redirect($"/Cases/{id}/Plan#{form}{(itemId is { } i ? "-" + i : "")}");
        }
        ModelState.AddOutcomeErrors(saved.Errors, prefix);
        (FailedForm, FailedItem) = (form, itemId);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        View = await voice.GetAsync(id, Actor.FromPrincipal(User), ct);
        if (View is null) return false;
        // The plan service checked the read; the header asks the same door again, and audits the view of the youth.
        if (await headers.OpenAsync(id, Actor.FromPrincipal(User), "plan", auditYouth: true, ct) is not { } header) return false;
        Header = header;
        return true;
    }

    /// <summary>The error text for a field of the failed form, or null.</summary>
    public string? ErrorOf(string key) =>
        ModelState[key]?.Errors is { Count: > 0 } e ? string.Join(" ", e.Select(x => x.ErrorMessage)) : null;

    public static string Share(int part, int whole) => whole == 0 ? "—" : $"{Math.Round(100.0 * part / whole)}%";
}

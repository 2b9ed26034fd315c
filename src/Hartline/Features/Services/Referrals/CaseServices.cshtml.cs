using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// The case's Services tab: what the youth needs, the services that fit each need (and those that nearly do, with
/// the rule that kept them out), what matching knows of the youth, and the referrals sent with their clocks.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class CaseServicesModel(CaseAccess access, AuditLog audit, CaseServicePlanning planning, DirectoryWords words,
    Jurisdictions.Jurisdiction jurisdiction, TimeProvider clock) : CasePageModel(access, audit)
{
    protected override string Tab => "services";

    public CaseServicesView View { get; private set; } = null!;
    public DirectoryWords Words => words;
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    public Jurisdictions.Jurisdiction J => jurisdiction;

    [BindProperty] public NeedInput Need { get; set; } = new();
    [BindProperty] public NeedStatusInput Close { get; set; } = new();
    [BindProperty] public ServiceFactsInput Facts { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Facts = new ServiceFactsInput { LanguageCode = View.Youth.LanguageCode, Populations = View.Youth.Populations.ToList() };
        return Page();
    }

    public Task<IActionResult> OnPostNeedAsync(Guid id, CancellationToken ct) =>
        SaveAsync(nameof(Need), () => planning.AddNeedAsync(id, Need, Actor.FromPrincipal(User), ct), _ => "Need added. The services that fit are listed under it.",
            () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostFactsAsync(Guid id, CancellationToken ct) =>
        SaveAsync(nameof(Facts), () => planning.SetFactsAsync(id, Facts, Actor.FromPrincipal(User), ct), _ => "Saved. The matches below use it.",
            () => LoadAsync(id, ct));

    /// <summary>Closing a need asks first (CloseNeed page); this is where its form posts.</summary>
    public Task<IActionResult> OnPostCloseNeedAsync(Guid id, Guid needId, CancellationToken ct) =>
        SaveAsync(nameof(Close), () => planning.SetNeedStatusAsync(id, needId, Close, Actor.FromPrincipal(User), ct), _ => "The need is closed.",
            () => LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "services", ct)) return false;
        View = await planning.ViewAsync(Case, ct);
        return true;
    }

    /// <summary>How long a referral has waited or took, in days: "answered in 2 days", "waiting 5 days".</summary>
    public string Clock(ServiceReferralSummary r)
    {
        static string Days(double d) => (int)Math.Floor(d) switch { 0 => "under a day", 1 => "1 day", var n => $"{n} days" };
        if (r.SentAt is not { } sent) return "Not sent";
        if (r.AnsweredAt is { } answered) return $"Answered in {Days((answered - sent).TotalDays)}";
        if (r.ClosedAt is { } closed) return $"Closed after {Days((closed - sent).TotalDays)}";
        return $"Waiting {Days((Now - sent).TotalDays)}";
    }
}

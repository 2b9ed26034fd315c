using Hartline.Features.Intake.Screening;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class DetailsModel(ReferralFiles files, ReferralWorkflow workflow, InstrumentLibrary instruments, Jurisdiction jurisdiction, TimeProvider clock,
    Corrections.ReferralCorrections corrections) : PageModel
{
    public IReadOnlyList<Corrections.CorrectionView> Corrections { get; private set; } = [];
    public ReferralView? View { get; private set; }
    public string? Problem { get; private set; }
    public string CarelineName => jurisdiction.Careline.Name;

    public string StatusText => View!.Status switch
    {
        ReferralStatus.Received => "received, not yet screened",
        ReferralStatus.Screened => "screened, awaiting a determination",
        ReferralStatus.Determined => "determined",
        _ => "linked to a case",
    };

    /// <summary>The step to take next, the page's one primary action ("screen", "determine", "link"); null when none is due.</summary>
    public string? NextStep => View!.Status switch
    {
        ReferralStatus.Received => "screen",
        ReferralStatus.Screened => "determine",
        ReferralStatus.Determined when View.CaseId is null && View.Determinations.FirstOrDefault() is { Status: not Determination.TraffickingStatus.NotAVictim } => "link",
        _ => null,
    };

    /// <summary>The "waiting longer than the target" tag, as the lists show it.</summary>
    public WaitingFlag? Waiting => ReferralWaiting.Of(View!.Status, DateOnly.FromDateTime(View.ReceivedAt), jurisdiction.Today(clock), jurisdiction.IntakeTargets);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await files.OpenAsync(id, Actor.FromPrincipal(User), ct);
        if (View is null) return NotFound();
        Corrections = await corrections.HistoryAsync(id, mayReadNarrative: !View.NarrativeWithheld, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct)
    {
        var linked = await workflow.LinkToCaseAsync(id, Actor.FromPrincipal(User), ct);
        if (linked.Kind == OutcomeKind.NotFound) return NotFound();
        if (linked.Kind == OutcomeKind.Done)
        {
            TempData["Notice"] = "The referral is linked to the youth's case.";
            return Redirect($"/Cases/{linked.Value}");
        }
        Problem = string.Join(" ", linked.Errors.SelectMany(e => e.Value));
        return await OnGetAsync(id, ct);
    }

    public string InstrumentTitle(string code, int version) => instruments.Find(code, version)?.Title ?? $"{code} v{version}";

    public string BandLabel(string code, int version, string band) =>
        instruments.Find(code, version)?.Scoring.Bands.FirstOrDefault(b => b.Code == band)?.Label ?? band;
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Reports;

[Authorize(Policy = Policies.Statistics)]
public sealed class IndexModel(QuarterlyReport reports, IntakeFunnel funnel, ContinuityReport continuity, Cases.Plan.YouthVoiceFigures youthVoice,
    Cases.Legal.LegalFigures legal, CurrentActor actor, TimeProvider clock, Jurisdictions.Jurisdiction j) : PageModel
{
    public string QuarterText { get; private set; } = "";
    public string? QuarterError { get; private set; }
    /// <summary>The quarter shown is today's: its figures are so far, not final.</summary>
    public bool InProgress { get; private set; }
    public QuarterlyReportResult? Report { get; private set; }
    public IntakeFunnelResult? Funnel { get; private set; }
    public ContinuityResult? Continuity { get; private set; }
    public Cases.Plan.YouthVoiceResult? YouthVoice { get; private set; }
    public Cases.Legal.LegalFiguresResult? Legal { get; private set; }

    public async Task OnGetAsync(string? quarter, CancellationToken ct)
    {
        // The jurisdiction's calendar, like the case dates. Without a choice: the last quarter whose figures no longer change.
        var today = j.Today(clock);
        QuarterText = quarter ?? Quarter.LastComplete(today).ToString();
        if (!Quarter.TryParseReportable(QuarterText, today, out var q, out var problem))
        {
            QuarterError = problem;
            return;
        }
        InProgress = q == Quarter.Containing(today);
        Report = await reports.ComputeAsync(q, actor.Value, ct);
        Funnel = await funnel.ComputeAsync(q, actor.Value, ct);
        Continuity = await continuity.ComputeAsync(q, actor.Value, ct);
        YouthVoice = await youthVoice.ComputeAsync(q, actor.Value, ct);
        Legal = await legal.ComputeAsync(q, actor.Value, ct);
    }
}

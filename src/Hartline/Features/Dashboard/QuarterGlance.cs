using Hartline.Features.Reports;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Dashboard;

/// <summary>The last complete quarter in counts: clients served and the intake funnel, as Reports computes them.</summary>
public sealed record QuarterGlanceView(Quarter Quarter, QuarterlyReportResult Clients, IntakeFunnelResult Funnel);

/// <summary>
/// An analyst's first question is "how did the last quarter go": the last quarter that has ended on the
/// jurisdiction's calendar (its figures no longer change), from the same report services as Reports, so the
/// two pages never disagree. Both go through the scope function for statistics.
/// </summary>
public sealed class QuarterGlance(QuarterlyReport reports, IntakeFunnel funnel, Jurisdiction j, TimeProvider clock)
{
    public async Task<QuarterGlanceView> BuildAsync(Actor actor, CancellationToken ct = default)
    {
        var quarter = Quarter.LastComplete(j.Today(clock));
        return new QuarterGlanceView(quarter, await reports.ComputeAsync(quarter, actor, ct), await funnel.ComputeAsync(quarter, actor, ct));
    }
}

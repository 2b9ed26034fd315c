using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Reports;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Policies.Statistics);
        g.MapGet("/quarterly/{quarter}", Quarterly)
            .WithSummary("Clients served in a quarter (e.g. 2019Q3) by region, gender, race/ethnicity and residence: counts only.");
        g.MapGet("/intake-funnel/{quarter}", Funnel)
            .WithSummary("Referrals received in a quarter: screened, screen-positive, determined, linked; median clocks.");
        g.MapGet("/continuity/{quarter}", Continuity)
            .WithSummary("Primary-worker changes per youth in the 12 months to the quarter's end (the continuity measure): counts only.");
        return api;
    }

    // A malformed quarter, or one not yet begun on the jurisdiction's calendar, is a problem naming "quarter".
    private static async Task<Results<Ok<ContinuityResult>, ValidationProblem>> Continuity(
        string quarter, ContinuityReport report, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct) =>
        ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct));

    private static async Task<Results<Ok<QuarterlyReportResult>, ValidationProblem>> Quarterly(
        string quarter, QuarterlyReport report, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct) =>
        ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct));

    private static async Task<Results<Ok<IntakeFunnelResult>, ValidationProblem>> Funnel(
        string quarter, IntakeFunnel funnel, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct) =>
        ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await funnel.ComputeAsync(q, actor.Value, ct));
}

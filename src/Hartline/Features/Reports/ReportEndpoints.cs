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

    private static async Task<Results<Ok<ContinuityResult>, ValidationProblem>> Continuity(
        string quarter, ContinuityReport report, CurrentActor actor, CancellationToken ct) =>
        Quarter.TryParse(quarter, out var q) ? TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct)) : BadQuarter();

    private static async Task<Results<Ok<QuarterlyReportResult>, ValidationProblem>> Quarterly(
        string quarter, QuarterlyReport report, CurrentActor actor, CancellationToken ct) =>
        Quarter.TryParse(quarter, out var q) ? TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct)) : BadQuarter();

    private static async Task<Results<Ok<IntakeFunnelResult>, ValidationProblem>> Funnel(
        string quarter, IntakeFunnel funnel, CurrentActor actor, CancellationToken ct) =>
        Quarter.TryParse(quarter, out var q) ? TypedResults.Ok(await funnel.ComputeAsync(q, actor.Value, ct)) : BadQuarter();

    private static ValidationProblem BadQuarter() => TypedResults.ValidationProblem(Errors.One("quarter", $"Expected {Quarter.FormatHint}."));
}

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
            .WithSummary("Clients served in a quarter (e.g. 2019Q3) by region, gender, race/ethnicity and residence: exact counts for roles that "
                + "may open case files, published counts (small numbers withheld, minCell) for every other role.");
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

    /// <summary>
    /// Exact counts for roles that may open case files; every other role (the Analyst) gets the published tables, with
    /// small numbers withheld. A case role asks for those with <c>?minCell=N</c>.
    /// </summary>
    private static async Task<Results<Ok<QuarterlyReportResult>, Ok<PublishedQuarterlyReport>, ValidationProblem>> Quarterly(
        string quarter, string? minCell, QuarterlyReport report, Statistics.StatisticsReport statistics, CurrentActor actor, Jurisdiction j,
        TimeProvider clock, IConfiguration configuration, CancellationToken ct)
    {
        if (ReportQuarter.Check(quarter, j, clock, out var q) is { } problem) return problem;
        var query = new Statistics.StatisticsQuery(quarter, minCell, Exact: minCell is null);
        if (!query.TryResolve(actor.Value, Statistics.StatisticsQuery.ConfiguredMinCell(configuration), j, j.Today(clock), out var request, out var errors))
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (request.Rules is null) return TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct));
        return TypedResults.Ok(await QuarterlyPublication.PublishAsync(statistics, q, request.Rules, actor.Value, ct));
    }

    private static async Task<Results<Ok<IntakeFunnelResult>, ValidationProblem>> Funnel(
        string quarter, IntakeFunnel funnel, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct) =>
        ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await funnel.ComputeAsync(q, actor.Value, ct));
}

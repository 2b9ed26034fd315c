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
        g.MapGet("/intake-funnel/{quarter}", Funnel).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Referrals received in a quarter: screened, screen-positive, determined, linked; median clocks. Exact figures, for roles "
                + "that may open case files (403 for others: GET /api/v1/statistics publishes them with small numbers withheld).");
        g.MapGet("/continuity/{quarter}", Continuity).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Primary-worker changes per youth in the 12 months to the quarter's end (the continuity measure). Exact figures, for "
                + "roles that may open case files (403 for others: GET /api/v1/statistics publishes them with small numbers withheld).");
        return api;
    }

    /// <summary>
    /// Null when the actor may see exact figures (small numbers included: roles that may open case files); else the
    /// 403 every per-topic figures endpoint answers, pointing to the statistics, which carry the same figures published.
    /// </summary>
    public static ProblemHttpResult? ExactFiguresOnly(Actor actor) => Statistics.StatisticsQuery.MaySeeExact(actor) ? null
        : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Exact figures are for roles that may open case files",
            detail: "These figures are exact, small numbers included. Use GET /api/v1/statistics?period=… instead: it has the same figures "
                + "with small numbers withheld.");

    // A malformed quarter, or one not yet begun on the jurisdiction's calendar, is a problem naming "quarter".
    private static async Task<Results<Ok<ContinuityResult>, ValidationProblem, ProblemHttpResult>> Continuity(
        string quarter, ContinuityReport report, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct)
    {
        if (ExactFiguresOnly(actor.Value) is { } refused) return refused;
        return ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct));
    }

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

    private static async Task<Results<Ok<IntakeFunnelResult>, ValidationProblem, ProblemHttpResult>> Funnel(
        string quarter, IntakeFunnel funnel, CurrentActor actor, Jurisdiction j, TimeProvider clock, CancellationToken ct)
    {
        if (ExactFiguresOnly(actor.Value) is { } refused) return refused;
        return ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await funnel.ComputeAsync(q, actor.Value, ct));
    }
}

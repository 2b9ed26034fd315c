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
        return api;
    }

    private static async Task<Results<Ok<QuarterlyReportResult>, ValidationProblem>> Quarterly(
        string quarter, QuarterlyReport report, CurrentActor actor, CancellationToken ct)
    {
        if (!Quarter.TryParse(quarter, out var q))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["quarter"] = [$"Expected {Quarter.FormatHint}."] });
        return TypedResults.Ok(await report.ComputeAsync(q, actor.Value, ct));
    }
}

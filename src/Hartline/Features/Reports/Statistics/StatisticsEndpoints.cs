using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Reports.Statistics;

public static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatistics(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics", Get).WithTags("Reports").RequireAuthorization(Policies.Statistics)
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/json", "text/csv", "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithSummary("Every statistic of a period (quarter 2019Q3, year 2019, or 2019-03-01..2019-06-15) as one document: clients served by "
                + "every dimension, an optional cross-tabulation (rows, columns), referrals, the intake funnel and clocks, comparisons and the "
                + "8-quarter trend. Small numbers are withheld (minCell, default the configured N); exact=true gives exact figures to roles "
                + "that may open case files. format: json, csv, xlsx or pdf.");
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Get(
        string? period, string? minCell, bool? exact, string? rows, string? columns, bool? compare, bool? trend, string? format,
        StatisticsReport report, CurrentActor actor, Jurisdiction j, TimeProvider clock, IConfiguration configuration, CancellationToken ct)
    {
        var query = new StatisticsQuery(period, minCell, exact == true, rows, columns, compare != false, trend != false);
        if (!query.TryResolve(actor.Value, StatisticsQuery.ConfiguredMinCell(configuration), j, j.Today(clock), out var request, out var errors))
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var wanted = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (!StatisticsExports.IsFormat(wanted))
            return TypedResults.ValidationProblem(Errors.One("format", $"Choose one of {string.Join(", ", StatisticsExports.Formats)}."));
        var doc = await report.BuildAsync(request, actor.Value, ct);
        var file = await StatisticsExports.RenderAsync(doc, wanted, StatisticsExports.BaseName(doc, request.Period));
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}

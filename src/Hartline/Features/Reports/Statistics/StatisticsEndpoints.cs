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
        var kept = api.MapGroup("/statistics/publications").WithTags("Reports").RequireAuthorization(Policies.Statistics);
        kept.MapGet("/", List).WithSummary("Statistics kept as published (coordinators and analysts, whose statistics reach every case).");
        kept.MapGet("/{id:guid}", Open).WithSummary("One kept publication: the figures as published and every figure that reads differently today.");
        kept.MapPost("/", Keep).WithSummary("Keep a statistics document as published (never exact figures): its request, the time of the data, the software version and every figure.");
        return api;
    }

    public sealed record KeepPublicationInput(string? Period, string? MinCell, string? Rows, string? Columns, bool? Compare, bool? Trend, string? Note);

    public sealed record KeptPublication(Guid Id);

    private static async Task<Results<Ok<IReadOnlyList<Publications.PublicationSummary>>, NotFound>> List(
        Publications.Publications publications, CurrentActor actor, CancellationToken ct) =>
        Publications.Publications.MayKeep(actor.Value) ? TypedResults.Ok(await publications.ListAsync(actor.Value, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<Publications.PublicationView>, NotFound>> Open(
        Guid id, Publications.Publications publications, CurrentActor actor, CancellationToken ct) =>
        await publications.OpenAsync(id, actor.Value, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<KeptPublication>, ValidationProblem, NotFound>> Keep(
        KeepPublicationInput input, StatisticsReport report, Publications.Publications publications, CurrentActor actor, Jurisdiction j,
        TimeProvider clock, IConfiguration configuration, CancellationToken ct)
    {
        if (!Publications.Publications.MayKeep(actor.Value)) return TypedResults.NotFound();
        var query = new StatisticsQuery(input.Period, input.MinCell, Exact: false, input.Rows, input.Columns, input.Compare != false, input.Trend != false);
        if (!query.TryResolve(actor.Value, StatisticsQuery.ConfiguredMinCell(configuration), j, j.Today(clock), out var request, out var errors))
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (input.Note is { Length: > 500 })
            return TypedResults.ValidationProblem(Errors.One("note", "Keep the note under 500 characters."));
        var doc = await report.BuildAsync(request, actor.Value, ct);
        var id = await publications.SaveAsync(request, doc, input.Note, actor.Value, ct);
        return id is { } kept ? TypedResults.Created($"/api/v1/statistics/publications/{kept}", new KeptPublication(kept)) : TypedResults.NotFound();
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

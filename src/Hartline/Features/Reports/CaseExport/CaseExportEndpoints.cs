using Hartline.Features.Jobs;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Reports.CaseExport;

/// <summary>Exports that run as background jobs: start one, follow it, download it. Only the person who asked sees a job.</summary>
public static class CaseExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Reports").RequireAuthorization(Policies.Statistics);
        exports.MapPost("/cases", Start)
            .WithSummary("Start the de-identified case-level export (coordinators and analysts): one CSV row per case, with numbers made up "
                + "for this export, months instead of dates, ages instead of birth dates, codes and counts; never a name or free text. "
                + "Answers 202 with the job's address; follow it until the state is Finished, then download the file.");
        exports.MapGet("/", List).WithSummary("Your case-level exports, newest first (the last 50): state, progress, and the download address "
            + "while the file is kept (Hartline:Jobs:KeepDays, 7 by default).");
        exports.MapGet("/{id:guid}", Get).WithSummary("One of your exports: its state and progress (done of total cases).");
        exports.MapGet("/{id:guid}/file", Download)
            .Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("The finished export's file (CSV, streamed); 404 until it is finished. Every download is audited.");
        return api;
    }

    /// <summary>An export job as the API gives it; <c>file</c> is the download address while the finished file is kept.</summary>
    public sealed record ExportJob(Guid Id, string Kind, JobState State, string StateText, long Done, long? Total,
        DateTime RequestedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Failure, string? File, bool FileRemoved);

    private static ExportJob Of(JobView v) => new(v.Id, v.Kind, v.State, v.StateText, v.Done, v.Total, v.RequestedAt, v.StartedAt, v.FinishedAt,
        v.Failure, v.HasFile ? $"/api/v1/exports/{v.Id}/file" : null, v.FileRemoved);

    private static async Task<Results<Accepted<ExportJob>, NotFound>> Start(JobQueue jobs, CurrentActor actor, CancellationToken ct)
    {
        if (await jobs.EnqueueAsync(CaseExportJob.JobKind, actor.Value, ct: ct) is not { } id) return TypedResults.NotFound();
        var view = (await jobs.FindAsync(id, actor.Value, ct))!;
        return TypedResults.Accepted($"/api/v1/exports/{id}", Of(view));
    }

    private static async Task<Results<Ok<IReadOnlyList<ExportJob>>, NotFound>> List(JobQueue jobs, CaseExportJob export, CurrentActor actor, CancellationToken ct) =>
        export.MayRun(actor.Value)
            ? TypedResults.Ok<IReadOnlyList<ExportJob>>((await jobs.ListAsync(CaseExportJob.JobKind, actor.Value, ct)).Select(Of).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ExportJob>, NotFound>> Get(Guid id, JobQueue jobs, CurrentActor actor, CancellationToken ct) =>
        await jobs.FindAsync(id, actor.Value, ct) is { } view ? TypedResults.Ok(Of(view)) : TypedResults.NotFound();

    private static async Task<Results<FileStreamHttpResult, NotFound>> Download(Guid id, JobQueue jobs, CurrentActor actor, CancellationToken ct) =>
        await jobs.OpenFileAsync(id, actor.Value, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.DownloadName)
            : TypedResults.NotFound();
}

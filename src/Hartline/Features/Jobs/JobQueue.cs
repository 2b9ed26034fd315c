using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Jobs;

/// <summary>A job as its requester sees it (the page, the API); times are UTC.</summary>
public sealed record JobView(Guid Id, string Kind, JobState State, string StateText, long Done, long? Total,
    DateTime RequestedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Failure, bool FileRemoved = false)
{
    public bool HasFile => State == JobState.Finished && !FileRemoved;
}

/// <summary>A finished job's file, opened for reading.</summary>
public sealed record JobFile(Stream Content, string ContentType, string DownloadName);

/// <summary>
/// Queues jobs and shows them to the person who asked, and to nobody else: another user's job, or one whose kind the
/// asker may no longer run, reads as missing. The request and every download are audited.
/// </summary>
public sealed class JobQueue(HartlineDb db, IEnumerable<IJobHandler> handlers, AuditLog audit, JobSignal signal, JobLeases leases,
    JobFiles files, TimeProvider clock, IOptions<JobOptions> options)
{
    public const string AuditEntity = nameof(BackgroundJob);

    private IJobHandler? HandlerOf(string kind) => handlers.SingleOrDefault(h => h.Kind == kind);

    /// <summary>Queues a job for any node's runner; null when the actor may not run this kind.</summary>
    public async Task<Guid?> EnqueueAsync(string kind, Actor actor, string parameters = "{}", CancellationToken ct = default)
    {
        if (HandlerOf(kind) is not { } handler || !handler.MayRun(actor)) return null;
        var job = New(kind, actor, parameters);
        db.Add(job);
        await audit.WriteAsync(AuditAction.Export, AuditEntity, job.Id.ToString(), new { kind, step = "requested" }, kind, ct, actor);
        signal.Wake();
        return job.Id;
    }

    /// <summary>
    /// A job this process runs itself (the command line): saved already claimed by this process's lease, so a server on the
    /// same database never starts it too.
    /// </summary>
    public async Task<BackgroundJob> StartHereAsync(string kind, Actor actor, string parameters = "{}", CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = New(kind, actor, parameters);
        job.State = JobState.Running;
        job.LeaseOwner = leases.Owner;
        job.LeaseExpiresAt = now + options.Value.Lease;
        job.Attempts = 1;
        job.StartedAt = now;
        db.Add(job);
        await audit.WriteAsync(AuditAction.Export, AuditEntity, job.Id.ToString(), new { kind, step = "requested" }, kind, ct, actor);
        return job;
    }

    public async Task<IReadOnlyList<JobView>> ListAsync(string kind, Actor actor, CancellationToken ct = default)
    {
        if (HandlerOf(kind) is not { } handler || !handler.MayRun(actor)) return [];
        var rows = await Own(actor).Where(j => j.Kind == kind).OrderByDescending(j => j.RequestedAt).Take(50).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    /// <summary>The actor's own job, or null (missing, someone else's, or a kind they may no longer run).</summary>
    public async Task<JobView?> FindAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        await FindOwnAsync(id, actor, ct) is { } job ? View(job) : null;

    /// <summary>The finished file of the actor's own job, audited; null when there is none to give.</summary>
    public async Task<JobFile?> OpenFileAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await FindOwnAsync(id, actor, ct) is not { State: JobState.Finished, ResultFile: { } name } job) return null;
        if (files.Open(name) is not { } stream) return null;
        var handler = HandlerOf(job.Kind)!;
        await audit.WriteAsync(AuditAction.Export, AuditEntity, id.ToString(), new { kind = job.Kind, step = "downloaded" }, job.Kind, ct, actor);
        return new JobFile(stream, handler.ContentType, $"{job.Kind}-{job.Id.ToString("N")[..8]}.{handler.FileExtension}");
    }

    private async Task<BackgroundJob?> FindOwnAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var job = await Own(actor).SingleOrDefaultAsync(j => j.Id == id, ct);
        return job is not null && HandlerOf(job.Kind) is { } handler && handler.MayRun(actor) ? job : null;
    }

    private IQueryable<BackgroundJob> Own(Actor actor)
    {
        var jobs = db.Set<BackgroundJob>().AsNoTracking();
        return actor.UserId is { } user ? jobs.Where(j => j.RequestedById == user)
            : actor.IsSystem ? jobs.Where(j => j.RequestedById == null) : jobs.Where(j => false);
    }

    private static BackgroundJob New(string kind, Actor actor, string parameters) => new()
    {
        Kind = kind, RequestedById = actor.UserId, RequestedByAgencyId = actor.AgencyId, Parameters = parameters,
    };

    private static JobView View(BackgroundJob j) =>
        new(j.Id, j.Kind, j.State, DisplayNames.Of(j.State), j.Done, j.Total, j.RequestedAt, j.StartedAt, j.FinishedAt, j.Failure,
            FileRemoved: j.State == JobState.Finished && j.ResultFile is null);
}

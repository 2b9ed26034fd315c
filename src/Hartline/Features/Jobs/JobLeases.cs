using Hartline.Data;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Jobs;

/// <summary>
/// Every change of a job's state, each ONE conditional UPDATE so that nodes sharing a database agree without locks of
/// their own: a claim succeeds only while the job is queued (or its lease has run out), and progress, renewal and the
/// end succeed only for the runner still holding the lease. The database serialises the updates of one row (PostgreSQL
/// re-reads the condition after waiting for a concurrent update; SQLite has one writer), so of two runners racing for a
/// job exactly one sees a row changed. A finished or failed job matches no claim, so it never runs again.
/// Each call rents its own context: the renewal timer runs beside the handler's queries.
/// </summary>
public sealed class JobLeases(HartlineDbPool pool, TimeProvider clock, IOptions<JobOptions> options)
{
    /// <summary>This process's name on its leases: the machine, the process and a random tail (two runners in one test process differ).</summary>
    public string Owner { get; init; } = $"{Guid.NewGuid():N}/{Environment.ProcessId}/{Environment.MachineName}" is var o && o.Length > 120 ? o[..120] : o;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private HartlineDb Rent() => pool.Rent(() => Actor.System, clock);

    /// <summary>
    /// Claims the oldest job of these kinds that is waiting or whose runner went silent; null when there is none. A look
    /// that finds nothing only reads: an idle node polling every few seconds writes nothing.
    /// </summary>
    public async Task<BackgroundJob?> ClaimNextAsync(IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        await using var db = Rent();
        var now = Now;
        var candidates = await db.Set<BackgroundJob>().AsNoTracking()
            .Where(j => kinds.Contains(j.Kind) && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now)))
            .OrderBy(j => j.RequestedAt).Select(j => new { j.Id, j.Attempts }).Take(5).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            if (candidate.Attempts >= JobOptions.MaxAttempts) await GiveUpAsync(candidate.Id, ct);
            else if (await TryClaimAsync(candidate.Id, ct))
                return await db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == candidate.Id, ct);
        }
        return null;
    }

    /// <summary>The one atomic claim: true when this runner now holds the job.</summary>
    public async Task<bool> TryClaimAsync(Guid id, CancellationToken ct)
    {
        await using var db = Rent();
        var now = Now;
        var until = now + options.Value.Lease;
        var changed = await db.Set<BackgroundJob>()
            .Where(j => j.Id == id && j.Attempts < JobOptions.MaxAttempts
                && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Running)
                .SetProperty(j => j.LeaseOwner, Owner)
                .SetProperty(j => j.LeaseExpiresAt, until)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.Done, 0L), ct);
        return changed == 1;
    }

    /// <summary>Progress, which renews the lease too; false when the lease is no longer this runner's.</summary>
    public async Task<bool> ProgressAsync(Guid id, long done, long? total, CancellationToken ct)
    {
        await using var db = Rent();
        var until = Now + options.Value.Lease;
        return await Held(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Done, done).SetProperty(j => j.Total, total).SetProperty(j => j.LeaseExpiresAt, until), ct) == 1;
    }

    public async Task<bool> RenewAsync(Guid id, CancellationToken ct)
    {
        await using var db = Rent();
        var until = Now + options.Value.Lease;
        return await Held(db, id).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), ct) == 1;
    }

    public Task<bool> FinishAsync(Guid id, string resultFile, CancellationToken ct) => EndAsync(id, JobState.Finished, resultFile, null, ct);

    public Task<bool> FailAsync(Guid id, string plainMessage, CancellationToken ct) => EndAsync(id, JobState.Failed, null, plainMessage, ct);

    private async Task<bool> EndAsync(Guid id, JobState state, string? resultFile, string? failure, CancellationToken ct)
    {
        await using var db = Rent();
        var now = Now;
        return await Held(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state).SetProperty(j => j.ResultFile, resultFile).SetProperty(j => j.Failure, failure)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct) == 1;
    }

    /// <summary>On shutdown: back in the queue for the next node, at once rather than when the lease runs out.</summary>
    public async Task ReleaseAsync(Guid id)
    {
        await using var db = Rent();
        await Held(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null));
    }

    /// <summary>A job whose runner went silent once too often (or that was handed back as often): failed, so no node takes it again.</summary>
    private async Task GiveUpAsync(Guid id, CancellationToken ct)
    {
        await using var db = Rent();
        var now = Now;
        await db.Set<BackgroundJob>()
            .Where(j => j.Id == id && j.Attempts >= JobOptions.MaxAttempts
                && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Failed)
                .SetProperty(j => j.Failure, $"It stopped {JobOptions.MaxAttempts} times before it could finish. Start it again later; if it stops again, tell your administrator.")
                .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
    }

    private IQueryable<BackgroundJob> Held(HartlineDb db, Guid id) =>
        db.Set<BackgroundJob>().Where(j => j.Id == id && j.State == JobState.Running && j.LeaseOwner == Owner);
}

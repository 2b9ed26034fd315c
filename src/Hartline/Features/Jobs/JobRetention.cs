using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Jobs;

/// <summary>
/// Removes finished jobs' files once they are older than <see cref="JobOptions.KeepDays"/>, and temporary files a dead
/// runner left. The job stays listed for the person who asked, its file marked as removed; each removal is audited.
/// Nodes sharing a database may sweep at once: the row is cleared by one conditional UPDATE, so one of them audits it.
/// </summary>
public sealed class JobRetention(IServiceScopeFactory scopes, JobFiles files, TimeProvider clock, IOptions<JobOptions> options)
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);
    private static readonly TimeSpan Abandoned = TimeSpan.FromDays(1);
    private DateTime next = DateTime.MinValue;

    /// <summary>Sweeps when an hour has passed since this node's last sweep (the runner asks each time it is idle).</summary>
    public async Task SweepIfDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < next) return;
        next = now + Every;
        await SweepAsync(ct);
    }

    /// <summary>Removes what is due now; returns how many finished files were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.Keep;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var due = await db.Set<BackgroundJob>().AsNoTracking()
            .Where(j => j.State == JobState.Finished && j.ResultFile != null && j.FinishedAt < cutoff)
            .Select(j => new { j.Id, j.Kind, j.ResultFile }).Take(500).ToListAsync(ct);
        var removed = 0;
        foreach (var job in due)
        {
            // The row first: once it names no file, no new download starts; then the file itself.
            var cleared = await db.Set<BackgroundJob>().Where(j => j.Id == job.Id && j.ResultFile == job.ResultFile)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.ResultFile, (string?)null), ct);
            files.Delete(job.ResultFile!);
            if (cleared == 0) continue; // another node got there first, and audits it
            removed++;
            await audit.WriteAsync(AuditAction.Export, JobQueue.AuditEntity, job.Id.ToString(),
                new { kind = job.Kind, step = "file removed", keptDays = options.Value.KeepDays }, job.Kind, ct, Actor.System);
        }
        files.DeleteAbandoned(now - Abandoned);
        return removed;
    }
}

using Hartline.Hosting;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Jobs;

/// <summary>
/// Runs background jobs on this node, one at a time (the machine's cores serve the pages too): it claims the oldest
/// waiting job of a kind it knows, runs its handler as the person who asked, keeps the lease alive while the handler
/// works, and records the end. Nodes sharing one database each run a runner; the claim decides which runs a job.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobLeases leases, JobFiles files, JobSignal signal, DatabaseReadiness readiness,
    JobRetention retention, IOptions<JobOptions> options, ILogger<JobRunner> log) : BackgroundService
{
    /// <summary>The words for a failure the handler did not explain: the details are in the log, never on a page.</summary>
    public const string UnexplainedFailure = "Hartline stopped this job because of an error of its own. Start it again; if it fails again, tell your administrator.";

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!options.Value.Run) return;
        await Task.Yield(); // let the host finish starting
        var failingSince = (DateTime?)null;
        while (!stop.IsCancellationRequested)
        {
            var ran = false;
            try
            {
                if (readiness.IsReady)
                {
                    ran = await RunNextAsync(stop);
                    if (!ran) await retention.SweepIfDueAsync(stop);
                }
                failingSince = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database not yet migrated or briefly away: said once, not every few seconds.
                if (failingSince is null) log.LogWarning(e, "Background jobs could not be read; trying again every {Seconds} s.", options.Value.PollSeconds);
                failingSince ??= DateTime.UtcNow;
            }
            if (!ran) await signal.WaitAsync(options.Value.Poll, stop);
        }
    }

    /// <summary>Claims and runs one job; false when none was waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken stop)
    {
        using var scope = scopes.CreateScope();
        var kinds = scope.ServiceProvider.GetServices<IJobHandler>().Select(h => h.Kind).ToList();
        var job = await leases.ClaimNextAsync(kinds, stop);
        if (job is null) return false;
        await RunClaimedAsync(job, stop);
        return true;
    }

    /// <summary>Runs a job this runner has claimed, to its end: finished, failed, or given back on shutdown.</summary>
    public async Task<JobState> RunClaimedAsync(BackgroundJob job, CancellationToken stop)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var handler = services.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind);
        if (handler is null) return await FailAsync(job, "Hartline does not know this kind of job any more.");
        var actor = await JobActors.OfAsync(job, services);
        if (actor is null || !handler.MayRun(actor))
            return await FailAsync(job, "The account that asked for it may no longer run it.");

        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stop);
        string? temporary = null;
        try
        {
            await using (var output = files.CreateTemporary(job.Id, out temporary))
            {
                var run = new JobRun(job.Id, actor, job.Parameters, output, async (done, total, ct) =>
                {
                    if (!await leases.ProgressAsync(job.Id, done, total, ct)) await lost.CancelAsync();
                });
                using var keepAlive = KeepAlive(job.Id, lost);
                await handler.RunAsync(run, lost.Token);
                await output.FlushAsync(lost.Token);
            }
            lost.Token.ThrowIfCancellationRequested();
            var name = files.Publish(temporary, job.Id, handler.FileExtension);
            temporary = null;
            // Lost at the last moment: the runner that took over writes the same name and records its own end.
            return await leases.FinishAsync(job.Id, name, CancellationToken.None) ? JobState.Finished : JobState.Running;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await leases.ReleaseAsync(job.Id);
            return JobState.Queued;
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            log.LogWarning("Job {Id} was taken over by another runner after its lease ran out; this runner stopped.", job.Id);
            return JobState.Running;
        }
        catch (JobFailedException e)
        {
            return await FailAsync(job, e.Message);
        }
        catch (Exception e)
        {
            log.LogError(e, "Job {Id} ({Kind}) failed.", job.Id, job.Kind);
            return await FailAsync(job, UnexplainedFailure);
        }
        finally
        {
            JobFiles.Discard(temporary);
        }
    }

    private async Task<JobState> FailAsync(BackgroundJob job, string message)
    {
        await leases.FailAsync(job.Id, message, CancellationToken.None);
        return JobState.Failed;
    }

    /// <summary>Renews the lease three times a lease, so a slow page of work does not let another runner take the job over.</summary>
    private IDisposable KeepAlive(Guid id, CancellationTokenSource lost)
    {
        var every = options.Value.Lease / 3;
        return new Timer(_ => _ = Task.Run(async () =>
        {
            try
            {
                if (!lost.IsCancellationRequested && !await leases.RenewAsync(id, CancellationToken.None)) await lost.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // the job ended while this renewal was on its way
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Renewing the lease of job {Id} failed; trying again.", id);
            }
        }), null, every, every);
    }
}

/// <summary>Wakes the runner at once when this node queues a job, instead of at its next look.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { } // already awake
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _wake.WaitAsync(timeout, ct);
}

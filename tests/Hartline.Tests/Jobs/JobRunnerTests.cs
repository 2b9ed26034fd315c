using Hartline.Data;
using Hartline.Features.Jobs;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hartline.Tests.Jobs;

/// <summary>
/// The background-job facility on a real database: runners racing for the same jobs (as two nodes on one PostgreSQL
/// would) run each once; a finished job never runs again; a runner that goes silent loses its job to another; a failing
/// handler fails the job with plain words, never with the exception's text.
/// </summary>
public sealed class JobRunnerTests(HandRunJobsApp app) : IClassFixture<HandRunJobsApp>
{
    private JobLeases Leases(string owner) => new(app.Services.GetRequiredService<HartlineDbPool>(), TimeProvider.System,
        app.Services.GetRequiredService<IOptions<JobOptions>>()) { Owner = owner };

    private JobRunner Runner(JobLeases leases) => ActivatorUtilities.CreateInstance<JobRunner>(app.Services, leases);

    private Task<Guid> Queue(string kind) =>
        app.WithScope(async sp => (await sp.GetRequiredService<JobQueue>().EnqueueAsync(kind, Actor.System))!.Value);

    private Task<BackgroundJob> Read(Guid id) =>
        app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == id));

    private Task Change(Guid id, Action<BackgroundJob> change) => app.WithDb(async db =>
    {
        change(await db.Set<BackgroundJob>().SingleAsync(j => j.Id == id));
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Two_runners_racing_for_the_same_jobs_run_each_once()
    {
        // The claim itself: many attempts at once on each job, from two owners; exactly one wins each.
        var raced = new List<Guid>();
        for (var i = 0; i < 10; i++) raced.Add(await Queue(WritesLines.Name));
        var (a, b) = (Leases("runner-a"), Leases("runner-b"));
        foreach (var id in raced)
        {
            var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(() => (n % 2 == 0 ? a : b).TryClaimAsync(id, CancellationToken.None))));
            Assert.Equal(1, attempts.Count(won => won));
            var job = await Read(id);
            Assert.Equal(1, job.Attempts);
            Assert.Contains(job.LeaseOwner, new[] { a.Owner, b.Owner });
            Assert.True(await (job.LeaseOwner == a.Owner ? a : b).FinishAsync(id, "none", CancellationToken.None));
        }

        // Whole runners, each taking jobs until none is left, side by side.
        var queued = new List<Guid>();
        for (var i = 0; i < 6; i++) queued.Add(await Queue(WritesLines.Name));
        var runners = new[] { Runner(Leases("node-1")), Runner(Leases("node-2")) };
        var ran = await Task.WhenAll(runners.Select(r => Task.Run(async () =>
        {
            var count = 0;
            while (await r.RunNextAsync(CancellationToken.None)) count++;
            return count;
        })));
        Assert.Equal(queued.Count, ran.Sum());
        foreach (var id in queued)
        {
            var job = await Read(id);
            Assert.Equal(JobState.Finished, job.State);
            Assert.Equal(1, job.Attempts);
            Assert.Equal((3, 3L), (job.Done, job.Total!.Value));
            Assert.Equal(new[] { "line 1", "line 2", "line 3" }, await File.ReadAllLinesAsync(Path.Combine(app.JobsFolder, job.ResultFile!)));
        }

        // A finished job is never claimed again, even if its lease time is long past.
        await Change(queued[0], j => j.LeaseExpiresAt = DateTime.UtcNow.AddHours(-1));
        Assert.False(await a.TryClaimAsync(queued[0], CancellationToken.None));
        Assert.False(await runners[0].RunNextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_runner_that_goes_silent_loses_its_job_to_another_which_finishes_it()
    {
        var id = await Queue(WritesLines.Name);
        var (silent, other) = (Leases("silent"), Leases("other"));
        Assert.True(await silent.TryClaimAsync(id, CancellationToken.None));
        Assert.False(await other.TryClaimAsync(id, CancellationToken.None)); // the lease still holds

        await Change(id, j => j.LeaseExpiresAt = DateTime.UtcNow.AddSeconds(-1));
        Assert.True(await other.TryClaimAsync(id, CancellationToken.None));
        // The silent runner, back: its progress and its end are refused, so it stops.
        Assert.False(await silent.ProgressAsync(id, 1, 3, CancellationToken.None));
        Assert.False(await silent.FinishAsync(id, "stale.txt", CancellationToken.None));

        var state = await Runner(other).RunClaimedAsync(await Read(id), CancellationToken.None);
        Assert.Equal(JobState.Finished, state);
        var job = await Read(id);
        Assert.Equal(2, job.Attempts);
        Assert.Equal(3, (await File.ReadAllLinesAsync(Path.Combine(app.JobsFolder, job.ResultFile!))).Length);

        // A job whose runner went silent every time is given up, so no node keeps taking it.
        var doomed = await Queue(WritesLines.Name);
        await Change(doomed, j => (j.State, j.Attempts, j.LeaseOwner, j.LeaseExpiresAt) = (JobState.Running, JobOptions.MaxAttempts, "gone", DateTime.UtcNow.AddSeconds(-1)));
        Assert.False(await other.TryClaimAsync(doomed, CancellationToken.None));
        Assert.Null(await other.ClaimNextAsync([WritesLines.Name], CancellationToken.None));
        var givenUp = await Read(doomed);
        Assert.Equal(JobState.Failed, givenUp.State);
        Assert.Contains("stopped 3 times", givenUp.Failure);
    }

    [Fact]
    public async Task A_failing_handler_fails_the_job_in_plain_words_and_leaves_no_file()
    {
        var broken = await Queue(Breaks.Name);
        var refused = await Queue(Refuses.Name);
        var runner = Runner(Leases("runner"));
        while (await runner.RunNextAsync(CancellationToken.None)) { }

        var bug = await app.WithScope(sp => sp.GetRequiredService<JobQueue>().FindAsync(broken, Actor.System));
        Assert.Equal(JobState.Failed, bug!.State);
        Assert.Equal("Failed", bug.StateText);
        Assert.Equal(JobRunner.UnexplainedFailure, bug.Failure);
        Assert.DoesNotContain("secret_table", (await Read(broken)).Failure);

        var words = await app.WithScope(sp => sp.GetRequiredService<JobQueue>().FindAsync(refused, Actor.System));
        Assert.Equal(Refuses.Words, words!.Failure);
        Assert.Null((await Read(refused)).ResultFile);
        Assert.Empty(Directory.Exists(app.JobsFolder) ? Directory.GetFiles(app.JobsFolder, "*.part") : []);

        // A failed job is not picked up again.
        Assert.False(await runner.RunNextAsync(CancellationToken.None));
        Assert.Null(await app.WithScope(sp => sp.GetRequiredService<JobQueue>().OpenFileAsync(broken, Actor.System)));
    }
}

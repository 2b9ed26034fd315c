using Hartline.Data;
using Hartline.Features.Jobs;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hartline.Tests.Jobs;

/// <summary>
/// Finished files are kept for the configured days and then removed: the job stays listed, marked as removed, its file
/// can no longer be downloaded, and the removal is audited once even when two nodes sweep at the same moment. Temporary
/// files a dead runner left are removed after a day; a runner's current one is not.
/// </summary>
public sealed class JobRetentionTests(HandRunJobsApp app) : IClassFixture<HandRunJobsApp>
{
    private JobRunner Runner() => ActivatorUtilities.CreateInstance<JobRunner>(app.Services,
        new JobLeases(app.Services.GetRequiredService<HartlineDbPool>(), TimeProvider.System, app.Services.GetRequiredService<IOptions<JobOptions>>()));

    private JobRetention Retention() => ActivatorUtilities.CreateInstance<JobRetention>(app.Services);

    private async Task<BackgroundJob> FinishedJob(int daysAgo)
    {
        var id = await app.WithScope(async sp => (await sp.GetRequiredService<JobQueue>().EnqueueAsync(WritesLines.Name, Actor.System))!.Value);
        Assert.True(await Runner().RunNextAsync(CancellationToken.None));
        return await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            var job = await db.Set<BackgroundJob>().SingleAsync(j => j.Id == id);
            Assert.Equal(JobState.Finished, job.State);
            job.FinishedAt = DateTime.UtcNow.AddDays(-daysAgo);
            await db.SaveChangesAsync();
            return job;
        });
    }

    private Task<JobView?> View(Guid id) => app.WithScope(sp => sp.GetRequiredService<JobQueue>().FindAsync(id, Actor.System));

    [Fact]
    public async Task A_file_older_than_the_days_kept_is_removed_and_the_job_says_so()
    {
        var old = await FinishedJob(daysAgo: 8);
        var recent = await FinishedJob(daysAgo: 6);
        var abandoned = Path.Combine(app.JobsFolder, $"{Guid.NewGuid():N}.{Guid.NewGuid():N}.part");
        var current = Path.Combine(app.JobsFolder, $"{Guid.NewGuid():N}.{Guid.NewGuid():N}.part");
        await File.WriteAllTextAsync(abandoned, "half a file");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-2));
        await File.WriteAllTextAsync(current, "being written");

        Assert.Equal(1, await Retention().SweepAsync(CancellationToken.None));

        Assert.False(File.Exists(Path.Combine(app.JobsFolder, old.ResultFile!)));
        Assert.True(File.Exists(Path.Combine(app.JobsFolder, recent.ResultFile!)));
        var removed = (await View(old.Id))!;
        Assert.True(removed.FileRemoved);
        Assert.False(removed.HasFile);
        Assert.Equal(JobState.Finished, removed.State);
        Assert.Null(await app.WithScope(sp => sp.GetRequiredService<JobQueue>().OpenFileAsync(old.Id, Actor.System)));
        Assert.True((await View(recent.Id))!.HasFile);
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(current));
        var audited = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents
            .Where(e => e.EntityId == old.Id.ToString() && e.Action == AuditAction.Export).Select(e => e.Details!).ToListAsync());
        Assert.Single(audited, d => d.Contains("file removed"));

        // Nothing more is due: a second sweep removes nothing.
        Assert.Equal(0, await Retention().SweepAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_nodes_sweeping_at_once_remove_a_file_once()
    {
        var jobs = new List<BackgroundJob>();
        for (var i = 0; i < 4; i++) jobs.Add(await FinishedJob(daysAgo: 30));
        var (a, b) = (Retention(), Retention());
        var removed = await Task.WhenAll(Task.Run(() => a.SweepAsync(CancellationToken.None)), Task.Run(() => b.SweepAsync(CancellationToken.None)));
        Assert.Equal(jobs.Count, removed.Sum());
        foreach (var job in jobs)
        {
            Assert.True((await View(job.Id))!.FileRemoved);
            var events = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents
                .CountAsync(e => e.EntityId == job.Id.ToString() && e.Details!.Contains("file removed")));
            Assert.Equal(1, events);
        }
    }
}

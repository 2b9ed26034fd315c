using Hartline.Security.Audit;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hartline.Tests.Audit;

/// <summary>The group-commit writer on its own, with a store the test controls.</summary>
public sealed class AuditWriterTests
{
    private static AuditEvent Event(int n) => new() { Actor = "test", EntityType = "Case", EntityId = n.ToString(), Action = AuditAction.Read };

    private sealed class Store
    {
        public readonly List<List<AuditEvent>> Batches = [];
        public TaskCompletionSource Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        /// <summary>Set when the writer first hands the store a batch.</summary>
        public readonly TaskCompletionSource Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        /// <summary>A batch this says yes to fails, as a full disk or a lost connection would.</summary>
        public Func<IReadOnlyList<AuditEvent>, bool> FailWhen = _ => false;

        public async Task SaveAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
        {
            Entered.TrySetResult();
            await Gate.Task;
            if (FailWhen(events)) throw new InvalidOperationException("disk full");
            lock (Batches) Batches.Add(events.ToList());
        }

        public int Saved { get { lock (Batches) return Batches.Sum(b => b.Count); } }
    }

    [Fact]
    public async Task Events_written_at_once_all_land_in_fewer_transactions_than_callers()
    {
        var store = new Store();
        await using var writer = new AuditWriter(store.SaveAsync, NullLogger<AuditWriter>.Instance);
        // The first batch holds the writer while the other callers queue up behind it.
        var writes = Enumerable.Range(0, 200).Select(n => Task.Run(() => writer.WriteAsync([Event(n), Event(n + 1000)]))).ToList();
        await Task.Delay(50);
        store.Gate.SetResult();
        await Task.WhenAll(writes);

        Assert.Equal(400, store.Saved);
        Assert.InRange(store.Batches.Count, 1, 199);
        Assert.Equal(400, store.Batches.SelectMany(b => b).Select(e => e.EntityId).Distinct().Count());
    }

    [Fact]
    public async Task A_failed_batch_fails_its_callers_and_the_next_batch_is_written()
    {
        var store = new Store { FailWhen = events => events.Any(e => e.EntityId is not ("0" or "99")) };
        await using var writer = new AuditWriter(store.SaveAsync, NullLogger<AuditWriter>.Instance);
        // The writer holds a first batch at the gate, so the doomed writes queue up behind it.
        var first = writer.WriteAsync([Event(0)]);
        await store.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var doomed = Enumerable.Range(1, 5).Select(n => writer.WriteAsync([Event(n)])).ToList();
        store.Gate.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        foreach (var write in doomed)
            Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => write.WaitAsync(TimeSpan.FromSeconds(10)))).Message);
        await writer.WriteAsync([Event(99)]).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["0", "99"], store.Batches.SelectMany(b => b).Select(e => e.EntityId));
    }

    [Fact]
    public async Task Stopping_waits_until_everything_queued_is_written_and_later_events_are_still_saved()
    {
        var store = new Store();
        var writer = new AuditWriter(store.SaveAsync, NullLogger<AuditWriter>.Instance);
        var writes = Enumerable.Range(0, 50).Select(n => writer.WriteAsync([Event(n)])).ToList();
        var stopping = writer.StopAsync();
        await Task.Delay(50);
        Assert.False(stopping.IsCompleted);

        store.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.Equal(50, store.Saved);

        await writer.WriteAsync([Event(51)]);
        Assert.Equal(51, store.Saved);
    }
}

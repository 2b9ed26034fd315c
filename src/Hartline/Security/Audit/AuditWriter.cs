using System.Threading.Channels;

namespace Hartline.Security.Audit;

/// <summary>
/// Group commit for read and refusal events. Each caller's events are queued and the caller waits; one
/// writer takes everything queued since its last commit and saves it in one transaction, then releases
/// those callers. Under load the batch grows by itself (what arrives during one commit goes in the
/// next), so there is no timer adding latency when the server is idle. A read is never answered before
/// its event is durable: a failed batch fails its callers (their requests fail), it does not drop events.
/// One writer also suits SQLite, which takes one writer at a time.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Bounds one transaction; what is left waits for the next, a millisecond or so later.</summary>
    public const int MaxBatch = 512;

    private readonly Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> _save;
    private readonly ILogger<AuditWriter> _log;
    private readonly Action? _stopped;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;

    /// <param name="save">Saves one batch in one transaction (see <see cref="AuditBatchStore"/>); throws when it did not commit.</param>
    /// <param name="stopped">Runs once the queue is drained at shutdown (closes what <paramref name="save"/> keeps open).</param>
    public AuditWriter(Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> save, ILogger<AuditWriter> log, Action? stopped = null)
    {
        (_save, _log, _stopped) = (save, log, stopped);
        // Started on first use rather than as a hosted service: CLI commands build the host without starting it.
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    /// <summary>Completes once <paramref name="events"/> are committed; throws when their batch failed.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct = default)
    {
        if (events.Count == 0) return Task.CompletedTask;
        var pending = new Pending(events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        // After shutdown the queue is closed: write directly, slower but still durable.
        if (!_queue.Writer.TryWrite(pending)) return _save(events, ct);
        _ = _loop.Value;
        // Not cancelled with the request: the events are queued and will be written either way.
        return pending.Done.Task;
    }

    /// <summary>Stops taking events and waits until everything queued is written (or has failed its callers).</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated) await _loop.Value;
        _stopped?.Invoke();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>For hosts disposed synchronously (a CLI command's <c>using</c>): still drains first.</summary>
    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>();
        var events = new List<AuditEvent>();
        while (await reader.WaitToReadAsync())
        {
            while (events.Count < MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
                events.AddRange(next.Events);
            }
            try
            {
                await _save(events, CancellationToken.None);
                foreach (var p in batch) p.Done.TrySetResult();
            }
            catch (Exception e)
            {
                // The requests waiting on this batch fail; the next batch starts afresh.
                _log.LogError(e, "Audit batch of {Count} events was not saved; {Callers} requests fail.", events.Count, batch.Count);
                foreach (var p in batch) p.Done.TrySetException(e);
            }
            batch.Clear();
            events.Clear();
        }
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Events, TaskCompletionSource Done);
}

using Hartline.Data;

namespace Hartline.Security.Audit;

/// <summary>Where <see cref="AuditWriter"/> saves a batch, in one transaction: on SQLite a kept prepared insert (<see cref="SqliteAuditInsert"/>), elsewhere a context of its own and one SaveChanges.</summary>
public static class AuditBatchStore
{
    public static IServiceCollection AddAuditWriter(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var pool = sp.GetRequiredService<HartlineDbPool>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var log = sp.GetRequiredService<ILogger<AuditWriter>>();
            if (sp.GetRequiredService<DatabaseTarget>().Provider == DatabaseProvider.Sqlite)
            {
                // The writer's loop saves through it; the writer's shutdown closes it.
                var insert = new SqliteAuditInsert(pool, clock);
                return new AuditWriter(insert.SaveAsync, log, insert.Dispose);
            }
            return new AuditWriter(async (events, ct) =>
            {
                // Each event names who acted; the context's own actor is never read here.
                await using var db = pool.Rent(() => Actor.System, clock);
                db.AuditEvents.AddRange(events);
                await db.SaveChangesAsync(ct);
            }, log);
        });
        // Drains the queue when the host stops (after the server has stopped taking requests).
        services.AddHostedService<AuditWriterShutdown>();
        services.AddHostedService<Chain.AuditSealer>();
        return services;
    }

    private sealed class AuditWriterShutdown(AuditWriter writer) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) => writer.StopAsync().WaitAsync(ct);
    }
}

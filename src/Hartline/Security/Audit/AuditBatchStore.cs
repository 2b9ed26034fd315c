using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Security.Audit;

/// <summary>Where <see cref="AuditWriter"/> saves a batch: a context of its own, one SaveChanges (one transaction).</summary>
public static class AuditBatchStore
{
    public static IServiceCollection AddAuditWriter(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var pool = sp.GetRequiredService<HartlineDbPool>();
            var clock = sp.GetRequiredService<TimeProvider>();
            return new AuditWriter(async (events, ct) =>
            {
                // Each event names who acted; the context's own actor is never read here.
                await using var db = pool.Rent(() => Actor.System, clock);
                db.AuditEvents.AddRange(events);
                await db.SaveChangesAsync(ct);
            }, sp.GetRequiredService<ILogger<AuditWriter>>());
        });
        // Drains the queue when the host stops (after the server has stopped taking requests).
        services.AddHostedService<AuditWriterShutdown>();
        return services;
    }

    private sealed class AuditWriterShutdown(AuditWriter writer) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) => writer.StopAsync().WaitAsync(ct);
    }
}

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
            var target = sp.GetRequiredService<DatabaseTarget>();
            var options = sp.GetRequiredService<DbContextOptions<HartlineDb>>();
            return new AuditWriter(async (events, ct) =>
            {
                await using var db = target.CreateContext(options);
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

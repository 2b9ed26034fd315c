using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Security.Audit.Chain;

/// <summary>
/// Chains the trail's new events every few seconds (<c>Hartline:Audit:SealEverySeconds</c>, 2 by default) while the
/// server runs. Every node runs it; the passes take the chain's lock in turn, so each event is chained once. A look that
/// finds nothing waiting only reads. Events written by command-line tools while no server runs are chained at the next
/// start, or by <c>hartline audit seal</c>.
/// </summary>
public sealed class AuditSealer(HartlineDbPool pool, TimeProvider clock, IConfiguration config, ILogger<AuditSealer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var every = TimeSpan.FromSeconds(Math.Clamp(config.GetValue<double?>("Hartline:Audit:SealEverySeconds") ?? 2, 0.05, 3600));
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stopping);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                // The database away or busy: the events wait, unchanged, for the next pass.
                if (failures++ % 30 == 0) log.LogWarning(e, "Chaining the audit trail's new events failed; it is tried again.");
            }
            try { await Task.Delay(every, clock, stopping); }
            catch (OperationCanceledException) { break; }
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        await using var db = pool.Rent(() => Actor.System, clock);
        if (!await db.AuditEvents.AnyAsync(e => e.Seq == null, ct)) return;
        await AuditChain.SealAllAsync(db, ct);
    }
}

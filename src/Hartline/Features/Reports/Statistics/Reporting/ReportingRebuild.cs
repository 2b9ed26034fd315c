using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// Fills the reporting rows of every case that has none: after the migration that added them, and after cases were
/// loaded in bulk outside the app's saves (the benchmark's loader). Saves keep them current from then on.
/// </summary>
public static class ReportingRebuild
{
    private const int Batch = 2000;

    /// <summary>True when rows were missing and have been made; a database whose every case and referral has its row is left alone.</summary>
    public static async Task<bool> CompleteAsync(HartlineDb db, CancellationToken ct = default)
    {
        var cases = await db.Cases.CountAsync(ct) != await db.Set<ReportingCase>().CountAsync(ct)
            && await FillAsync(db, db.Cases.Select(c => c.Id), id => db.Set<ReportingCase>().Any(r => r.CaseId == id), ReportingRows.WriteAsync, ct);
        var referrals = await db.Referrals.CountAsync(ct) != await db.Set<ReportingReferral>().CountAsync(ct)
            && await FillAsync(db, db.Referrals.Select(r => r.Id), id => db.Set<ReportingReferral>().Any(r => r.ReferralId == id), ReportingReferralRows.WriteAsync, ct);
        return cases || referrals;
    }

    private static async Task<bool> FillAsync(HartlineDb db, IQueryable<Guid> ids, System.Linq.Expressions.Expression<Func<Guid, bool>> hasRow,
        Func<HartlineDb, IReadOnlyCollection<Guid>, CancellationToken, Task> write, CancellationToken ct)
    {
        var after = Guid.Empty;
        var missing = ids.Where(Negate(hasRow));
        while (true)
        {
            // In id order, a batch at a time, each in its own transaction: memory stays flat on a million records. Two
            // nodes starting together on one database both fill: each batch is found missing and written while holding
            // one lock (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write lock its transactions take at
            // once), so the second finds the first's rows made instead of making them again.
            List<Guid> batch;
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                if (db is PostgresHartlineDb) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
                batch = await missing.Where(id => id.CompareTo(after) > 0).Order().Take(Batch).ToListAsync(ct);
                if (batch.Count > 0) await write(db, batch, ct);
                await tx.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();
            if (batch.Count == 0) return true;
            after = batch[^1];
        }
    }

    // Any fixed number no other part of Hartline locks on ("reporting" in ASCII).
    private const long LockKey = 0x7265706f7274696e;

    private static System.Linq.Expressions.Expression<Func<Guid, bool>> Negate(System.Linq.Expressions.Expression<Func<Guid, bool>> e) =>
        System.Linq.Expressions.Expression.Lambda<Func<Guid, bool>>(System.Linq.Expressions.Expression.Not(e.Body), e.Parameters);
}

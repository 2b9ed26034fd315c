using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Security.Audit.Chain;

/// <summary>
/// Chains the events written since the last pass: each takes the next place and a chain value made from the one before.
/// Writers only seal their events (no lock, no order among them); one pass at a time chains them — PostgreSQL's
/// transaction lock or SQLite's one writer — so nodes sharing a database run it without agreeing on anything else, and
/// an event whose transaction committed late is simply chained on the next pass. An event whose seal does not match is
/// left out of the chain (it was not written by Hartline, or was edited before it was chained) and verify names it.
/// </summary>
public static class AuditChain
{
    /// <summary>
    /// Events chained per transaction while the server runs: the pass holds SQLite's one write lock, and a read's audit
    /// event waiting behind it waits in SQLite's growing sleeps (at 2,000 a pass, case reads' p99 rose from 8 to 157 ms
    /// under load); 500 keep a pass to a few milliseconds.
    /// </summary>
    public const int Batch = 500;
    /// <summary>Per transaction for a backlog chained once, with nothing else waiting (after the migration).</summary>
    private const int BacklogBatch = 5_000;
    /// <summary>The migration that added the chain's columns: after it, the events before it are sealed once.</summary>
    public const string Migration = "AuditChain";
    /// <summary>The PostgreSQL transaction lock of the chain (any fixed number no other lock uses).</summary>
    private const long LockKey = 0x4841_5254_4155_4401; // "HARTAUD" 1

    /// <summary>Chains up to <paramref name="batch"/> waiting events in one transaction; returns how many were chained.</summary>
    public static async Task<int> SealPendingAsync(HartlineDb db, CancellationToken ct, int batch = Batch) =>
        (await PassAsync(db, batch, null, sealUnsealed: false, ct)).Chained;

    /// <summary>Chains everything waiting, pass after pass.</summary>
    public static async Task<long> SealAllAsync(HartlineDb db, CancellationToken ct)
    {
        long total = 0;
        for (int n; (n = await SealPendingAsync(db, ct)) > 0;)
        {
            total += n;
            await Task.Delay(PauseBetweenPasses, ct); // writers waiting for the lock go first
        }
        return total;
    }

    private static readonly TimeSpan PauseBetweenPasses = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Once, after the migration that brought the chain: the events written before it have no seal. They are sealed and
    /// chained as they stand — the trail is tamper-evident from the migration on.
    /// </summary>
    internal static async Task<long> SealBeforeChainAsync(HartlineDb db, CancellationToken ct)
    {
        const bool sealUnsealed = true;
        // Read on in time order from where the last pass stopped: a pass over a large unchained trail then reads its
        // batch, not everything still waiting.
        long total = 0;
        DateTime? from = DateTime.MinValue;
        while (true)
        {
            var (chained, last) = await PassAsync(db, BacklogBatch, from, sealUnsealed, ct);
            total += chained;
            if (last is null || (chained == 0 && last == from)) break; // only events left out of the chain remain there
            from = last;
        }
        // Anything committed behind the cursor meanwhile.
        for (int n; (n = (await PassAsync(db, BacklogBatch, null, sealUnsealed, ct)).Chained) > 0;) total += n;
        return total;
    }

    /// <param name="from">Read the waiting events from this time on, through the time index (a large backlog); null: through the place index (the usual few).</param>
    /// <returns>How many were chained, and the time of the last one read (null when the batch was not full: nothing more to read).</returns>
    private static async Task<(int Chained, DateTime? Last)> PassAsync(HartlineDb db, int batch, DateTime? from, bool sealUnsealed, CancellationToken ct)
    {
        var key = AuditSeal.KeyOf(db.FieldKeys);
        await using var transaction = await db.Database.BeginTransactionAsync(ct); // on SQLite BEGIN IMMEDIATE: the one writer
        await LockAsync(db, ct);
        List<AuditEvent> waiting;
        if (from is { } since) // "+ 0" keeps the place's index out, so the time index leads
            waiting = await db.AuditEvents.AsNoTracking().Where(e => e.Seq + 0 == null && e.At >= since)
                .OrderBy(e => e.At).ThenBy(e => e.Id).Take(batch).ToListAsync(ct);
        else // the place's index finds the few waiting (no ORDER BY, which could lead the planner down the time index instead)
            waiting = (await db.AuditEvents.AsNoTracking().Where(e => e.Seq == null).Take(batch).ToListAsync(ct))
                .OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        if (waiting.Count == 0) return (0, null);
        var (seq, chain) = await HeadAsync(db, key, ct);
        var links = new List<Link>(waiting.Count);
        foreach (var e in waiting)
        {
            var seal = AuditSeal.Of(key, e);
            var sealedNow = e.Seal is null && sealUnsealed;
            if (!sealedNow && !AuditSeal.Same(e.Seal, seal)) continue;
            seq++;
            chain = AuditSeal.Link(key, chain, seq, seal);
            links.Add(new Link(e.Id, seq, chain, sealedNow ? seal : null));
        }
        if (links.Count > 0) await WriteLinksAsync(db, links, ct);
        await transaction.CommitAsync(ct);
        return (links.Count, waiting.Count == batch ? waiting[^1].At : null);
    }

    private sealed record Link(Guid Id, long Seq, string Chain, string? Seal);

    /// <summary>Serialises the passes (and an archive) across nodes on PostgreSQL; SQLite's write transaction already does.</summary>
    internal static async Task LockAsync(HartlineDb db, CancellationToken ct)
    {
        if (db is PostgresHartlineDb) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
    }

    /// <summary>
    /// The last place and chain value: the newest chained event, else the last archive's (whose places all come before the
    /// events kept), else none (the chain starts from <see cref="AuditSeal.Start"/>). One text for both providers, read
    /// here and by the SQLite audit writer inside its own write.
    /// </summary>
    internal const string HeadSql = """
        SELECT "Seq", "Chain" FROM (
            SELECT "Seq", "Chain" FROM (SELECT "Seq", "Chain" FROM "AuditEvents" WHERE "Seq" IS NOT NULL ORDER BY "Seq" DESC LIMIT 1) AS newest
            UNION ALL
            SELECT "Seq", "Chain" FROM (SELECT "UpToSeq" AS "Seq", "Chain" FROM "AuditArchives" ORDER BY "UpToSeq" DESC LIMIT 1) AS archived
        ) AS heads ORDER BY "Seq" DESC LIMIT 1
        """;

    internal static async Task<(long Seq, string Chain)> HeadAsync(HartlineDb db, byte[] key, CancellationToken ct)
    {
        var head = await db.Database.SqlQueryRaw<ChainHead>(HeadSql).ToListAsync(ct);
        return head.Count == 0 ? (0, AuditSeal.Start(key)) : (head[0].Seq, head[0].Chain);
    }

    private sealed class ChainHead
    {
        public long Seq { get; init; }
        public string Chain { get; init; } = "";
    }

    /// <summary>One statement for the whole pass: SQLite reads the places from a JSON parameter, PostgreSQL from arrays.</summary>
    private static async Task WriteLinksAsync(HartlineDb db, List<Link> links, CancellationToken ct)
    {
        if (db is PostgresHartlineDb)
        {
            var ids = links.Select(l => l.Id).ToArray();
            var seqs = links.Select(l => l.Seq).ToArray();
            var chains = links.Select(l => l.Chain).ToArray();
            var seals = links.Select(l => l.Seal).ToArray();
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "AuditEvents" AS a SET "Seq" = v.s, "Chain" = v.c, "Seal" = coalesce(v.l, a."Seal")
                FROM unnest({ids}::uuid[], {seqs}::bigint[], {chains}::text[], {seals}::text[]) AS v(i, s, c, l)
                WHERE a."Id" = v.i AND a."Seq" IS NULL
                """, ct);
            return;
        }
        // SQLite keeps a Guid as upper-case text, as EF writes it. "+ 0" keeps the place's index out: with it SQLite led
        // with every unchained event and looked each up in the JSON (a migration's backlog of 145k took minutes a batch).
        var json = System.Text.Json.JsonSerializer.Serialize(links.Select(l => new { i = l.Id.ToString("D").ToUpperInvariant(), s = l.Seq, c = l.Chain, l = l.Seal }));
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "AuditEvents" SET "Seq" = j.value ->> '$.s', "Chain" = j.value ->> '$.c', "Seal" = coalesce(j.value ->> '$.l', "Seal")
            FROM json_each({json}) AS j
            WHERE "AuditEvents"."Id" = j.value ->> '$.i' AND ("AuditEvents"."Seq" + 0) IS NULL
            """, ct);
    }
}

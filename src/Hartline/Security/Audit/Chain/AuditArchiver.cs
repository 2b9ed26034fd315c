using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Security.Audit.Chain;

/// <summary>What an archive took: nothing (<see cref="Count"/> 0) when no chained event was older than the cut-off.</summary>
public sealed record AuditArchiveResult(long Count, long FromSeq, long UpToSeq, string? File, string? FileDigest);

/// <summary>
/// Retention: events older than the cut-off (by default <see cref="AuditRetention.DefaultYears"/> years) are written to an
/// archive file — one JSON line each, with their seals and chain values, after a first line saying where the chain
/// stood before them — and only then taken out of the database, with a sealed record of the archive from which the events
/// left chain on. The file is complete on disk before anything is deleted, and the deletion and the record are one
/// transaction: a failure leaves the trail as it was. The archive itself is an audited event.
/// </summary>
public static class AuditArchiver
{
    public const string Format = "hartline-audit-archive/1";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The archive file's first line.</summary>
    internal sealed record Header(string Format, long FromSeq, long UpToSeq, long Count, string PreviousChain, DateTime Before);

    public static async Task<AuditArchiveResult> ArchiveAsync(HartlineDb db, DateTime before, string outFile, TimeProvider clock, CancellationToken ct)
    {
        var key = AuditSeal.KeyOf(db.FieldKeys);
        await AuditChain.SealAllAsync(db, ct); // what is old enough is chained before it is archived
        var start = await db.Set<AuditArchive>().AsNoTracking().OrderByDescending(a => a.UpToSeq)
            .Select(a => new { a.UpToSeq, a.Chain }).FirstOrDefaultAsync(ct);
        var (fromSeq, previous) = start is null ? (1L, AuditSeal.Start(key)) : (start.UpToSeq + 1, start.Chain);
        var upTo = await db.AuditEvents.AsNoTracking().Where(e => e.Seq != null && e.At < before).MaxAsync(e => e.Seq, ct);
        if (upTo is null || upTo < fromSeq) return new AuditArchiveResult(0, fromSeq, fromSeq - 1, null, null);
        var count = await db.AuditEvents.LongCountAsync(e => e.Seq >= fromSeq && e.Seq <= upTo, ct);

        // The file first, whole: chained events do not change, so no lock is held while it is written.
        var path = Path.GetFullPath(outFile);
        string digest, lastChain = previous;
        using (var file = new Features.People.Deduplication.AtomicFile(path))
        {
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var writer = new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
                void Line(string text)
                {
                    writer.WriteLine(text);
                    sha.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
                }
                Line(JsonSerializer.Serialize(new Header(Format, fromSeq, upTo.Value, count, previous, before), Json));
                await foreach (var e in db.AuditEvents.AsNoTracking().Where(e => e.Seq >= fromSeq && e.Seq <= upTo).OrderBy(e => e.Seq)
                                   .AsAsyncEnumerable().WithCancellation(ct))
                {
                    Line(JsonSerializer.Serialize(e, Json));
                    lastChain = e.Chain!;
                }
                await writer.FlushAsync(ct);
                digest = Convert.ToHexStringLower(sha.GetHashAndReset());
            }
            file.Commit();
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AuditChain.LockAsync(db, ct);
            // Another archive run meanwhile would have moved the start: this one then stands down.
            var now = await db.Set<AuditArchive>().AsNoTracking().MaxAsync(a => (long?)a.UpToSeq, ct) ?? 0;
            if (now != fromSeq - 1) throw new InvalidOperationException("Another archive of the audit trail ran at the same time; run this one again.");
            var removed = await db.AuditEvents.Where(e => e.Seq >= fromSeq && e.Seq <= upTo).ExecuteDeleteAsync(ct);
            if (removed != count) throw new InvalidOperationException($"The audit trail changed while it was archived ({removed} events, not {count}).");
            var record = new AuditArchive
            {
                ArchivedAt = clock.GetUtcNow().UtcDateTime, FromSeq = fromSeq, UpToSeq = upTo.Value, Chain = lastChain, Count = count,
                File = Path.GetFileName(path), FileDigest = digest, Seal = "",
            };
            record.Seal = record.ExpectedSeal(key);
            db.Add(record);
            db.AuditEvents.Add(new AuditEvent
            {
                At = record.ArchivedAt, Actor = db.Actor.Name, UserId = db.Actor.UserId, AgencyId = db.Actor.AgencyId,
                Action = AuditAction.Export, EntityType = "AuditTrail", EntityId = record.Id.ToString(), Purpose = "retention",
                Details = JsonSerializer.Serialize(new { fromSeq, upToSeq = upTo, count, before, file = record.File, sha256 = digest }),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            File.Delete(path); // nothing was taken out: the file would only be a copy
            throw;
        }
        return new AuditArchiveResult(count, fromSeq, upTo.Value, path, digest);
    }

    /// <summary>
    /// Checks an archive file on its own: every event's seal, the chain from the value its first line gives to its last
    /// event, the places without a gap, and the count. With the database's record at hand, also that the file is the one
    /// archived (its digest).
    /// </summary>
    public static async Task<AuditVerification> VerifyFileAsync(string file, byte[] key, CancellationToken ct)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var first = await reader.ReadLineAsync(ct);
        Header? header;
        try { header = first is null ? null : JsonSerializer.Deserialize<Header>(first, Json); }
        catch (JsonException) { header = null; }
        if (header is null || header.Format != Format)
            throw new InvalidDataException($"{file}: line 1 is not the first line of a Hartline audit archive.");
        var (seq, chain, problems, count) = (header.FromSeq - 1, header.PreviousChain, 0, 0L);
        AuditBreak? firstBreak = null;
        DateTime? lastAt = null;
        var lineNo = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNo++;
            AuditEvent? e;
            try { e = JsonSerializer.Deserialize<AuditEvent>(line, Json); }
            catch (JsonException) { e = null; }
            if (e?.Seq is null) throw new InvalidDataException($"{file}: line {lineNo} is not an audit event.");
            var at = e.Seq.Value;
            var fault = ChainFaults.Of(key, seq, chain, e);
            AuditBreak? b = fault == ChainFault.None ? null : fault.Break(seq, e, fault switch
                {
                    ChainFault.Deleted => $"line {lineNo}: events {seq + 1} to {at - 1} are missing",
                    ChainFault.Inserted => $"line {lineNo}: event {at} was not written by Hartline",
                    ChainFault.Moved => $"line {lineNo}: event {at} was moved",
                    _ => $"line {lineNo}: event {at} was edited",
                });
            if (b is not null)
            {
                problems++;
                firstBreak ??= b;
            }
            (seq, chain, lastAt) = (at, e.Chain ?? chain, e.At);
            count++;
        }
        if (problems == 0 && (count != header.Count || seq != header.UpToSeq))
        {
            problems++;
            firstBreak = new(AuditBreakKind.Deleted, seq + 1, null, lastAt,
                $"the file holds {count} events up to {seq}; its first line says {header.Count} up to {header.UpToSeq}");
        }
        return new AuditVerification(count, header.FromSeq, seq, lastAt, chain, 0, 0, problems, firstBreak);
    }
}

/// <summary>How long the audit trail is kept in the database: <c>Hartline:Audit:RetentionYears</c>, 7 by default.</summary>
public static class AuditRetention
{
    public const int DefaultYears = 7;

    public static int Years(IConfiguration config) => config.GetValue<int?>("Hartline:Audit:RetentionYears") is { } years
        ? years is >= 1 and <= 100 ? years : throw new InvalidOperationException("Hartline:Audit:RetentionYears: give a number of years from 1 to 100.")
        : DefaultYears;
}

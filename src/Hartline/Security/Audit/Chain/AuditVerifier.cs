using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Security.Audit.Chain;

public enum AuditBreakKind { Edited, Inserted, Deleted }

/// <summary>The first place the trail does not hold together, in words a security officer reads.</summary>
public sealed record AuditBreak(AuditBreakKind Kind, long? Seq, Guid? EventId, DateTime? At, string Message);

/// <param name="Chained">Events checked in the chain.</param>
/// <param name="Waiting">Events written but not yet chained (the server chains them within seconds), each with a right seal.</param>
/// <param name="Problems">Every event found edited, inserted or deleted (a run of deleted ones counts once).</param>
public sealed record AuditVerification(long Chained, long FirstSeq, long LastSeq, DateTime? LastAt, string Head, long Waiting,
    long Archived, int Problems, AuditBreak? First)
{
    public bool Intact => Problems == 0;
}

/// <summary>
/// Reads the whole trail in chain order and checks each event's seal (its content) and chain value (its place): an event
/// whose content no longer matches its seal was edited; one whose seal and chain value are both wrong was not written by
/// Hartline (inserted); a gap in the places, with the chain broken after it, is where events were deleted. The archives'
/// records are checked too, and the chain starts from the last one. What a chain cannot show is the newest events
/// removed from its end: the head printed (place and value) is what to keep elsewhere and compare next time.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(HartlineDb db, CancellationToken ct)
    {
        var key = AuditSeal.KeyOf(db.FieldKeys);
        var problems = 0;
        AuditBreak? first = null;
        void Found(AuditBreak b)
        {
            problems++;
            first ??= b;
        }

        var archives = await db.Set<AuditArchive>().AsNoTracking().OrderBy(a => a.UpToSeq).ToListAsync(ct);
        long seq = 0, archived = 0;
        var chain = AuditSeal.Start(key);
        foreach (var a in archives)
        {
            if (!AuditSeal.Same(a.Seal, a.ExpectedSeal(key)))
                Found(new AuditBreak(AuditBreakKind.Edited, a.UpToSeq, a.Id, a.ArchivedAt,
                    $"the record of the archive of events {a.FromSeq} to {a.UpToSeq} was changed"));
            else if (a.FromSeq != seq + 1)
                Found(new AuditBreak(AuditBreakKind.Deleted, seq + 1, null, a.ArchivedAt,
                    $"the record of the archive of events {seq + 1} to {a.FromSeq - 1} is missing (deleted)"));
            (seq, chain) = (a.UpToSeq, a.Chain);
            archived += a.Count;
        }

        long chained = 0, firstSeq = 0;
        DateTime? lastAt = null;
        await foreach (var e in db.AuditEvents.AsNoTracking().Where(e => e.Seq != null).OrderBy(e => e.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            var at = e.Seq!.Value;
            if (at <= seq)
                Found(new AuditBreak(AuditBreakKind.Inserted, at, e.Id, e.At, $"event {at} ({Describe(e)}) sits among events already archived: it was inserted"));
            else if (ChainFaults.Of(key, seq, chain, e) is var fault && fault != ChainFault.None)
                Found(fault.Break(seq, e, fault switch
                {
                    ChainFault.Deleted when at == seq + 2 => $"event {seq + 1} is missing: it was deleted (the chain resumes at event {at}, {Describe(e)})",
                    ChainFault.Deleted => $"events {seq + 1} to {at - 1} are missing: they were deleted (the chain resumes at event {at}, {Describe(e)})",
                    ChainFault.Inserted => $"event {at} ({Describe(e)}) was not written by Hartline: it was inserted",
                    ChainFault.Moved => $"event {at} ({Describe(e)}) was moved: its place in the chain was changed",
                    _ => $"event {at} ({Describe(e)}) was edited after it was written",
                }));
            if (chained++ == 0) firstSeq = at;
            // Carry on from the event as stored, so that one break is reported once, not again at every event after it.
            if (at > seq) (seq, chain) = (at, e.Chain ?? chain);
            lastAt = e.At;
        }

        // Events not yet chained must still carry a right seal: one without was put there by someone without the key.
        long waiting = 0;
        await foreach (var e in db.AuditEvents.AsNoTracking().Where(e => e.Seq == null).OrderBy(e => e.At).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (AuditSeal.Same(e.Seal, AuditSeal.Of(key, e))) waiting++;
            else Found(new AuditBreak(AuditBreakKind.Inserted, null, e.Id, e.At,
                $"an event not in the chain ({Describe(e)}) does not carry Hartline's seal: it was inserted, or edited before it was chained"));
        }
        return new AuditVerification(chained, firstSeq, seq, lastAt, chain, waiting, archived, problems, first);
    }

    private static string Describe(AuditEvent e) =>
        $"{e.Action} of {e.EntityType}{(e.EntityId is null ? "" : " " + e.EntityId)} by {e.Actor} at {e.At:yyyy-MM-dd HH:mm:ss} UTC";
}

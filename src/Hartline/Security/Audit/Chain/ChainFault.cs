namespace Hartline.Security.Audit.Chain;

/// <summary>What one chained event shows about the trail where it sits.</summary>
public enum ChainFault
{
    None,
    /// <summary>Events before it are missing: its place skips ahead and its chain value does not follow the last one.</summary>
    Deleted,
    /// <summary>Neither its seal nor its chain value is right: Hartline did not write it.</summary>
    Inserted,
    /// <summary>Its content is sealed right but its chain value is not: its place was changed.</summary>
    Moved,
    /// <summary>In its place, but its content no longer matches its seal.</summary>
    Edited,
}

/// <summary>
/// The one rule for reading a break, used by <see cref="AuditVerifier"/> on the database and by
/// <see cref="AuditArchiver.VerifyFileAsync"/> on an archive file; each says where the event was found in its own words.
/// </summary>
public static class ChainFaults
{
    /// <param name="previousSeq">The place of the event before it (or of the archive, or 0 at the start).</param>
    /// <param name="previousChain">That event's chain value.</param>
    public static ChainFault Of(byte[] key, long previousSeq, string previousChain, AuditEvent e)
    {
        var at = e.Seq ?? throw new ArgumentException("Only a chained event has a place to check.", nameof(e));
        var sealOk = AuditSeal.Same(e.Seal, AuditSeal.Of(key, e));
        var linkOk = e.Seal is not null && AuditSeal.Same(e.Chain, AuditSeal.Link(key, previousChain, at, e.Seal));
        if (linkOk) return sealOk ? ChainFault.None : ChainFault.Edited;
        if (at > previousSeq + 1) return ChainFault.Deleted;
        return sealOk ? ChainFault.Moved : ChainFault.Inserted;
    }

    /// <summary>The break to report: a deletion is found at the first missing place, anything else at the event itself.</summary>
    public static AuditBreak Break(this ChainFault fault, long previousSeq, AuditEvent e, string message) => fault switch
    {
        ChainFault.Deleted => new(AuditBreakKind.Deleted, previousSeq + 1, null, e.At, message),
        ChainFault.Inserted => new(AuditBreakKind.Inserted, e.Seq, e.Id, e.At, message),
        _ => new(AuditBreakKind.Edited, e.Seq, e.Id, e.At, message),
    };
}

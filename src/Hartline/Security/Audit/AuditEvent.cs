namespace Hartline.Security.Audit;

/// <summary>One append-only line of the audit trail. Never updated or deleted (HartlineDb refuses).</summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Set by the writer from the host's TimeProvider (AuditLog, AuditTrail).</summary>
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>Who acted, as shown to reviewers: an e-mail, or "system" for the CLI and start-up.</summary>
    public required string Actor { get; set; }
    public Guid? AgencyId { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>JSON: changed fields with before/after values, or context of the event.</summary>
    public string? Details { get; set; }
    public string? Purpose { get; set; }
    /// <summary>
    /// A keyed digest of everything above, set as the event is written (<see cref="Chain.AuditSeal"/>): an edit made after
    /// that no longer matches it, and a row added by anyone without the key cannot carry a right one.
    /// </summary>
    public string? Seal { get; set; }
    /// <summary>The event's place in the chain (1, 2, …), given by the sealer shortly after the event is written; null until then.</summary>
    public long? Seq { get; set; }
    /// <summary>A keyed digest of the previous event's chain value, this place and this event's seal: a deleted or inserted event breaks it.</summary>
    public string? Chain { get; set; }
}

public enum AuditAction { Create, Update, Read, Export, Merge, Unmerge, SignIn, SignInFailed, SignOut, Lockout, Denied }

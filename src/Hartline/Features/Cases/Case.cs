using Hartline.Features.People;
using Hartline.Security.Audit;

namespace Hartline.Features.Cases;

/// <summary>The file an owner agency keeps on one youth. Shared with other agencies through grants.</summary>
public sealed class Case : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The number people use for it ("C-2026-00017", see <see cref="Data.RecordNumbers"/>); null only on rows loaded in bulk by the benchmark.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? Number { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid OwnerAgencyId { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public required string RegionCode { get; set; }
    /// <summary>Where the youth lived when exploited (jurisdiction category); null when not recorded.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? ResidenceCode { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    /// <summary>Why the case was last closed (jurisdiction closure-reason code); kept after reopening as history is in the status changes.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? ClosureReasonCode { get; set; }
    public Guid? AssignedUserId { get; set; }
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
    public List<CaseAccessGrant> Grants { get; set; } = [];
}

/// <summary>
/// The life of a case (HTCDS cas_Status, plus Open before work starts and Reopened after a closure).
/// A case is never deleted: it is closed with a reason, and may be reopened.
/// </summary>
public enum CaseStatus { Open, Active, FollowUp, Closed, Reopened }

/// <summary>
/// A case's place in the order of its life (open, active, follow-up, reopened, closed), kept by the database in
/// a computed column beside the status: sorting by it then reads an index instead of sorting every case by an
/// expression. It maps the statuses one to one, so a status filter may test it too.
/// </summary>
public static class CaseLifeOrder
{
    public const string Column = "LifeOrder";

    /// <summary>The column's definition, the same SQL on both providers.</summary>
    public const string Sql =
        "CASE \"Status\" WHEN 'Open' THEN 0 WHEN 'Active' THEN 1 WHEN 'FollowUp' THEN 2 WHEN 'Reopened' THEN 3 ELSE 4 END";

    public static int Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => 0, CaseStatus.Active => 1, CaseStatus.FollowUp => 2, CaseStatus.Reopened => 3, _ => 4,
    };
}

/// <summary>
/// Access to a case given to another agency: by a service referral, an MDT agenda, or sharing with
/// law enforcement. Revoked grants are kept (nothing is hard-deleted) and stop giving access.
/// </summary>
public sealed class CaseAccessGrant : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid AgencyId { get; set; }
    public GrantKind Kind { get; set; }
    public Guid GrantedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime GrantedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>
    /// Set when a provider accepted a service referral: the grant reaches only that referral's shared fields, never
    /// the case file, and ends with the referral.
    /// </summary>
    public Guid? ServiceReferralId { get; set; }

    /// <summary>Whether the grant opens the case file (false: it reaches one referral's shared fields only).</summary>
    public bool OpensCaseFile => ServiceReferralId is null;
}

public enum GrantKind { ServiceReferral, Mdt, LawEnforcement }

namespace Hartline.Features.Cases.Lifecycle;

/// <summary>One step in a case's life (open → active → follow-up → closed → reopened), with who, when and why.</summary>
public sealed class CaseStatusChange : Security.Audit.IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>Null for the opening step: before it the case did not exist.</summary>
    public CaseStatus? From { get; set; }
    public CaseStatus To { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public string? ReasonCode { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid ChangedById { get; set; }
    public DateTime ChangedAt { get; set; }
}

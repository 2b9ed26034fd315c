using Hartline.Security.Audit;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// A kind of help the youth needs, chosen on the case from Hartline's service types (emergency shelter, trauma
/// therapy, a T visa…). Matching starts from these; a need is met or dropped, never deleted, so the unmet needs
/// a team reports are the open ones.
/// </summary>
public sealed class ServiceNeed : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>A service type code of <see cref="Directory.HartlineTaxonomies.ServiceTypeTerms"/>.</summary>
    [ShownInAudit] public required string TypeCode { get; set; }
    [ConfidentialText] public string? Note { get; set; }
    [ShownInAudit] public NeedStatus Status { get; set; } = NeedStatus.Open;
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedById { get; set; }
}

public enum NeedStatus { Open, Met, NoLongerNeeded }

/// <summary>
/// What matching needs to know about the youth beyond the case and the registry: the language they are most at
/// ease in (ISO 639-1) and the populations a service may be meant for (LGBTQ youth, immigrant youth…). One row a
/// case, changed in place; the audit trail keeps the history.
/// </summary>
public sealed class CaseServiceFacts : IAudited
{
    public Guid CaseId { get; set; }
    [ShownInAudit] public string? LanguageCode { get; set; }
    public List<string> Populations { get; set; } = [];
    public Guid UpdatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
}

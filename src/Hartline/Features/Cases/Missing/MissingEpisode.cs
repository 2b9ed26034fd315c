namespace Hartline.Features.Cases.Missing;

/// <summary>
/// A time the youth was missing from care or home: a strong sign of exploitation and of risk. Open until
/// the youth is found (<see cref="EndedAt"/> null). Kept for good; a mistake is corrected by editing,
/// which the audit trail records.
/// </summary>
public sealed class MissingEpisode : Security.Audit.IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>Where the youth went missing from (residence category of the jurisdiction).</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? MissingFromCode { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>Where and how the youth was found, in words (a town, "returned on own", "with a buyer").</summary>
    [Hartline.Security.Audit.ConfidentialText]
    public string? WhereFound { get; set; }
    public bool ReportedToPolice { get; set; }
    public bool ReportedToNcmec { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

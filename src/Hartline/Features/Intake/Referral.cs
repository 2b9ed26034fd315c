namespace Hartline.Features.Intake;

/// <summary>A report that a youth may be a trafficking victim, as received by an agency.</summary>
public sealed class Referral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateOnly ReceivedOn { get; set; }
    /// <summary>A referral-source code from the jurisdiction file (Careline, school, law enforcement …).</summary>
    public required string SourceCode { get; set; }
    /// <summary>Who made the report: often an organisation outside Hartline, so free text.</summary>
    public required string ReportingAgencyName { get; set; }
    public Guid ReceivingAgencyId { get; set; }
    public required string RegionCode { get; set; }
    public string? ResidenceCode { get; set; }
    public Guid PersonId { get; set; }
    public Guid CaseId { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

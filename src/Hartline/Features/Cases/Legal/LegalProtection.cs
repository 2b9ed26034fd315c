using Hartline.Jurisdictions;
using Hartline.Security.Audit;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// A protection sought for the youth (affirmative defense, vacatur, T visa…). Its history is its steps:
/// the opening step, then at most one outcome. Never deleted; asking again is a new protection.
/// </summary>
public sealed class LegalProtection : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public ProtectionKind Kind { get; set; }
    /// <summary>The latest step, kept beside the steps so reports and lists need not read the history.</summary>
    public ProtectionStep Status { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>The court or agency handling it, as the worker writes it (e.g. "Hartford Juvenile Court").</summary>
    public string? CourtOrAgency { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public List<LegalProtectionStep> Steps { get; set; } = [];
}

/// <summary>One dated step of a protection, as recorded (raised, accepted, awarded with an amount…).</summary>
public sealed class LegalProtectionStep : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProtectionId { get; set; }
    public ProtectionStep Step { get; set; }
    public DateOnly On { get; set; }
    /// <summary>Only for an award of compensation, and optional there.</summary>
    public decimal? Amount { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

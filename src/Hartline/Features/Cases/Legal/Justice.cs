using Hartline.Security.Audit;

namespace Hartline.Features.Cases.Legal;

/// <summary>The part a person played in the exploitation (after HTCDS per_RoleInProcess, reduced to what HART records).</summary>
public enum OffenderRole { Trafficker, Recruiter, Buyer, Facilitator, Transporter, Other }

/// <summary>How the offender is related to the youth (seed 004: family/caregiver, intimate partner, employer…).</summary>
public enum OffenderRelationship { FamilyOrCaregiver, IntimatePartner, Employer, Acquaintance, Stranger, Unknown }

/// <summary>Where a charge stands. "Nolled" is Connecticut's nolle prosequi: the prosecutor declines to go on.</summary>
public enum DispositionOutcome { Pending, Convicted, ConvictedOfLesserOffense, Dismissed, Nolled, Acquitted }

public enum CourtPurpose { Arraignment, PretrialHearing, Trial, Sentencing, ProtectionHearing, YouthTestimony, Other }

/// <summary>
/// A trafficker, buyer or other offender linked to the case. The name or alias identifies a person, so it
/// is shown only inside the case file (to whoever may read the case) and never leaves in reports.
/// </summary>
public sealed class Offender : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public OffenderRole Role { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? NameOrAlias { get; set; }
    public OffenderRelationship? Relationship { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

public sealed class Arrest : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid OffenderId { get; set; }
    public DateOnly ArrestedOn { get; set; }
    /// <summary>The arresting agency, as written (it may be outside Hartline, e.g. a federal agency).</summary>
    public required string Agency { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

/// <summary>A charge against an offender: an offence from the jurisdiction's list, and its dispositions over time.</summary>
public sealed class Charge : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid OffenderId { get; set; }
    public Guid? ArrestId { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public required string OffenseCode { get; set; }
    /// <summary>When the offence was committed; null when not known (an age-classed offence then cannot be classed).</summary>
    public DateOnly? OffenseDate { get; set; }
    public DateOnly ChargedOn { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public List<ChargeDisposition> Dispositions { get; set; } = [];
}

/// <summary>One disposition of a charge; the latest is where it stands, earlier ones are its history.</summary>
public sealed class ChargeDisposition : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ChargeId { get; set; }
    public DispositionOutcome Outcome { get; set; }
    public DateOnly On { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

/// <summary>A hearing in a criminal case or in one of the youth's own protections. Stored in UTC.</summary>
public sealed class CourtDate : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public required string Court { get; set; }
    public CourtPurpose Purpose { get; set; }
    public Guid? OffenderId { get; set; }
    public Guid? ProtectionId { get; set; }
    /// <summary>What happened, written once the hearing has taken place.</summary>
    [Hartline.Security.Audit.ConfidentialText]
    public string? Outcome { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

namespace Hartline.Features.Cases.Plan;

/// <summary>
/// A goal of the youth's service plan (HTCDS spl_), written in the youth's own words first, with the
/// worker's description of the service beside it. The plan is the case's items, added over time; items
/// are never deleted (an item no longer pursued is dropped). Survivors said they "did not have a say":
/// every item records whether the youth agreed, and each answer is kept in <see cref="PlanItemAgreement"/>.
/// </summary>
public sealed class PlanItem : Security.Audit.IAudited, Hartline.Data.IVersioned
{
    /// <summary>Counts the saves that changed it (<see cref="Hartline.Data.IVersioned"/>).</summary>
    public int Version { get; set; }
    public const int WordsMaxLength = 1000, DescriptionMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>The goal as the youth said it, quoted.</summary>
    [Security.Audit.ConfidentialText]
    public required string YouthWords { get; set; }
    /// <summary>The service or action the worker plans to meet it; optional.</summary>
    [Security.Audit.ConfidentialText]
    public string? WorkerDescription { get; set; }
    public PlanDomain Domain { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public PlanItemStatus Status { get; set; } = PlanItemStatus.Proposed;
    /// <summary>When the item was achieved or dropped (HTCDS actual end date).</summary>
    public DateOnly? EndedOn { get; set; }
    /// <summary>The youth's latest answer; the history is in <see cref="PlanItemAgreement"/>.</summary>
    public YouthAgreement Agreement { get; set; } = YouthAgreement.NotAsked;
    public DateOnly? AgreementOn { get; set; }
    public AgreementHow? AgreementHow { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime AddedAt { get; set; }
    public Guid AddedById { get; set; }
    public Guid AddedByAgencyId { get; set; }
}

/// <summary>One answer of the youth to a plan item: what they said, when and how they were asked.</summary>
public sealed class PlanItemAgreement : Security.Audit.IAudited
{
    public const int CommentMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanItemId { get; set; }
    public Guid CaseId { get; set; }
    public YouthAgreement Agreement { get; set; }
    public DateOnly On { get; set; }
    public AgreementHow How { get; set; }
    /// <summary>What the youth said about it, in their words; optional.</summary>
    [Security.Audit.ConfidentialText]
    public string? YouthComment { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
}

/// <summary>HTCDS spl_ support-plan types, plus mental health and safety, which HART's survivors and partners name.</summary>
public enum PlanDomain
{
    Education, Financial, Health, Legal, Livelihood,
    SocialCare,
    Housing,
    MentalHealth,
    Safety, Other,
}

public enum PlanItemStatus { Proposed, Active, Achieved, Dropped }

public enum YouthAgreement
{
    Agreed,
    Disagreed,
    NotAsked,
}

public enum AgreementHow
{
    InPerson,
    Phone,
    Video,
    Written,
    Mdt,
    Other,
}

using Hartline.Security.Audit;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// The youth sent to a service in the directory. It moves drafted → sent → accepted / declined / withdrawn →
/// engaged → completed / ended, each step kept in <see cref="ServiceReferralStep"/> with who, when and for which
/// agency. The provider sees only <see cref="SharedFields"/> (a named share profile the sender chose), and only while
/// the referral is open; accepting it gives the provider's agency a case grant limited to those fields.
/// </summary>
public sealed class ServiceReferral : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"S-2026-00004": the number a provider and a coordinator say to each other on the phone.</summary>
    [ShownInAudit] public string? Number { get; set; }
    public Guid CaseId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid? NeedId { get; set; }
    /// <summary>The kind of help asked for (the need's type, or one of the service's): what the figures count referrals by.</summary>
    [ShownInAudit] public required string TypeCode { get; set; }
    /// <summary>The provider's Hartline agency when it signs in (the organisation's, as it was when sent); null when a coordinator keeps the referral for it.</summary>
    public Guid? ProviderAgencyId { get; set; }
    /// <summary>The agency that sent it (the sender's, at the time).</summary>
    public Guid SenderAgencyId { get; set; }
    [ShownInAudit] public ServiceReferralStatus Status { get; set; } = ServiceReferralStatus.Drafted;
    [ShownInAudit] public ShareProfile ShareProfile { get; set; }
    /// <summary>The fields of <see cref="ShareProfile"/> as they were when sent: a profile changed later does not widen an old referral.</summary>
    public List<SharedField> SharedFields { get; set; } = [];
    /// <summary>What the sender tells the provider: why this service, what the youth wants from it.</summary>
    [ConfidentialText] public string? Message { get; set; }
    /// <summary>The consent the send was checked against; the referral is hidden from the provider once it is withdrawn.</summary>
    public Guid? ConsentId { get; set; }
    /// <summary>Why the service's rules did not fit the youth (too old, another region…), when the sender went ahead anyway.</summary>
    public string? EligibilityWarning { get; set; }
    [ConfidentialText] public string? EligibilityNote { get; set; }
    public DeclineReason? DeclineReason { get; set; }
    public EndReason? EndReason { get; set; }
    public ReferralResult? Result { get; set; }
    /// <summary>The text with a decline, a withdrawal, an end or a completion.</summary>
    [ConfidentialText] public string? ClosingNote { get; set; }
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public List<ServiceReferralStep> Steps { get; set; } = [];
}

public enum ServiceReferralStatus { Drafted, Sent, Accepted, Declined, Withdrawn, Engaged, Completed, Ended }

/// <summary>Why a provider said no.</summary>
public enum DeclineReason { NoCapacity, NotEligible, CannotMeetNeeds, YouthDeclined, CouldNotReachYouth, SafetyConcern, Other }

/// <summary>Why a referral stopped before the help was completed.</summary>
public enum EndReason { YouthStopped, YouthMoved, NoContact, ServiceClosed, NeedsChanged, SafetyConcern, Other }

/// <summary>How the help went, said when it is completed.</summary>
public enum ReferralResult { GoalsMet, PartlyMet, NotMet }

/// <summary>One step of a referral: what it became, who moved it, for which agency, when, and why.</summary>
public sealed class ServiceReferralStep : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    [ShownInAudit] public ServiceReferralStatus Status { get; set; }
    public Guid ById { get; set; }
    /// <summary>The person's name and agency as they were: people move and agencies are renamed.</summary>
    public required string ByName { get; set; }
    public Guid? AgencyId { get; set; }
    public required string AgencyName { get; set; }
    public DateTime At { get; set; }
    [ConfidentialText] public string? Note { get; set; }
}

/// <summary>A service the provider gave the youth under a referral: its type, when, for how long or how many units.</summary>
public sealed class ServiceDelivery : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    [ShownInAudit] public required string TypeCode { get; set; }
    [ShownInAudit] public DateOnly DeliveredOn { get; set; }
    public int? Minutes { get; set; }
    public int? Units { get; set; }
    [ConfidentialText] public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    public Guid? RecordedByAgencyId { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

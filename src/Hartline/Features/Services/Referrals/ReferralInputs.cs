namespace Hartline.Features.Services.Referrals;

/// <summary>A referral to a service from a case: the service, the need it answers, what to share, the message; sent at once unless <see cref="Send"/> is false (a draft).</summary>
public sealed class ServiceReferralInput
{
    public Guid? ServiceId { get; set; }
    /// <summary>The case's need this answers; its type is the referral's.</summary>
    public Guid? NeedId { get; set; }
    /// <summary>Without a need: the kind of help asked for (one the service offers); default the service's first.</summary>
    public string? TypeCode { get; set; }
    public ShareProfile? ShareProfile { get; set; }
    [MultiLine] public string? Message { get; set; }
    /// <summary>Why the referral goes although the service's rules do not fit the youth (required then).</summary>
    [MultiLine] public string? EligibilityNote { get; set; }
    public bool Send { get; set; } = true;
}

/// <summary>Sending a draft: the note on eligibility when the rules do not fit.</summary>
public sealed class SendInput
{
    [MultiLine] public string? EligibilityNote { get; set; }
}

/// <summary>What a step takes: a reason from the list (declining, ending), a result (completing), and words.</summary>
public sealed class ReferralStepInput
{
    public DeclineReason? DeclineReason { get; set; }
    public EndReason? EndReason { get; set; }
    public ReferralResult? Result { get; set; }
    [MultiLine] public string? Note { get; set; }
}

/// <summary>A service given under a referral: its type, the day, and how long (minutes) or how many units.</summary>
public sealed class DeliveryInput
{
    public string? TypeCode { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public int? Minutes { get; set; }
    public int? Units { get; set; }
    [MultiLine] public string? Note { get; set; }
}

/// <summary>The steps a referral can take after it is sent.</summary>
public enum ReferralMove { Accept, Decline, Withdraw, Engage, Complete, End }

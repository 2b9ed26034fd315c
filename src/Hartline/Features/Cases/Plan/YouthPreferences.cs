namespace Hartline.Features.Cases.Plan;

/// <summary>
/// What the youth asked for about how they are worked with. Each change is a new row; the latest is
/// current and the earlier ones are the history. No phone numbers or addresses here: contact details
/// stay on file where they are protected; this says only how and when the youth wants to be reached.
/// </summary>
public sealed class YouthPreferences : Security.Audit.IAudited
{
    public const int TextMaxLength = 1000, ShortMaxLength = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    [Security.Audit.ConfidentialText]
    public string? NameUsed { get; set; }
    public string? Pronouns { get; set; }
    public string? Language { get; set; }
    /// <summary>Who the youth wants at meetings about them.</summary>
    [Security.Audit.ConfidentialText]
    public string? WantPresent { get; set; }
    /// <summary>Who the youth does not want at meetings about them.</summary>
    [Security.Audit.ConfidentialText]
    public string? DoNotWantPresent { get; set; }
    public ContactMethod? ContactMethod { get; set; }
    /// <summary>When it is safe and convenient to reach the youth.</summary>
    [Security.Audit.ConfidentialText]
    public string? ContactTimes { get; set; }
    /// <summary>Whether a message may be left (null: not asked).</summary>
    public bool? MessageMayBeLeft { get; set; }
    /// <summary>What the youth does not want (services, questions, people, places), in their words.</summary>
    [Security.Audit.ConfidentialText]
    public string? DoesNotWant { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
    public required string RecordedByName { get; set; }
}

public enum ContactMethod
{
    ThroughCaseWorker,
    PhoneCall,
    TextMessage,
    Email,
    InPerson,
    Other,
}

/// <summary>The youth's feedback on the help they get (cf. NCA's Youth Feedback Survey): a few ratings and their words.</summary>
public sealed class YouthFeedback : Security.Audit.IAudited
{
    public const int WordsMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateOnly GivenOn { get; set; }
    public FeedbackChannel How { get; set; }
    /// <summary>1 (not at all) to 5 (completely); null when not asked.</summary>
    public int? FeltListenedTo { get; set; }
    public int? FeltSafe { get; set; }
    public int? HadASay { get; set; }
    [Security.Audit.ConfidentialText]
    public string? YouthWords { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
    public Guid RecordedByAgencyId { get; set; }
}

public enum FeedbackChannel
{
    Conversation, Survey,
    Mdt,
    Other,
}

namespace Hartline.Features.Cases.Plan;

public sealed class PlanItemInput
{
    [MultiLine] public string? YouthWords { get; set; }
    [MultiLine] public string? WorkerDescription { get; set; }
    public PlanDomain? Domain { get; set; }
    public DateOnly? PlannedEnd { get; set; }
}

public sealed class AgreementInput
{
    /// <summary>Agreed or Disagreed: what the youth said when asked.</summary>
    public YouthAgreement? Agreement { get; set; }
    public DateOnly? On { get; set; }
    public AgreementHow? How { get; set; }
    [MultiLine] public string? YouthComment { get; set; }
}

public sealed class StatusInput
{
    public PlanItemStatus? Status { get; set; }
    /// <summary>The goal's version the form showed (optional): a change someone made since is reported, not overwritten.</summary>
    public int? Version { get; set; }
}

public sealed class PreferencesInput
{
    [PersonName] public string? NameUsed { get; set; }
    public string? Pronouns { get; set; }
    public string? Language { get; set; }
    [MultiLine] public string? WantPresent { get; set; }
    [MultiLine] public string? DoNotWantPresent { get; set; }
    public ContactMethod? ContactMethod { get; set; }
    public string? ContactTimes { get; set; }
    public bool? MessageMayBeLeft { get; set; }
    [MultiLine] public string? DoesNotWant { get; set; }
}

public sealed class FeedbackInput
{
    public DateOnly? GivenOn { get; set; }
    public FeedbackChannel? How { get; set; }
    public int? FeltListenedTo { get; set; }
    public int? FeltSafe { get; set; }
    public int? HadASay { get; set; }
    [MultiLine] public string? YouthWords { get; set; }
}

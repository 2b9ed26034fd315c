namespace Hartline.Features.Cases.Plan;

public sealed record AgreementView(YouthAgreement Agreement, DateOnly On, AgreementHow How, string? YouthComment, DateTime RecordedAt);

public sealed record PlanItemView(Guid Id, string YouthWords, string? WorkerDescription, PlanDomain Domain, DateOnly? PlannedEnd,
    PlanItemStatus Status, DateOnly? EndedOn, YouthAgreement Agreement, DateOnly? AgreementOn, AgreementHow? AgreementHow,
    DateTime AddedAt, IReadOnlyList<AgreementView> Answers, int Version = 0);

public sealed record PreferencesView(string? NameUsed, string? Pronouns, string? Language, string? WantPresent, string? DoNotWantPresent,
    ContactMethod? ContactMethod, string? ContactTimes, bool? MessageMayBeLeft, string? DoesNotWant, DateTime RecordedAt, string RecordedBy);

public sealed record FeedbackView(Guid Id, DateOnly GivenOn, FeedbackChannel How, int? FeltListenedTo, int? FeltSafe, int? HadASay,
    string? YouthWords, DateTime RecordedAt);

/// <summary>The youth's voice in one case: goals and answers, preferences (current first, then history), feedback.</summary>
public sealed record PlanView(Guid CaseId, IReadOnlyList<PlanItemView> Items, PreferencesView? Preferences,
    IReadOnlyList<PreferencesView> EarlierPreferences, IReadOnlyList<FeedbackView> Feedback, bool MayUpdate, bool MayContribute)
{
    public int Agreed => Items.Count(i => i.Agreement == YouthAgreement.Agreed);
    public int NotAsked => Items.Count(i => i.Agreement == YouthAgreement.NotAsked);
}

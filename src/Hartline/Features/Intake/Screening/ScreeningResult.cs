namespace Hartline.Features.Intake.Screening;

/// <summary>
/// What a set of responses scores to. Derived, never the record of truth: the app stores the responses and can
/// recompute this at any time with the same instrument version and get the same answer.
/// </summary>
public sealed record ScreeningResult(
    int Total,
    int Answered,
    int Unanswered,
    string BandCode,
    string BandLabel,
    int BandLevel,
    bool Positive,
    IReadOnlyList<string> Reasons);

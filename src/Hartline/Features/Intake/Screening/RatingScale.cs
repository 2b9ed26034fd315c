namespace Hartline.Features.Intake.Screening;

/// <summary>The answers an item offers; several items share one scale by code.</summary>
public sealed record RatingScale(string Code, IReadOnlyList<ScaleOption> Options)
{
    public ScaleOption? Option(int value) => Options.FirstOrDefault(o => o.Value == value);

    /// <summary>The highest value an answer on this scale can add to a score.</summary>
    public int MaxScore => Options.Where(o => !o.Unknown).Select(o => o.Value).DefaultIfEmpty(0).Max();
}

/// <summary>
/// One answer. <see cref="Value"/> is what is stored and, for scored answers, what adds to the total.
/// An <see cref="Unknown"/> answer ("the worker considered this and does not know") is recorded as answered
/// but adds nothing and never meets a "rated at least" condition: not knowing is not evidence either way.
/// </summary>
public sealed record ScaleOption(int Value, string Label, bool Unknown = false);

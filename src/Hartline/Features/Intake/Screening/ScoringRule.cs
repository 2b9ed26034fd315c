namespace Hartline.Features.Intake.Screening;

/// <summary>Bands in order; the first band whose conditions are met wins and the last band is the default.</summary>
public sealed record ScoringRule(IReadOnlyList<ScoringBand> Bands);

/// <summary>
/// A possible result. <see cref="Level"/> is 0 (no concern), 1 (possible concern) or 2 (clear concern), so
/// reports can count "screened positive" (level 1 or more) across instruments whose bands are named differently.
/// The band is met when any one of its <see cref="When"/> conditions holds; the default band has none.
/// </summary>
public sealed record ScoringBand(string Code, string Label, int Level)
{
    public IReadOnlyList<BandCondition> When { get; init; } = [];

    public bool Positive => Level >= 1;
}

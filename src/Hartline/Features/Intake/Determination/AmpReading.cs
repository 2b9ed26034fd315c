namespace Hartline.Features.Intake.Determination;

/// <summary>
/// One element on one pathway. <paramref name="Met"/> says whether evidence for it is recorded, even
/// when it is not <paramref name="Required"/> (means for a minor in commercial sex), so the page can
/// show recorded force, fraud or coercion that the law does not need.
/// </summary>
public sealed record ElementStatus(AmpElement Element, bool Required, bool Met, string Why);

/// <summary>
/// The reading of the evidence against one pathway. <paramref name="ElementsMet"/> means every required
/// element has evidence recorded; it is not a finding that trafficking happened.
/// </summary>
public sealed record PathwayReading(
    Pathway Pathway,
    bool ElementsMet,
    IReadOnlyList<ElementStatus> Elements,
    IReadOnlyList<string> Missing)
{
    public ElementStatus Status(AmpElement element) => Elements.Single(e => e.Element == element);
}

/// <summary>
/// What <see cref="AmpRule.Read"/> says about the evidence: one reading per pathway under consideration,
/// and sentences for the page whose last one always leaves the determination to the worker.
/// <paramref name="IsMinor"/> is null when the age at the time of exploitation is not known.
/// </summary>
public sealed record AmpReading(bool? IsMinor, IReadOnlyList<PathwayReading> Pathways, IReadOnlyList<string> Summary)
{
    public bool AnyPathwayMet => Pathways.Any(p => p.ElementsMet);

    /// <summary>The reading of one pathway, or null when the suspected exploitation leaves it out.</summary>
    public PathwayReading? For(Pathway pathway) => Pathways.SingleOrDefault(p => p.Pathway == pathway);
}

namespace Hartline.Features.Intake.Determination;

/// <summary>
/// States how federal trafficking law reads the recorded evidence: which Action–Means–Purpose elements
/// each pathway needs, which are met, what is missing and why. It never decides: the worker records
/// the determination, and every summary ends by saying so. Pure: no database, no clock, no web.
/// </summary>
public static class AmpRule
{
    /// <summary>Federal law draws the line for minors at 18, at the time of the exploitation.</summary>
    private const int AdultAge = 18;

    public static AmpReading Read(AmpEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Actions is null || evidence.Means is null || evidence.Purposes is null)
            throw new ArgumentException("Actions, means and purposes must be sets (empty when nothing is recorded), never null.", nameof(evidence));
        // A negative age can only come from a bug upstream (AgeAt returns null before birth); reading it
        // as a minor would silently drop the means requirement.
        if (evidence.AgeAtExploitation < 0)
            throw new ArgumentOutOfRangeException(nameof(evidence), evidence.AgeAtExploitation, "The age at the time of exploitation cannot be negative.");

        bool? isMinor = evidence.AgeAtExploitation is { } age ? age < AdultAge : null;
        var pathways = AmpLaw.PathwaysFor(evidence.Suspected).Select(p => ReadPathway(p, evidence, isMinor)).ToList();
        return new AmpReading(isMinor, pathways, AmpSummary.Write(evidence, isMinor, pathways));
    }

    /// <summary>
    /// Age in whole years on <paramref name="exploitationDate"/>; null when either date is unknown or the
    /// exploitation date is before the birth (see <see cref="People.Age.On"/>, 29 February included).
    /// </summary>
    public static int? AgeAt(DateOnly? dateOfBirth, DateOnly? exploitationDate) => People.Age.On(dateOfBirth, exploitationDate);

    private static PathwayReading ReadPathway(Pathway pathway, AmpEvidence evidence, bool? isMinor)
    {
        var read = new[]
        {
            AmpElements.Action(pathway, evidence),
            AmpElements.MeansOf(pathway, evidence, isMinor),
            AmpElements.Purpose(pathway, evidence),
        };
        var elements = read.Select(r => r.Status).ToList();
        var missing = read.Select(r => r.Missing).OfType<string>().ToList();
        return new PathwayReading(pathway, elements.All(e => e.Met || !e.Required), elements, missing);
    }
}

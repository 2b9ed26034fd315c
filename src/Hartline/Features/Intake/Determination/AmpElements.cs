namespace Hartline.Features.Intake.Determination;

/// <summary>
/// Reads each AMP element of one pathway: whether it is required, whether evidence is recorded, why,
/// and (when required and not met) the sentence saying what is still needed.
/// </summary>
internal static class AmpElements
{
    private const string Means = "force, fraud or coercion";

    public static (ElementStatus Status, string? Missing) Action(Pathway pathway, AmpEvidence evidence)
    {
        var accepted = AmpLaw.Actions(pathway);
        var counted = evidence.Actions.Where(accepted.Contains).Order().Select(AmpLaw.Word).ToList();
        var other = evidence.Actions.Where(a => !accepted.Contains(a)).Order().Select(AmpLaw.Word).ToList();
        var name = AmpLaw.Name(pathway);

        var why = counted.Count > 0
            ? $"Recorded: {AmpLaw.List(counted, "and")}."
            : $"No action that counts for {name} is recorded.";
        // Only labor trafficking can leave actions out (sex trafficking accepts all ten), but say it
        // generally: the worker should see why recorded evidence did not count.
        if (other.Count > 0)
            why += $" {AmpLaw.Capitalised(AmpLaw.List(other, "and"))} {(other.Count == 1 ? "does" : "do")} not count here: "
                + $"federal law names {(other.Count == 1 ? "it" : "them")} only for {AmpLaw.Name(Other(pathway))}.";

        var missing = counted.Count > 0 ? null
            : $"An action that counts for {name}: {AmpLaw.List(accepted.Order().Select(AmpLaw.Word), "or")} the person.";
        return (new ElementStatus(AmpElement.Action, Required: true, Met: counted.Count > 0, why), missing);
    }

    public static (ElementStatus Status, string? Missing) Purpose(Pathway pathway, AmpEvidence evidence)
    {
        var purpose = AmpLaw.Purpose(pathway);
        var met = evidence.Purposes.Contains(purpose);
        var why = met
            ? $"Recorded: the purpose was {AmpLaw.Word(purpose)}."
            : $"Nothing recorded shows the purpose was {AmpLaw.Word(purpose)}.";
        var other = evidence.Purposes.Where(p => p != purpose).Order().Select(AmpLaw.Word).ToList();
        if (other.Count > 0)
            why += $" {AmpLaw.Capitalised(AmpLaw.List(other, "and"))} is recorded, but that purpose counts only for {AmpLaw.Name(Other(pathway))}.";

        var missing = met ? null : $"Evidence that the purpose was {AmpLaw.Word(purpose)}.";
        return (new ElementStatus(AmpElement.Purpose, Required: true, met, why), missing);
    }

    public static (ElementStatus Status, string? Missing) MeansOf(Pathway pathway, AmpEvidence evidence, bool? isMinor)
    {
        var recorded = evidence.Means.Order().Select(AmpLaw.Word).ToList();
        var met = recorded.Count > 0;
        var (required, reason) = (pathway, isMinor) switch
        {
            (Pathway.SexTrafficking, true) => (false,
                $"Not required: under federal law, a person under 18 caused to engage in a commercial sex act is a victim whether or not {Means} was used."),
            (Pathway.SexTrafficking, false) => (true,
                $"Required: the person was 18 or older at the time, so {Means} must be shown."),
            (Pathway.SexTrafficking, null) => (true,
                $"Required for now: the person's age at the time of exploitation is not known. Proof that they were under 18 then would remove the need for {Means} on this pathway."),
            // Federal law has no minors' exception for labor: a 15-year-old needs means like an adult.
            (Pathway.LaborTrafficking, true) => (true,
                $"Required even though the person was under 18: federal law has no exception for minors in labor trafficking."),
            (Pathway.LaborTrafficking, _) => (true,
                $"Required: labor trafficking needs {Means} at any age."),
            _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "Unknown pathway."),
        };
        var found = met ? $"Recorded: {AmpLaw.List(recorded, "and")}." : $"No {Means} is recorded.";

        string? missing = null;
        if (required && !met)
        {
            missing = $"Evidence of {Means} (coercion includes threats of serious harm and abuse of the legal process)";
            missing += pathway == Pathway.SexTrafficking && isMinor is null
                ? $", or proof that the person was under 18 at the time, which would make {Means} unnecessary for sex trafficking."
                : ".";
        }
        return (new ElementStatus(AmpElement.Means, required, met, $"{reason} {found}"), missing);
    }

    private static Pathway Other(Pathway pathway) =>
        pathway == Pathway.SexTrafficking ? Pathway.LaborTrafficking : Pathway.SexTrafficking;
}

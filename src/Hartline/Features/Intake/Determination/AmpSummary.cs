namespace Hartline.Features.Intake.Determination;

/// <summary>The sentences shown above the element table: scope, age, each pathway, and who decides.</summary>
internal static class AmpSummary
{
    // Kept last whatever else is said: the page must never read as if the software made the call.
    private const string WorkerDecides =
        "The determination is the worker's to make and record: this reading only shows what the recorded evidence meets and what it lacks.";

    public static IReadOnlyList<string> Write(AmpEvidence evidence, bool? isMinor, IReadOnlyList<PathwayReading> pathways)
    {
        // The statute is named once, here; the rest speaks plainly.
        var lines = new List<string>
        {
            "This reading applies the federal Trafficking Victims Protection Act (18 U.S.C. 1591 for sex trafficking; 1589 and 1590 for labor trafficking) to the evidence recorded so far.",
            evidence.Suspected switch
            {
                ExploitationType.Sex => "Sex trafficking is suspected, so only that pathway is read.",
                ExploitationType.Labor => "Labor trafficking is suspected, so only that pathway is read.",
                ExploitationType.Both => "Both sex and labor trafficking are suspected, so both pathways are read.",
                ExploitationType.Unknown => "The kind of exploitation is not recorded, so both sex and labor trafficking are read.",
                _ => throw new ArgumentOutOfRangeException(nameof(evidence), evidence.Suspected, "Unknown exploitation type."),
            },
        };

        var readsSex = pathways.Any(p => p.Pathway == Pathway.SexTrafficking);
        lines.Add(evidence.AgeAtExploitation is not { } age
            ? "The person's age at the time of exploitation is not known, so force, fraud or coercion is treated as required"
                + (readsSex ? "; proof that they were under 18 then would remove that need for sex trafficking." : ".")
            : $"The person was {age} at the time of exploitation: {(isMinor == true ? "a minor" : "an adult")}.");

        foreach (var p in pathways)
        {
            var name = AmpLaw.Capitalised(AmpLaw.Name(p.Pathway));
            if (p.ElementsMet)
            {
                lines.Add($"{name}: evidence is recorded for every element the law requires.");
                continue;
            }
            var needed = p.Elements.Where(e => e.Required && !e.Met).Select(e => e.Element switch
            {
                AmpElement.Action => "an action",
                AmpElement.Means => "the means (force, fraud or coercion)",
                AmpElement.Purpose => "the purpose",
                _ => throw new ArgumentOutOfRangeException(nameof(pathways), e.Element, "Unknown element."),
            });
            lines.Add($"{name}: not every required element has evidence yet; still needed: {AmpLaw.List(needed, "and")}.");
        }

        lines.Add(WorkerDecides);
        return lines;
    }
}

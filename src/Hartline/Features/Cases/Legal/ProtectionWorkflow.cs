using Hartline.Jurisdictions;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// The workflow of each kind of protection: how it opens (a defense is raised, a visa applied for, a
/// vacatur requested) and which outcomes can close it. Which of those outcomes a state's law allows is
/// data (<see cref="ProtectionRule.Outcomes"/>); this is the order of things, the same everywhere.
/// </summary>
public static class ProtectionWorkflow
{
    private static readonly ProtectionStep[] DefenseOutcomes = [ProtectionStep.Accepted, ProtectionStep.Rejected, ProtectionStep.Withdrawn];
    private static readonly ProtectionStep[] CompensationOutcomes = [ProtectionStep.Awarded, ProtectionStep.Denied, ProtectionStep.Withdrawn];
    private static readonly ProtectionStep[] RequestOutcomes = [ProtectionStep.Granted, ProtectionStep.Denied, ProtectionStep.Withdrawn];

    public static ProtectionStep Opening(ProtectionKind kind) => kind switch
    {
        ProtectionKind.AffirmativeDefense => ProtectionStep.Raised,
        ProtectionKind.TVisa or ProtectionKind.VictimCompensation => ProtectionStep.Applied,
        _ => ProtectionStep.Requested,
    };

    /// <summary>Every outcome that can close this kind; a state file may allow fewer.</summary>
    public static IReadOnlyList<ProtectionStep> PossibleOutcomes(ProtectionKind kind) => kind switch
    {
        ProtectionKind.AffirmativeDefense => DefenseOutcomes,
        ProtectionKind.VictimCompensation => CompensationOutcomes,
        _ => RequestOutcomes,
    };

    /// <summary>The outcomes the state allows that the workflow knows (a file naming others is caught by a test).</summary>
    public static IReadOnlyList<ProtectionStep> AllowedOutcomes(ProtectionRule rule) =>
        PossibleOutcomes(rule.Kind).Where(rule.Outcomes.Contains).ToList();

    public static bool IsOutcome(ProtectionStep step) => step is not (ProtectionStep.Raised or ProtectionStep.Requested or ProtectionStep.Applied);

    public static string Label(ProtectionStep step) => DisplayNames.Of(step);
}

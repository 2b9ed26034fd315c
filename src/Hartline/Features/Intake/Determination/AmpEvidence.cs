namespace Hartline.Features.Intake.Determination;

/// <summary>
/// What the worker has recorded about one person's exploitation, already sorted into the AMP elements.
/// <paramref name="AgeAtExploitation"/> is the age when the exploitation happened (see
/// <see cref="AmpRule.AgeAt"/>), not the age today or at referral: a youth referred at 19 may have been
/// trafficked at 16, and the law looks at the age then. Null means it is not known.
/// </summary>
public sealed record AmpEvidence(
    IReadOnlySet<AmpAction> Actions,
    IReadOnlySet<AmpMeans> Means,
    IReadOnlySet<AmpPurpose> Purposes,
    int? AgeAtExploitation,
    ExploitationType Suspected);

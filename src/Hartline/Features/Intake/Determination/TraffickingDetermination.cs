using Hartline.Security.Audit;

namespace Hartline.Features.Intake.Determination;

/// <summary>HTCDS vic_TraffickingStatus: the decision a person made, never the rule's.</summary>
public enum TraffickingStatus
{
    PossibleVictim,
    ConfirmedVictim,
    NotAVictim,
}

/// <summary>HTCDS vic_TraffickingStatusDecisionMakingOrg, in Connecticut's terms.</summary>
public enum DecidingOrganisation
{
    ChildWelfare,
    Police,
    CourtOrProsecution,
    Ngo,
    Other,
}

/// <summary>
/// One determination on a referral, with the Action–Means–Purpose evidence it rests on. A referral may
/// be determined again (possible → confirmed); every determination is kept, the latest is current.
/// </summary>
public sealed class TraffickingDetermination : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public TraffickingStatus Status { get; set; }
    public DecidingOrganisation DecidedBy { get; set; }
    /// <summary>Evidence recorded by the worker, as comma-separated enum names (AmpAction, AmpMeans, AmpPurpose).</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string Actions { get; set; } = "";
    [Hartline.Security.Audit.ShownInAudit]
    public string Means { get; set; } = "";
    [Hartline.Security.Audit.ShownInAudit]
    public string Purposes { get; set; } = "";
    public ExploitationType Exploitation { get; set; }
    /// <summary>Age at the time of exploitation when the decision was made (from date of birth), if known.</summary>
    public int? AgeAtExploitation { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? Note { get; set; }
    public DateTime DecidedAt { get; set; }
    public Guid DecidedById { get; set; }
}

using Hartline.Features.Intake.Determination;
using Hartline.Security.Audit;

namespace Hartline.Features.Intake;

/// <summary>
/// A report that a youth may be a trafficking victim, as received by an agency. It moves through a
/// funnel — received → screened → determined → linked to a case — and each step keeps when and by whom,
/// so the clocks (time to screening, time to determination) can be computed. The status is derived
/// from those stamps, never stored twice.
/// </summary>
public sealed class Referral : IAudited, Hartline.Data.IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime ReceivedAt { get; set; }
    /// <summary>The number people use for it ("R-2026-00042", see <see cref="Data.RecordNumbers"/>); null only on rows loaded in bulk by the benchmark.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? Number { get; set; }
    /// <summary>A referral-source code from the jurisdiction file (Careline, school, law enforcement …).</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public required string SourceCode { get; set; }
    /// <summary>Who made the report: often an organisation outside Hartline, so free text.</summary>
    public required string ReportingAgencyName { get; set; }
    /// <summary>The reporter's phone or e-mail: a person's contact, encrypted at rest like the youth's.</summary>
    [Hartline.Security.Audit.Identifying]
    public string? ReportingContact { get; set; }
    /// <summary>The number of the mandated report to the state hotline (Careline), once made: it opens the youth's file there.</summary>
    [Hartline.Security.Audit.Identifying]
    public string? CarelineReportNumber { get; set; }
    /// <summary>The Careline number's blind index (upper case), for the search box's exact lookup; kept by HartlineDb on every save.</summary>
    public string? CarelineReportIndex { get; set; }
    /// <summary>What was reported, in the reporter's words. Only the receiving agency may read it.</summary>
    [Hartline.Security.Audit.ConfidentialText]
    public string? Narrative { get; set; }
    /// <summary>Where the youth was seen or the exploitation happened, often a home: free text, encrypted at rest.</summary>
    [Hartline.Security.Audit.ConfidentialText]
    public string? Location { get; set; }
    public bool ImmediateSafetyConcern { get; set; }
    public ExploitationType ExploitationSuspected { get; set; } = ExploitationType.Unknown;
    /// <summary>When the exploitation happened or began, if known: the youth's age is taken at this date.</summary>
    public DateOnly? ExploitationDate { get; set; }
    /// <summary>Recorded by law enforcement: the youth was arrested or charged for prostitution.</summary>
    public bool ArrestedForProstitution { get; set; }
    public Guid ReceivingAgencyId { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public required string RegionCode { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public string? ResidenceCode { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>
    /// Intake joined this referral to a youth already held with the same folded names and date of birth,
    /// without the worker choosing: shown on the referral page, and undoable until the referral has a case.
    /// </summary>
    public bool LinkedAutomatically { get; set; }
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }

    public DateTime? ScreenedAt { get; set; }
    public Guid? ScreenedById { get; set; }
    public DateTime? DeterminedAt { get; set; }
    public Guid? DeterminedById { get; set; }
    public Guid? CaseId { get; set; }
    public DateTime? LinkedAt { get; set; }
    public Guid? LinkedById { get; set; }

    /// <summary>
    /// Set when the referral was entered by mistake and withdrawn: it is kept (never deleted) but leaves
    /// every list, count and report through a query filter on the entity.
    /// </summary>
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnById { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? WithdrawalReason { get; set; }

    /// <summary>
    /// Raised by one on every save that changes the referral (see <see cref="Hartline.Data.IVersioned"/>); a correction
    /// sent with an older number was made on stale values and is refused (two people correcting at once: the second is
    /// told, not silently overwritten).
    /// </summary>
    public int Version { get; set; }

    public void RefreshSearchKeys(Hartline.Security.Protection.FieldKeys keys) =>
        CarelineReportIndex = CarelineReportNumber is { } number ? CarelineIndex(keys, number) : null;

    public static string CarelineIndex(Hartline.Security.Protection.FieldKeys keys, string number) =>
        keys.Index("careline", number.Trim().ToUpperInvariant());

    public ReferralStatus Status => StatusOf(ScreenedAt, DeterminedAt, LinkedAt);

    /// <summary>The status from the funnel's stamps, for a referral read as a projection rather than an entity.</summary>
    public static ReferralStatus StatusOf(DateTime? screenedAt, DateTime? determinedAt, DateTime? linkedAt) =>
        linkedAt is not null ? ReferralStatus.LinkedToCase
        : determinedAt is not null ? ReferralStatus.Determined
        : screenedAt is not null ? ReferralStatus.Screened
        : ReferralStatus.Received;
}

public enum ReferralStatus { Received, Screened, Determined, LinkedToCase }

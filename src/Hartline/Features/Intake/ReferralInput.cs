using Hartline.Features.Intake.Determination;
using Hartline.Features.Intake.Duplicates;

namespace Hartline.Features.Intake;

/// <summary>What a worker (page), a client (API) or the demo loader submits to receive a referral.</summary>
public sealed class ReferralInput
{
    /// <summary>
    /// When it was received. Without an offset it is the jurisdiction's local time (what a worker types);
    /// with one (or 'Z') it is taken as given.
    /// </summary>
    public DateTime? ReceivedAt { get; set; }
    public string? Source { get; set; }
    public string? ReportingAgency { get; set; }
    public string? ReportingContact { get; set; }
    public string? CarelineReportNumber { get; set; }
    [MultiLine] public string? Narrative { get; set; }
    public string? Location { get; set; }
    public bool ImmediateSafetyConcern { get; set; }
    public ExploitationType? ExploitationSuspected { get; set; }
    public DateOnly? ExploitationDate { get; set; }
    public bool ArrestedForProstitution { get; set; }
    public string? Region { get; set; }
    [PersonName] public string? GivenName { get; set; }
    [PersonName] public string? MiddleName { get; set; }
    [PersonName] public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Gender { get; set; }
    /// <summary>Every category the youth identifies with; several may apply, none means not recorded.</summary>
    public List<string> RaceEthnicity { get; set; } = [];
    public string? Residence { get; set; }
    /// <summary>Set when the worker said a person already in the registry is this youth.</summary>
    public Guid? ExistingPersonId { get; set; }
    /// <summary>The worker's answers about each possible duplicate shown while entering the youth.</summary>
    public List<DuplicateAnswer> DuplicateAnswers { get; set; } = [];
}

public sealed class DuplicateAnswer
{
    public Guid CandidatePersonId { get; set; }
    /// <summary>Null until the worker answers: an unanswered choice must never read as "same person".</summary>
    public DuplicateVerdict? Verdict { get; set; }
    public double Score { get; set; }
}

using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;

namespace Hartline.Features.Intake;

public sealed record FunnelStep(string Name, DateTime? At, string? By);

public sealed record ScreeningView(Guid Id, string Instrument, int Version, DateTime ScreenedAt, string By, string Band, int BandLevel, int Total);

public sealed record DeterminationView(Guid Id, TraffickingStatus Status, DecidingOrganisation DecidedBy, DateTime DecidedAt, string By,
    IReadOnlyList<AmpAction> Actions, IReadOnlyList<AmpMeans> Means, IReadOnlyList<AmpPurpose> Purposes,
    ExploitationType Exploitation, int? AgeAtExploitation, string? Note, AmpReading Reading);

/// <summary>Everything the referral page shows. Times are the jurisdiction's local time.</summary>
public sealed record ReferralView(
    Guid Id, DateTime ReceivedAt, string Source, string ReportingAgency, string? ReportingContact, string? CarelineReportNumber,
    bool NarrativeWithheld, string? Narrative, string? Location, bool ImmediateSafetyConcern, ExploitationType ExploitationSuspected,
    DateOnly? ExploitationDate, bool ArrestedForProstitution, string Region, string? Residence,
    Guid PersonId, string YouthName, DateOnly? DateOfBirth, int? AgeAtReferral, int? AgeAtExploitation, bool? IsMinor,
    ReferralStatus Status, IReadOnlyList<FunnelStep> Steps, TimeSpan? TimeToScreening, TimeSpan? TimeToDetermination,
    IReadOnlyList<ScreeningView> Screenings, IReadOnlyList<DeterminationView> Determinations,
    IReadOnlyList<LegalNotice> Notices, Guid? CaseId, bool CaseVisible, bool CanWork,
    bool LinkedAutomatically, bool MayUndoAutomaticLink, string? Number = null);

public sealed record ReferralListItem(Guid Id, DateTime ReceivedAt, string YouthName, string Source, ReferralStatus Status,
    bool ImmediateSafetyConcern, TimeSpan? TimeToScreening, TimeSpan? TimeToDetermination, string? Number = null);

public sealed record ReferralPage(IReadOnlyList<ReferralListItem> Items, int Page, int PageSize, int Total);

public static class Clock
{
    /// <summary>"3 h 20 min", "2 d 4 h": how long a step took, for people rather than machines.</summary>
    public static string Describe(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalMinutes: < 1 } => "under a minute",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min",
        { TotalDays: < 1 } s => $"{(int)s.TotalHours} h {s.Minutes} min",
        { } s => $"{(int)s.TotalDays} d {s.Hours} h",
    };
}

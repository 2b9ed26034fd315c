using Hartline.Features.Cases;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Cases.Team;
using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// What a save is about to change that the reporting rows are made from: cases, the youth (gender, birth date, a
/// merge), the youth's race/ethnicity, a case's exploitation profile; referrals, their screenings and determinations,
/// MDT agendas and meetings. Read before the save, while the tracker still
/// knows what changed (and, for a case moved to another youth in a merge, from whom).
/// </summary>
public sealed class ReportingChanges
{
    public HashSet<Guid> Cases { get; } = [];
    public HashSet<Guid> People { get; } = [];
    public HashSet<Guid> Referrals { get; } = [];
    /// <summary>Cases put on (or taken off) an MDT agenda: their referrals' clock to the first MDT may move.</summary>
    public HashSet<Guid> AgendaCases { get; } = [];
    /// <summary>Meetings moved or cancelled: the same, for every case on their agenda.</summary>
    public HashSet<Guid> Meetings { get; } = [];
    /// <summary>Cases whose primary workers changed: the youth's first primary worker may move, on every case of theirs.</summary>
    public HashSet<Guid> TeamCases { get; } = [];

    public bool IsEmpty => Cases.Count == 0 && People.Count == 0 && Referrals.Count == 0 && AgendaCases.Count == 0 && Meetings.Count == 0
        && TeamCases.Count == 0;

    // What the rows are made of (ReportingRows, ReportingReferralRows), by property name across the entities above.
    private static readonly HashSet<string> Counted =
    [
        nameof(Case.PersonId), nameof(Case.OpenedOn), nameof(Case.ClosedOn), nameof(Case.RegionCode), nameof(Case.ResidenceCode),
        nameof(Person.GenderCode), nameof(Person.DateOfBirth), nameof(PersonRaceEthnicity.Code),
        nameof(ExploitationProfile.ExploitationTypes), nameof(ExploitationProfile.RecruiterRelationship),
        nameof(Intake.Referral.ReceivedAt), nameof(Intake.Referral.SourceCode), nameof(Intake.Referral.ExploitationSuspected),
        nameof(Intake.Referral.ScreenedAt), nameof(Intake.Referral.DeterminedAt), nameof(Intake.Referral.LinkedAt), nameof(Intake.Referral.CaseId),
        nameof(Intake.Screening.ScreeningRecord.BandLevel), nameof(Intake.Screening.ScreeningRecord.ReferralId),
        nameof(Intake.Determination.TraffickingDetermination.Status), nameof(Intake.Determination.TraffickingDetermination.DecidedAt),
        nameof(Mdt.MdtMeeting.StartsAt), nameof(Mdt.MdtMeeting.Status), nameof(Mdt.AgendaItem.CaseId), nameof(Mdt.AgendaItem.MeetingId),
        nameof(CareTeamAssignment.StartedOn), nameof(CareTeamAssignment.Role),
    ];

    public static ReportingChanges Collect(ChangeTracker tracker)
    {
        var changes = new ReportingChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            // A case's status or worker, a youth's name, a meeting's place change no row: most saves leave them alone.
            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && Counted.Contains(p.Metadata.Name))) continue;
            switch (entry.Entity)
            {
                case Case c:
                    changes.Cases.Add(c.Id);
                    changes.People.Add(c.PersonId);
                    // A merge (or its undoing) moves the case: the youth it left is locked too.
                    if (entry.State == EntityState.Modified && entry.Property(nameof(Case.PersonId)).OriginalValue is Guid before)
                        changes.People.Add(before);
                    break;
                case Person p when entry.State != EntityState.Added:
                    changes.People.Add(p.Id); // a new youth has no case yet; the case that follows brings them in
                    break;
                case PersonRaceEthnicity r:
                    changes.People.Add(r.PersonId);
                    break;
                case ExploitationProfile profile:
                    changes.Cases.Add(profile.CaseId);
                    break;
                case Intake.Referral referral:
                    changes.Referrals.Add(referral.Id);
                    break;
                case Intake.Screening.ScreeningRecord { ReferralId: { } screened }: // a screening of a youth alone has none
                    changes.Referrals.Add(screened);
                    break;
                case Intake.Determination.TraffickingDetermination determination:
                    changes.Referrals.Add(determination.ReferralId);
                    break;
                case Mdt.AgendaItem item:
                    changes.AgendaCases.Add(item.CaseId);
                    break;
                case Mdt.MdtMeeting meeting when entry.State != EntityState.Added:
                    changes.Meetings.Add(meeting.Id);
                    break;
                // Only primary workers make the rows (the youth's first one): an advocate or an MDT coordinator changes none.
                case CareTeamAssignment assignment when assignment.Role == CareTeamRole.PrimaryWorker
                    || (entry.State != EntityState.Added && entry.Property(nameof(CareTeamAssignment.Role)).OriginalValue is CareTeamRole.PrimaryWorker):
                    changes.TeamCases.Add(assignment.CaseId);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(CareTeamAssignment.CaseId)).OriginalValue is Guid was)
                        changes.TeamCases.Add(was);
                    break;
            }
        }
        return changes;
    }
}

using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.Mdt;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Dashboard;

public sealed record DashboardCase(Guid Id, string YouthName, string Region, CaseStatus Status, DateOnly OpenedOn);

public sealed record DashboardReferral(Guid Id, DateTime ReceivedAt, string YouthName, string Source, bool SafetyConcern);

/// <summary>Numbers without names, for analysts (statistics scope).</summary>
public sealed record DashboardCounts(int OpenCases, int ReferralsToScreen, int OverdueActionItems, int UpcomingMeetings);

/// <summary>What the home page shows one person; a part is null when the person's roles do not give it.</summary>
public sealed record DashboardView(
    IReadOnlyList<DashboardCase>? MyCases, int MyCasesTotal,
    IReadOnlyList<OverdueItem>? ActionItemsDue,
    IReadOnlyList<OverdueItem>? Overdue,
    IReadOnlyList<MeetingListItem>? UpcomingMeetings,
    IReadOnlyList<DashboardReferral>? ReferralsToScreen, int ReferralsToScreenTotal,
    DashboardCounts? Counts,
    int? DeniedLastWeek,
    DateOnly Today);

/// <summary>
/// The home page per role: my cases, my action items due, upcoming meetings of my teams, new referrals to
/// screen; counts only for analysts; refused-access attempts for administrators. Every part goes through
/// the scope functions, one or two queries each.
/// </summary>
public sealed class HomeDashboard(HartlineDb db, MeetingViews meetings, Jurisdiction j, TimeProvider clock)
{
    public const int ShortList = 10;
    public const int DueWithinDays = 14;

    public async Task<DashboardView> BuildAsync(Actor actor, CancellationToken ct = default)
    {
        var records = RecordScope.CanSeeRecords(actor);
        var today = meetings.Today();
        var (myCases, myTotal) = records && actor.UserId is { } me ? await MyCasesAsync(actor, me, ct) : (null, 0);
        IReadOnlyList<OverdueItem>? due = null, overdue = null;
        IReadOnlyList<MeetingListItem>? upcoming = null;
        if (records && MdtScope.CanView(actor))
        {
            due = await meetings.ActionItemsDueAsync(actor, today.AddDays(DueWithinDays), actor.UserId ?? Guid.Empty, ShortList, ct);
            overdue = await meetings.ActionItemsDueAsync(actor, today.AddDays(-1), limit: ShortList, ct: ct);
            upcoming = await meetings.ListAsync(actor, upcoming: true, limit: 5, ct: ct);
        }
        var (toScreen, toScreenTotal) = actor.IsInRole(Roles.Investigator) || actor.IsInRole(Roles.Coordinator)
            ? await ReferralsToScreenAsync(actor, ct) : (null, 0);
        var counts = !records && RecordScope.LevelOf(actor, ScopePurpose.Statistics) > ScopeLevel.None ? await CountsAsync(actor, today, ct) : null;
        int? denied = actor.IsInRole(Roles.Administrator)
            ? await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Denied && e.At >= clock.GetUtcNow().UtcDateTime.AddDays(-7), ct)
            : null;
        return new DashboardView(myCases, myTotal, due, overdue, upcoming, toScreen, toScreenTotal, counts, denied, today);
    }

    private async Task<(IReadOnlyList<DashboardCase>?, int)> MyCasesAsync(Actor actor, Guid me, CancellationToken ct)
    {
        var mine = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).Where(c => c.AssignedUserId == me && c.Status != CaseStatus.Closed);
        var total = await mine.CountAsync(ct);
        var rows = await mine.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Take(ShortList)
            .Select(c => new { c.Id, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.RegionCode, c.Status, c.OpenedOn })
            .ToListAsync(ct);
        return (rows.Select(r => new DashboardCase(r.Id, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName),
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, r.Status, r.OpenedOn)).ToList(), total);
    }

    private IQueryable<Referral> Unscreened(Actor actor, ScopePurpose purpose) =>
        RecordScope.Referrals(db.Referrals, db.Cases, actor, purpose).Where(r => r.ScreenedAt == null && r.DeterminedAt == null && r.LinkedAt == null);

    private async Task<(IReadOnlyList<DashboardReferral>?, int)> ReferralsToScreenAsync(Actor actor, CancellationToken ct)
    {
        var query = Unscreened(actor, ScopePurpose.Records);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(ShortList)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { r.Id, r.ReceivedAt, r.SourceCode, r.ImmediateSafetyConcern, p.GivenName, p.MiddleName, p.FamilyName })
            .ToListAsync(ct);
        return (rows.Select(r => new DashboardReferral(r.Id, j.ToLocal(r.ReceivedAt), People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName),
            Jurisdiction.NameOf(j.ReferralSources, r.SourceCode) ?? r.SourceCode, r.ImmediateSafetyConcern)).ToList(), total);
    }

    private async Task<DashboardCounts> CountsAsync(Actor actor, DateOnly today, CancellationToken ct)
    {
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics);
        var open = await cases.CountAsync(c => c.Status != CaseStatus.Closed, ct);
        var toScreen = await Unscreened(actor, ScopePurpose.Statistics).CountAsync(ct);
        var caseIds = cases.Select(c => c.Id);
        var overdue = await db.Set<ActionItem>().CountAsync(a => a.Status == ActionStatus.Open && a.DueOn < today && caseIds.Contains(a.CaseId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var teamIds = MdtScope.Teams(db.Set<MdtTeam>(), actor).Select(t => t.Id);
        var upcoming = await db.Set<MdtMeeting>().CountAsync(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now && teamIds.Contains(m.TeamId), ct);
        return new DashboardCounts(open, toScreen, overdue, upcoming);
    }
}

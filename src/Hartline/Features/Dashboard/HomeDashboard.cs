using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.Mdt;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Dashboard;

/// <summary>A referral on a dashboard; <paramref name="Waiting"/> when it waits longer than the jurisdiction's target.</summary>
public sealed record DashboardReferral(Guid Id, DateTime ReceivedAt, string YouthName, string Source, bool SafetyConcern, WaitingFlag? Waiting);

/// <summary>Referrals waiting longer than the targets: the oldest few, the count of all, and the targets themselves.</summary>
public sealed record WaitingReferrals(IReadOnlyList<DashboardReferral> Oldest, int Total, IntakeTargets Targets);

/// <summary>Numbers without names, for analysts (statistics scope), as they stand now.</summary>
public sealed record DashboardCounts(int OpenCases, int ReferralsToScreen, int ReferralsPastTarget, int OverdueActionItems, int UpcomingMeetings);

/// <summary>What the home page shows one person; a part is null when the person's roles do not give it.</summary>
public sealed record DashboardView(
    IReadOnlyList<DashboardCase>? MyCases, int MyCasesTotal,
    IReadOnlyList<OverdueItem>? ActionItemsDue,
    IReadOnlyList<OverdueItem>? Overdue,
    IReadOnlyList<MeetingListItem>? UpcomingMeetings,
    IReadOnlyList<DashboardReferral>? ReferralsToScreen, int ReferralsToScreenTotal,
    WaitingReferrals? Waiting,
    SharedCasesView? Shared,
    DashboardCounts? Counts,
    QuarterGlanceView? LastQuarter,
    int? DeniedLastWeek,
    DateOnly Today)
{
    /// <summary>For a provider: the open service referrals sent to its agency (waiting for an answer, or under way).</summary>
    public IReadOnlyList<Services.Referrals.ServiceReferralSummary>? ServiceReferrals { get; init; }
}

/// <summary>
/// The home page per role: my cases, my action items due, upcoming meetings of my teams, new referrals to
/// screen and those waiting past the targets; cases shared for the reader's own work apart from MDT-only
/// ones; counts and the last complete quarter for analysts; refused-access attempts for administrators.
/// Every part goes through the scope functions, one or two queries each.
/// </summary>
public sealed class HomeDashboard(HartlineDb db, MeetingViews meetings, SharedCases shared, QuarterGlance quarter, Jurisdiction j, TimeProvider clock,
    Services.Referrals.ServiceReferralViews serviceReferrals, AuditLog audit)
{
    public const int ShortList = 10;
    public const int DueWithinDays = 14;

    public async Task<DashboardView> BuildAsync(Actor actor, CancellationToken ct = default)
    {
        var records = RecordScope.CanSeeRecords(actor);
        var today = meetings.Today();
        var (myCases, myTotal) = records && actor.UserId is { } me
            ? await DashboardCases.ListAsync(RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).Where(c => c.AssignedUserId == me && c.Status != CaseStatus.Closed), j, ShortList, ct)
            : (null, 0);
        IReadOnlyList<OverdueItem>? due = null, overdue = null;
        IReadOnlyList<MeetingListItem>? upcoming = null;
        if (records && MdtScope.CanView(actor))
        {
            due = await meetings.ActionItemsDueAsync(actor, today.AddDays(DueWithinDays), actor.UserId ?? Guid.Empty, ShortList, ct);
            overdue = await meetings.ActionItemsDueAsync(actor, today.AddDays(-1), limit: ShortList, ct: ct);
            upcoming = await meetings.ListAsync(actor, upcoming: true, limit: 5, ct: ct);
        }
        var worksReferrals = actor.IsInRole(Roles.Investigator) || actor.IsInRole(Roles.Coordinator);
        var (toScreen, toScreenTotal) = worksReferrals ? await ReferralsToScreenAsync(actor, today, ct) : (null, 0);
        var waiting = worksReferrals && j.IntakeTargets is { } targets ? await WaitingAsync(actor, today, targets, ct) : null;
        var sharedCases = records ? await shared.BuildAsync(actor, ct) : null;
        var analyst = !records && RecordScope.LevelOf(actor, ScopePurpose.Statistics) > ScopeLevel.None;
        var counts = analyst ? await CountsAsync(actor, today, ct) : null;
        var lastQuarter = analyst ? await quarter.BuildAsync(actor, ct) : null;
        int? denied = actor.IsInRole(Roles.Administrator)
            ? await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Denied && e.At >= clock.GetUtcNow().UtcDateTime.AddDays(-7), ct)
            : null;
        // The home page names youth: one read event for the cases it showed, one for the referrals.
        var casesShown = (myCases ?? []).Select(c => c.Id)
            .Concat(sharedCases is null ? [] : sharedCases.ForOwnWork.Cases.Concat(sharedCases.MdtOnly.Cases).Select(c => c.Id))
            .Concat((due ?? []).Concat(overdue ?? []).Select(i => i.CaseId)).Distinct().ToList();
        await audit.ListedAsync(nameof(Case), casesShown, "home page", ct);
        await audit.ListedAsync(nameof(Referral), (toScreen ?? []).Concat(waiting?.Oldest ?? []).Select(r => r.Id).Distinct().ToList(), "home page", ct);
        return new DashboardView(myCases, myTotal, due, overdue, upcoming, toScreen, toScreenTotal, waiting, sharedCases, counts, lastQuarter, denied, today)
        {
            ServiceReferrals = actor.IsInRole(Roles.Provider) ? await serviceReferrals.ListAsync(actor, openOnly: true, ct) : null,
        };
    }

    private IQueryable<Referral> Unscreened(Actor actor, ScopePurpose purpose) =>
        RecordScope.Referrals(db.Referrals, db.Cases, actor, purpose).Where(r => r.ScreenedAt == null && r.DeterminedAt == null && r.LinkedAt == null);

    private async Task<(IReadOnlyList<DashboardReferral>?, int)> ReferralsToScreenAsync(Actor actor, DateOnly today, CancellationToken ct)
    {
        var query = Unscreened(actor, ScopePurpose.Records);
        return (await OldestAsync(query, today, ct), await query.CountAsync(ct));
    }

    private async Task<WaitingReferrals> WaitingAsync(Actor actor, DateOnly today, IntakeTargets targets, CancellationToken ct)
    {
        var query = ReferralWaiting.PastTarget(RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Records), j, today);
        return new WaitingReferrals(await OldestAsync(query, today, ct), await query.CountAsync(ct), targets);
    }

    /// <summary>The oldest referrals of a scoped query, with their youth and their waiting tags.</summary>
    private async Task<IReadOnlyList<DashboardReferral>> OldestAsync(IQueryable<Referral> scoped, DateOnly today, CancellationToken ct)
    {
        var rows = await scoped.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(ShortList)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { r, p.GivenName, p.MiddleName, p.FamilyName })
            .ToListAsync(ct);
        return rows.Select(x => new DashboardReferral(x.r.Id, j.ToLocal(x.r.ReceivedAt), People.Person.FormatName(x.GivenName, x.MiddleName, x.FamilyName),
            Jurisdiction.NameOf(j.ReferralSources, x.r.SourceCode) ?? x.r.SourceCode, x.r.ImmediateSafetyConcern,
            ReferralWaiting.Of(x.r.Status, j.LocalDate(x.r.ReceivedAt), today, j.IntakeTargets))).ToList();
    }

    private async Task<DashboardCounts> CountsAsync(Actor actor, DateOnly today, CancellationToken ct)
    {
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics);
        var open = await cases.CountAsync(c => c.Status != CaseStatus.Closed, ct);
        var toScreen = await Unscreened(actor, ScopePurpose.Statistics).CountAsync(ct);
        var pastTarget = await ReferralWaiting.PastTarget(RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Statistics), j, today).CountAsync(ct);
        var caseIds = cases.Select(c => c.Id);
        var overdue = await db.Set<ActionItem>().CountAsync(a => a.Status == ActionStatus.Open && a.DueOn < today && caseIds.Contains(a.CaseId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var teamIds = MdtScope.Counted(db.Set<MdtTeam>(), actor).Select(t => t.Id);
        var upcoming = await db.Set<MdtMeeting>().CountAsync(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now && teamIds.Contains(m.TeamId), ct);
        return new DashboardCounts(open, toScreen, pastTarget, overdue, upcoming);
    }
}

using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Mdt;

public sealed record MeetingListItem(Guid Id, Guid TeamId, string Team, string Region, DateTime StartsAt, string Place,
    MeetingType Type, string TypeLabel, MeetingStatus Status, int AgendaItems);

public sealed record RosterEntry(Guid MemberId, string Name, string Agency, MdtRole Role, string RoleLabel, AttendanceStatus? Attendance);

public sealed record GuestView(Guid Id, string Name, string? Agency, string? Role);

public sealed record NoteView(Guid Id, NoteKind Kind, string Text, string RecordedBy, DateTime RecordedAt);

/// <summary><see cref="IsMine"/>: the viewer owns it, so may mark it done.</summary>
public sealed record ActionItemView(Guid Id, string Description, Guid OwnerMemberId, string Owner, DateOnly DueOn,
    ActionStatus Status, DateOnly? CompletedOn, bool Overdue, bool IsMine);

/// <summary>
/// One agenda case as a viewer sees it. When <see cref="Restricted"/> the viewer may not read the case:
/// no id, no name, no recommendations, no action items — only that a case is discussed.
/// </summary>
public sealed record AgendaItemView(Guid Id, int Position, bool Restricted, Guid? CaseId, string? YouthName,
    IReadOnlyList<NoteView> Notes, IReadOnlyList<ActionItemView> ActionItems, IReadOnlyList<string> NotSharedWith);

public sealed record MeetingView(Guid Id, Guid TeamId, string Team, string Region, DateTime StartsAt, string Place,
    MeetingType Type, string TypeLabel, MeetingStatus Status, bool CanRun, IReadOnlyList<RosterEntry> Roster,
    IReadOnlyList<GuestView> Guests, IReadOnlyList<AgendaItemView> Agenda);

public sealed record OverdueItem(Guid Id, Guid MeetingId, DateTime MeetingStartsAt, string Team, Guid CaseId, string YouthName,
    string Description, string Owner, DateOnly DueOn);

/// <summary>
/// Reads of meetings for pages, the API and the minutes: meetings through <see cref="MdtScope"/>, agenda
/// cases through the case scope in one query. Every case shown by name is audited as read.
/// </summary>
public sealed class MeetingViews(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingListItem>> ListAsync(Actor actor, Guid? teamId = null, bool? upcoming = null, int limit = 200,
        CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var teams = MdtScope.Teams(db.Set<MdtTeam>(), actor);
        var query = from m in db.Set<MdtMeeting>()
                    join t in teams on m.TeamId equals t.Id
                    select new { m, Team = t.Name, t.RegionCode, Agenda = db.Set<AgendaItem>().Count(a => a.MeetingId == m.Id) };
        if (teamId is { } tid) query = query.Where(x => x.m.TeamId == tid);
        query = upcoming switch
        {
            true => query.Where(x => x.m.StartsAt >= now && x.m.Status == MeetingStatus.Scheduled).OrderBy(x => x.m.StartsAt),
            false => query.Where(x => x.m.StartsAt < now).OrderByDescending(x => x.m.StartsAt),
            null => query.OrderByDescending(x => x.m.StartsAt),
        };
        var rows = await query.Take(Math.Clamp(limit, 1, 500)).AsNoTracking().ToListAsync(ct);
        return rows.Select(x => new MeetingListItem(x.m.Id, x.m.TeamId, x.Team, Jurisdiction.NameOf(j.Regions, x.RegionCode) ?? x.RegionCode,
            j.ToLocal(x.m.StartsAt), x.m.Place, x.m.Type, x.m.Type.Label(), x.m.Status, x.Agenda)).ToList();
    }

    /// <summary>The meeting as <paramref name="actor"/> may see it; null when missing or not theirs (a refusal is audited).</summary>
    public async Task<MeetingView?> GetAsync(Guid meetingId, Actor actor, string purpose, CancellationToken ct = default)
    {
        var found = await (from m in db.Set<MdtMeeting>()
                           join t in db.Set<MdtTeam>() on m.TeamId equals t.Id
                           where m.Id == meetingId
                           select new { m, t }).AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null) return null;
        if (!await MdtScope.Teams(db.Set<MdtTeam>(), actor).AnyAsync(t => t.Id == found.t.Id, ct))
        {
            await audit.DeniedAsync(nameof(MdtMeeting), meetingId.ToString(), "Read", ct);
            return null;
        }
        var (meeting, team) = (found.m, found.t);
        var meetingDay = j.LocalDate(meeting.StartsAt);

        var members = await (from m in db.Set<MdtMember>()
                             join a in db.Agencies on m.AgencyId equals a.Id
                             where m.TeamId == team.Id
                             select new { m, Agency = a.Name }).AsNoTracking().ToListAsync(ct);
        var attendance = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Position).ToListAsync(ct);
        var visible = await access.VisibleAsync(items.Select(i => i.CaseId), actor, ct);
        var visibleItemIds = items.Where(i => visible.Contains(i.CaseId)).Select(i => i.Id).ToList();
        // Restricted items' notes and action items are never loaded, so they cannot leak into any view.
        var notes = await db.Set<AgendaNote>().AsNoTracking().Where(n => visibleItemIds.Contains(n.AgendaItemId))
            .OrderBy(n => n.RecordedAt).ToListAsync(ct);
        var actions = await db.Set<ActionItem>().AsNoTracking().Where(a => visibleItemIds.Contains(a.AgendaItemId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).ToListAsync(ct);
        var names = await YouthNamesAsync(visible, ct);
        var recorders = notes.Select(n => n.RecordedById).Distinct().ToList();
        var users = await db.Users.Where(u => recorders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var canRun = MdtScope.CanRun(actor);
        var notShared = canRun ? await NotSharedAsync(items, members.Where(x => x.m.LeftOn == null).Select(x => (x.m.AgencyId, x.Agency)), ct) : [];

        var today = j.Today(clock);
        var memberNames = members.ToDictionary(x => x.m.Id, x => x.m.Name);
        var mine = members.Where(x => x.m.UserId is not null && x.m.UserId == actor.UserId).Select(x => x.m.Id).ToHashSet();
        var roster = members.Where(x => x.m.SitsOn(meetingDay) || attendance.Any(a => a.MemberId == x.m.Id))
            .OrderBy(x => x.m.Role).ThenBy(x => x.m.Name)
            .Select(x => new RosterEntry(x.m.Id, x.m.Name, x.Agency, x.m.Role, x.m.Role.Label(),
                attendance.FirstOrDefault(a => a.MemberId == x.m.Id)?.Status)).ToList();
        var guests = attendance.Where(a => a.MemberId is null).OrderBy(a => a.RecordedAt)
            .Select(a => new GuestView(a.Id, a.GuestName ?? "", a.GuestAgency, a.GuestRole)).ToList();
        var agenda = items.Select(i => visible.Contains(i.CaseId)
            ? new AgendaItemView(i.Id, i.Position, false, i.CaseId, names.TryGetValue(i.CaseId, out var youth) ? youth.Name : "?",
                notes.Where(n => n.AgendaItemId == i.Id).Select(n => new NoteView(n.Id, n.Kind, n.Text,
                    users.GetValueOrDefault(n.RecordedById, "unknown user"), j.ToLocal(n.RecordedAt))).ToList(),
                actions.Where(a => a.AgendaItemId == i.Id).Select(a => new ActionItemView(a.Id, a.Description, a.OwnerMemberId,
                    memberNames.GetValueOrDefault(a.OwnerMemberId, "?"), a.DueOn, a.Status, a.CompletedOn,
                    a.Status == ActionStatus.Open && a.DueOn < today, mine.Contains(a.OwnerMemberId))).ToList(),
                notShared.GetValueOrDefault(i.Id, []))
            : new AgendaItemView(i.Id, i.Position, true, null, null, [], [], notShared.GetValueOrDefault(i.Id, []))).ToList();

        if (visible.Count > 0)
        {
            // The youth's name is on the page: the person is read as well as the case, as on the case file.
            await audit.ReadAllAsync(nameof(Case), visible, $"{purpose} {meetingId}", ct);
            await audit.ReadAllAsync(nameof(People.Person), names.Values.Select(n => n.PersonId).Distinct(), $"via agenda of {purpose} {meetingId}", ct);
        }
        return new MeetingView(meeting.Id, team.Id, team.Name, Jurisdiction.NameOf(j.Regions, team.RegionCode) ?? team.RegionCode,
            j.ToLocal(meeting.StartsAt), meeting.Place, meeting.Type, meeting.Type.Label(), meeting.Status, canRun,
            roster, guests, agenda);
    }

    /// <summary>
    /// Open action items past their due date on cases the actor may read, in meetings the actor may see:
    /// one query through both scopes. <paramref name="ownerUserId"/> narrows it to one person's items.
    /// </summary>
    public async Task<IReadOnlyList<OverdueItem>> ActionItemsDueAsync(Actor actor, DateOnly dueBy, Guid? ownerUserId = null, int limit = 100,
        CancellationToken ct = default)
    {
        var teams = MdtScope.Teams(db.Set<MdtTeam>(), actor);
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records);
        var query = from a in db.Set<ActionItem>()
                    join m in db.Set<MdtMeeting>() on a.MeetingId equals m.Id
                    join t in teams on m.TeamId equals t.Id
                    join c in cases on a.CaseId equals c.Id
                    join o in db.Set<MdtMember>() on a.OwnerMemberId equals o.Id
                    where a.Status == ActionStatus.Open && a.DueOn <= dueBy
                    select new { a, m.StartsAt, Team = t.Name, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, Owner = o.Name, o.UserId };
        if (ownerUserId is { } me) query = query.Where(x => x.UserId == me);
        var rows = await query.OrderBy(x => x.a.DueOn).ThenBy(x => x.a.Id).Take(Math.Clamp(limit, 1, 500)).AsNoTracking().ToListAsync(ct);
        return rows.Select(x => new OverdueItem(x.a.Id, x.a.MeetingId, j.ToLocal(x.StartsAt), x.Team, x.a.CaseId,
            People.Person.FormatName(x.GivenName, x.MiddleName, x.FamilyName), x.a.Description, x.Owner, x.a.DueOn)).ToList();
    }

    /// <summary>The minutes left the system (printed or as a PDF): audited as an export as well as read.</summary>
    public Task AuditExportAsync(MeetingView meeting, string format, CancellationToken ct) =>
        audit.WriteAsync(AuditAction.Export, nameof(MdtMeeting), meeting.Id.ToString(), new { format, agendaItems = meeting.Agenda.Count }, ct: ct);

    public DateOnly Today() => j.Today(clock);

    public DateTime NowLocal() => j.ToLocal(clock.GetUtcNow().UtcDateTime);

    private async Task<Dictionary<Guid, (Guid PersonId, string Name)>> YouthNamesAsync(HashSet<Guid> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0) return [];
        var ids = caseIds.ToList();
        var rows = await db.Cases.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.PersonId, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => (r.PersonId, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName)));
    }

    /// <summary>For the coordinator: per agenda item, the member agencies that still cannot read the case (no consent yet).</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<string>>> NotSharedAsync(List<AgendaItem> items,
        IEnumerable<(Guid AgencyId, string Agency)> memberAgencies, CancellationToken ct)
    {
        var caseIds = items.Select(i => i.CaseId).Distinct().ToList();
        if (caseIds.Count == 0) return [];
        var owners = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.OwnerAgencyId, ct);
        var grants = await db.CaseAccessGrants.Where(g => caseIds.Contains(g.CaseId) && g.Kind == GrantKind.Mdt && g.RevokedAt == null)
            .Select(g => new { g.CaseId, g.AgencyId }).ToListAsync(ct);
        var agencies = memberAgencies.DistinctBy(a => a.AgencyId).OrderBy(a => a.Agency).ToList();
        return items.ToDictionary(i => i.Id, i => (IReadOnlyList<string>)agencies
            .Where(a => a.AgencyId != owners.GetValueOrDefault(i.CaseId) && !grants.Any(g => g.CaseId == i.CaseId && g.AgencyId == a.AgencyId))
            .Select(a => a.Agency).ToList());
    }
}

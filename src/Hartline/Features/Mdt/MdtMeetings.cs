using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Mdt;

public sealed class MeetingInput
{
    public Guid? TeamId { get; set; }
    /// <summary>Local time of the jurisdiction (a UTC time, marked Z, is taken as it is).</summary>
    public DateTime? StartsAt { get; set; }
    public string? Place { get; set; }
    public MeetingType? Type { get; set; }
}

public sealed class AttendanceMark
{
    public Guid MemberId { get; set; }
    public AttendanceStatus? Status { get; set; }
}

public sealed class GuestInput
{
    [PersonName] public string? Name { get; set; }
    public string? Agency { get; set; }
    public string? Role { get; set; }
}

public sealed class NoteInput
{
    public NoteKind? Kind { get; set; }
    [MultiLine] public string? Text { get; set; }
}

public sealed class ActionItemInput
{
    [MultiLine] public string? Description { get; set; }
    public Guid? OwnerMemberId { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>How sharing an agenda case with one member agency went; refused ones see the item as restricted.</summary>
public sealed record AgencySharing(Guid AgencyId, string Agency, bool Shared, string Message);

public sealed record AgendaAdded(Guid AgendaItemId, IReadOnlyList<AgencySharing> Sharing);

/// <summary>
/// Running a meeting: scheduling, the agenda (which shares each case with the consenting member agencies),
/// attendance, recommendations and decisions, action items. All but action-item progress are coordinators' work.
/// </summary>
public sealed class MdtMeetings(HartlineDb db, CaseAccess cases, CaseSharing sharing, Jurisdiction j, TimeProvider clock,
    Security.Audit.AuditLog audit)
{
    public async Task<Outcome<Guid>> CreateAsync(MeetingInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = Errors.For(input);
        var team = input.TeamId is { } teamId ? await db.Set<MdtTeam>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, ct) : null;
        if (team is null) errors.Add(nameof(input.TeamId), "Choose the team.");
        else if (!team.IsActive) errors.Add(nameof(input.TeamId), $"{team.Name} is inactive: make it active before scheduling meetings.");
        var startsAt = StartsUtc(input.StartsAt, errors);
        var place = MdtRules.RequireText(input.Place, MdtRules.PlaceMax, nameof(input.Place), "the place (a room, an address, or \"video call\")", errors);
        var type = MdtRules.RequireEnum(input.Type, nameof(input.Type), "Choose the type of meeting.", errors);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var meeting = new MdtMeeting { TeamId = team!.Id, StartsAt = startsAt!.Value, Place = place!, Type = type!.Value, CreatedById = actor.UserId ?? Guid.Empty,
            CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(meeting.Id);
    }

    /// <summary>Marks the meeting held (once its time has come) or cancelled, or back to scheduled.</summary>
    public async Task<Outcome<Guid>> SetStatusAsync(Guid meetingId, MeetingStatus? status, CancellationToken ct = default)
    {
        var meeting = await db.Set<MdtMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcome<Guid>.NotFound();
        if (status is not { } s || !Enum.IsDefined(s)) return Outcome<Guid>.Invalid("status", "Choose Scheduled, Held or Cancelled.");
        if (s == MeetingStatus.Held && meeting.StartsAt > clock.GetUtcNow().UtcDateTime.AddHours(1))
            return Outcome<Guid>.Invalid("status", "A meeting can be marked held only once it has started.");
        meeting.Status = s;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(meeting.Id);
    }

    /// <summary>
    /// Puts a case on the agenda and shares it with every member agency the youth consented to share with
    /// for the MDT. Agencies refused keep seeing the item as "Restricted case"; the result says which and why.
    /// </summary>
    public async Task<Outcome<AgendaAdded>> AddToAgendaAsync(Guid meetingId, Guid? caseId, Actor actor, CancellationToken ct = default)
    {
        var meeting = await db.Set<MdtMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcome<AgendaAdded>.NotFound();
        if (meeting.Status == MeetingStatus.Cancelled) return Outcome<AgendaAdded>.Invalid("caseId", "The meeting was cancelled: its agenda is closed.");
        // Through the one door to a case: a guessed or unreadable id is refused (and audited) like a missing one.
        var found = caseId is { } id ? await cases.FindAsync(id, actor, CaseOperations.Read, ct, tracking: false) : null;
        if (found is null) return Outcome<AgendaAdded>.Invalid("caseId", "Choose a case you may see.");
        if (await db.Set<AgendaItem>().AnyAsync(a => a.MeetingId == meetingId && a.CaseId == found.Id, ct))
            return Outcome<AgendaAdded>.Invalid("caseId", "The case is already on this meeting's agenda.");

        var position = await db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).Select(a => (int?)a.Position).MaxAsync(ct) ?? 0;
        var item = new AgendaItem { MeetingId = meetingId, CaseId = found.Id, Position = position + 1, AddedById = actor.UserId ?? Guid.Empty,
            AddedAt = clock.GetUtcNow().UtcDateTime };
        // The item and the sharing it causes stand or fall together: no agenda item half-shared by a failure.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        var shared = await ShareWithMembersAsync(meeting.TeamId, found.Id, actor, ct);
        await tx.CommitAsync(ct);
        return Outcome<AgendaAdded>.Done(new AgendaAdded(item.Id, shared));
    }

    /// <summary>Tries again to share an agenda case with the member agencies (after a consent was recorded, or a new agency joined).</summary>
    public async Task<Outcome<AgendaAdded>> ShareAgainAsync(Guid meetingId, Guid agendaItemId, Actor actor, CancellationToken ct = default)
    {
        var found = await (from a in db.Set<AgendaItem>()
                           join m in db.Set<MdtMeeting>() on a.MeetingId equals m.Id
                           where a.Id == agendaItemId && a.MeetingId == meetingId
                           select new { a.CaseId, m.TeamId }).FirstOrDefaultAsync(ct);
        if (found is null) return Outcome<AgendaAdded>.NotFound();
        return Outcome<AgendaAdded>.Done(new AgendaAdded(agendaItemId, await ShareWithMembersAsync(found.TeamId, found.CaseId, actor, ct)));
    }

    private async Task<IReadOnlyList<AgencySharing>> ShareWithMembersAsync(Guid teamId, Guid caseId, Actor actor, CancellationToken ct)
    {
        var agencies = await (from m in db.Set<MdtMember>()
                              join a in db.Agencies on m.AgencyId equals a.Id
                              where m.TeamId == teamId && m.LeftOn == null
                              select new { a.Id, a.Name }).Distinct().ToListAsync(ct);
        var results = new List<AgencySharing>();
        foreach (var agency in agencies.OrderBy(a => a.Name))
        {
            var result = await sharing.ShareAsync(caseId, agency.Id, GrantKind.Mdt, actor, ct);
            results.Add(new AgencySharing(agency.Id, agency.Name, result.Succeeded,
                result.Value?.Message ?? string.Join(" ", result.Errors.Values.SelectMany(m => m))));
        }
        return results;
    }

    /// <summary>Marks the roster: each mark replaces the member's earlier one (the change is audited).</summary>
    public async Task<Outcome<int>> RecordAttendanceAsync(Guid meetingId, IReadOnlyList<AttendanceMark>? marks, Actor actor, CancellationToken ct = default)
    {
        var meeting = await db.Set<MdtMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcome<int>.NotFound();
        marks = marks?.Where(m => m is not null).ToList() ?? [];
        var memberIds = await db.Set<MdtMember>().Where(m => m.TeamId == meeting.TeamId).Select(m => m.Id).ToListAsync(ct);
        var errors = new Errors();
        if (marks.Count == 0) errors.Add("marks", "Mark at least one member present, absent or excused.");
        if (marks.Any(m => !memberIds.Contains(m.MemberId))) errors.Add("marks", "Mark only members of this meeting's team.");
        if (marks.Any(m => m.Status is not { } s || !Enum.IsDefined(s))) errors.Add("marks", "Each mark must be Present, Absent or Excused.");
        if (marks.GroupBy(m => m.MemberId).Any(g => g.Count() > 1)) errors.Add("marks", "Mark each member once.");
        if (errors.Count > 0) return Outcome<int>.Invalid(errors);

        var existing = await db.Set<MeetingAttendance>().Where(a => a.MeetingId == meetingId && a.MemberId != null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var mark in marks)
        {
            var row = existing.FirstOrDefault(a => a.MemberId == mark.MemberId);
            if (row is null) db.Add(row = new MeetingAttendance { MeetingId = meetingId, MemberId = mark.MemberId });
            else if (row.Status == mark.Status) continue;
            (row.Status, row.RecordedById, row.RecordedAt) = (mark.Status!.Value, actor.UserId ?? Guid.Empty, now);
        }
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Done(marks.Count);
    }

    public async Task<Outcome<Guid>> AddGuestAsync(Guid meetingId, GuestInput input, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Set<MdtMeeting>().AnyAsync(m => m.Id == meetingId, ct)) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var name = MdtRules.RequireText(input.Name, MdtRules.NameMax, nameof(input.Name), "the guest's name", errors);
        var agency = MdtRules.OptionalText(input.Agency, MdtRules.NameMax, nameof(input.Agency), "The guest's agency", errors);
        var role = MdtRules.OptionalText(input.Role, MdtRules.NameMax, nameof(input.Role), "The guest's role", errors);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var guest = new MeetingAttendance
        {
            MeetingId = meetingId, GuestName = name, GuestAgency = agency, GuestRole = role, Status = AttendanceStatus.Present,
            RecordedById = actor.UserId ?? Guid.Empty, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(guest);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(guest.Id);
    }

    public async Task<Outcome<Guid>> AddNoteAsync(Guid meetingId, Guid agendaItemId, NoteInput input, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Set<AgendaItem>().AnyAsync(a => a.Id == agendaItemId && a.MeetingId == meetingId, ct)) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var kind = MdtRules.RequireEnum(input.Kind, nameof(input.Kind), "Choose Recommendation or Decision.", errors);
        var text = MdtRules.RequireText(input.Text, MdtRules.TextMax, nameof(input.Text), "what the team recommended or decided", errors);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var note = new AgendaNote
        {
            AgendaItemId = agendaItemId, Kind = kind!.Value, Text = text!, RecordedById = actor.UserId ?? Guid.Empty,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(note);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(note.Id);
    }

    public async Task<Outcome<Guid>> AddActionItemAsync(Guid meetingId, Guid agendaItemId, ActionItemInput input, Actor actor, CancellationToken ct = default)
    {
        var found = await (from a in db.Set<AgendaItem>()
                           join m in db.Set<MdtMeeting>() on a.MeetingId equals m.Id
                           where a.Id == agendaItemId && a.MeetingId == meetingId
                           select new { a.CaseId, m.TeamId }).FirstOrDefaultAsync(ct);
        if (found is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var description = MdtRules.RequireText(input.Description, MdtRules.DescriptionMax, nameof(input.Description), "what is to be done", errors);
        if (input.OwnerMemberId is not { } owner || !await db.Set<MdtMember>().AnyAsync(m => m.Id == owner && m.TeamId == found.TeamId && m.LeftOn == null, ct))
            errors.Add(nameof(input.OwnerMemberId), "Choose the team member who will do it.");
        if (input.DueOn is not { } due) errors.Add(nameof(input.DueOn), "Enter the due date.");
        else if (!MdtRules.Plausible(due)) errors.Add(nameof(input.DueOn), "Enter a due date between the years 2000 and 2100.");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var item = new ActionItem
        {
            AgendaItemId = agendaItemId, MeetingId = meetingId, CaseId = found.CaseId, Description = description!,
            OwnerMemberId = input.OwnerMemberId!.Value, DueOn = input.DueOn!.Value, CreatedById = actor.UserId ?? Guid.Empty,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(item.Id);
    }

    /// <summary>
    /// Marks an action item done, cancelled or open again: by a coordinator, or by its owner when the owner
    /// may read the case (assumed, but checked). Anyone else gets "not found".
    /// </summary>
    public async Task<Outcome<Guid>> SetActionStatusAsync(Guid actionItemId, ActionStatus? status, Actor actor, CancellationToken ct = default)
    {
        var item = await db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == actionItemId, ct);
        if (item is null) return Outcome<Guid>.NotFound();
        var isOwner = actor.UserId is { } me && await db.Set<MdtMember>().AnyAsync(m => m.Id == item.OwnerMemberId && m.UserId == me, ct);
        if (!MdtScope.CanRun(actor) && !isOwner)
        {
            // Refused like a missing item, and recorded like every other refusal.
            await audit.DeniedAsync(nameof(ActionItem), actionItemId.ToString(), "SetStatus", ct);
            return Outcome<Guid>.NotFound();
        }
        if (!MdtScope.CanRun(actor) && await cases.FindAsync(item.CaseId, actor, CaseOperations.Read, ct, tracking: false) is null)
            return Outcome<Guid>.NotFound(); // the case door has audited the refusal
        if (status is not { } s || !Enum.IsDefined(s)) return Outcome<Guid>.Invalid("status", "Choose Open, Done or Cancelled.");
        item.Status = s;
        item.CompletedOn = s == ActionStatus.Done ? j.Today(clock) : null;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(item.Id);
    }

    /// <summary>Open cases of the meeting's region, not yet on its agenda, that the coordinator may put there.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Label)>> AgendaCandidatesAsync(Guid meetingId, Actor actor, CancellationToken ct = default)
    {
        var region = await (from m in db.Set<MdtMeeting>()
                            join t in db.Set<MdtTeam>() on m.TeamId equals t.Id
                            where m.Id == meetingId
                            select t.RegionCode).FirstOrDefaultAsync(ct);
        if (region is null) return [];
        var onAgenda = db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).Select(a => a.CaseId);
        var rows = await RecordScope.Cases(db.Cases, actor, ScopePurpose.Records)
            .Where(c => c.RegionCode == region && c.Status != CaseStatus.Closed && !onAgenda.Contains(c.Id))
            .OrderBy(c => c.Person!.FamilyName).ThenBy(c => c.Person!.GivenName).Take(500)
            .Select(c => new { c.Id, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.OpenedOn })
            .ToListAsync(ct);
        return rows.Select(r => (r.Id, $"{People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName)} (opened {r.OpenedOn:yyyy-MM-dd})")).ToList();
    }

    private DateTime? StartsUtc(DateTime? value, Errors errors)
    {
        if (value is not { } t) { errors.Add(nameof(MeetingInput.StartsAt), "Enter the date and time of the meeting."); return null; }
        var utc = j.ToUtc(t);
        if (utc.Year is < 2000 or > 2100) { errors.Add(nameof(MeetingInput.StartsAt), "Enter a meeting date between the years 2000 and 2100."); return null; }
        return utc;
    }
}

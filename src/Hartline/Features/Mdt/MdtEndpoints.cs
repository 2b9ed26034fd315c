using Hartline.Features.Mdt.Minutes;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Mdt;

public sealed record AgendaRequest(Guid? CaseId);
public sealed record StatusRequest<T>(T? Status) where T : struct, Enum;
public sealed record AttendanceRequest(List<AttendanceMark>? Marks);
public sealed record LeaveRequest(DateOnly? LeftOn);
public sealed record NewId(Guid Id);

public static class MdtEndpoints
{
    public static RouteGroupBuilder MapMdt(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/mdt").WithTags("MDT").RequireAuthorization(MdtScope.MdtMeetings);
        g.MapGet("/teams", (MdtTeams teams, CurrentActor a, CancellationToken ct) => teams.ListAsync(a.Value, ct))
            .WithSummary("Teams you may see: every team for a coordinator, else the teams your agency sits on.");
        g.MapGet("/teams/{id:guid}", GetTeam).WithSummary("One team with its members (past members too).");
        g.MapPost("/teams", CreateTeam).RequireAuthorization(MdtScope.RunMdt).WithSummary("Create a team for a region.");
        g.MapPut("/teams/{id:guid}", UpdateTeam).RequireAuthorization(MdtScope.RunMdt).WithSummary("Rename, move or (de)activate a team.");
        g.MapPost("/teams/{id:guid}/members", AddMember).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("Add a member: an agency, a user of it or a named person, and a role of the HART chart.");
        g.MapPost("/teams/{id:guid}/members/{memberId:guid}/leave", Leave).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("A member leaves the team (kept on past rosters).");

        g.MapGet("/meetings", (MeetingViews views, CurrentActor a, Guid? teamId, bool? upcoming, CancellationToken ct) =>
            views.ListAsync(a.Value, teamId, upcoming, ct: ct)).WithSummary("Meetings of the teams you may see, newest first (upcoming: soonest first).");
        g.MapGet("/meetings/{id:guid}", GetMeeting)
            .WithSummary("A meeting with roster, attendance and agenda. Agenda cases you may not read come as restricted, with no id or name.");
        g.MapGet("/meetings/{id:guid}/minutes.pdf", MinutesPdfFile).Produces(StatusCodes.Status200OK, typeof(Stream), "application/pdf").WithSummary("The minutes as a PDF, as you may see them (audited as an export).");
        g.MapPost("/meetings", CreateMeeting).RequireAuthorization(MdtScope.RunMdt).WithSummary("Schedule a meeting (local time of the jurisdiction).");
        g.MapPost("/meetings/{id:guid}/status", SetStatus).RequireAuthorization(MdtScope.RunMdt).WithSummary("Mark a meeting Held or Cancelled.");
        g.MapPost("/meetings/{id:guid}/agenda", AddToAgenda).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("Put a case on the agenda; shares it with each member agency the youth consented to (the answer lists refusals).");
        g.MapPost("/meetings/{id:guid}/agenda/{itemId:guid}/share", ShareAgain).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("Try sharing an agenda case with the member agencies again (after a consent was recorded).");
        g.MapPut("/meetings/{id:guid}/attendance", Attendance).RequireAuthorization(MdtScope.RunMdt).WithSummary("Mark members present, absent or excused.");
        g.MapPost("/meetings/{id:guid}/guests", AddGuest).RequireAuthorization(MdtScope.RunMdt).WithSummary("Add a guest who attended.");
        g.MapPost("/meetings/{id:guid}/agenda/{itemId:guid}/notes", AddNote).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("Record a recommendation or decision on an agenda case.");
        g.MapPost("/meetings/{id:guid}/agenda/{itemId:guid}/action-items", AddActionItem).RequireAuthorization(MdtScope.RunMdt)
            .WithSummary("Give a member an action item on an agenda case.");
        g.MapPost("/action-items/{id:guid}/status", SetActionStatus)
            .WithSummary("Mark an action item Done, Cancelled or Open: a coordinator, or its owner when the owner may read the case.");
        g.MapGet("/action-items/overdue", (MeetingViews views, CurrentActor a, CancellationToken ct) =>
            views.ActionItemsDueAsync(a.Value, views.Today().AddDays(-1), ct: ct)).WithSummary("Open action items past due, on cases you may read.");
        return api;
    }

    private static Results<Created<NewId>, NotFound, ValidationProblem> Made(Outcome<Guid> r, string location) =>
        r.ToCreated(id => location + id, id => new NewId(id));

    private static async Task<Results<Ok<TeamView>, NotFound>> GetTeam(Guid id, MdtTeams teams, CurrentActor a, CancellationToken ct) =>
        await teams.GetAsync(id, a.Value, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound();

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> CreateTeam(TeamInput body, MdtTeams teams, CurrentActor a, CancellationToken ct) =>
        Made(await teams.CreateAsync(body, a.Value, ct), "/api/v1/mdt/teams/");

    private static async Task<Results<Ok<Guid>, NotFound, ValidationProblem>> UpdateTeam(Guid id, TeamInput body, MdtTeams teams, CancellationToken ct) =>
        (await teams.UpdateAsync(id, body, ct)).ToHttp();

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> AddMember(Guid id, MemberInput body, MdtTeams teams, CancellationToken ct) =>
        Made(await teams.AddMemberAsync(id, body, ct), $"/api/v1/mdt/teams/{id}#member-");

    private static async Task<Results<Ok<Guid>, NotFound, ValidationProblem>> Leave(Guid id, Guid memberId, LeaveRequest? body, MdtTeams teams, CancellationToken ct) =>
        (await teams.LeaveAsync(id, memberId, body?.LeftOn, ct)).ToHttp();

    private static async Task<Results<Ok<MeetingView>, NotFound>> GetMeeting(Guid id, MeetingViews views, CurrentActor a, CancellationToken ct) =>
        await views.GetAsync(id, a.Value, "MDT meeting", ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> MinutesPdfFile(Guid id, MeetingViews views, CurrentActor a,
        CancellationToken ct)
    {
        if (await views.GetAsync(id, a.Value, "MDT minutes PDF", ct) is not { } m) return TypedResults.NotFound();
        await views.AuditExportAsync(m, "pdf", ct);
        var pdf = MinutesPdf.Render(m, views.NowLocal(), a.Value.Name);
        return TypedResults.File(pdf, "application/pdf", $"minutes-{m.StartsAt:yyyy-MM-dd}.pdf");
    }

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> CreateMeeting(MeetingInput body, MdtMeetings meetings, CurrentActor a,
        CancellationToken ct) => Made(await meetings.CreateAsync(body, a.Value, ct), "/api/v1/mdt/meetings/");

    private static async Task<Results<Ok<Guid>, NotFound, ValidationProblem>> SetStatus(Guid id, StatusRequest<MeetingStatus> body, MdtMeetings meetings,
        CancellationToken ct) => (await meetings.SetStatusAsync(id, body.Status, ct)).ToHttp();

    private static async Task<Results<Ok<AgendaAdded>, NotFound, ValidationProblem>> AddToAgenda(Guid id, AgendaRequest body, MdtMeetings meetings,
        HttpContext http, CancellationToken ct) => (await meetings.AddToAgendaAsync(id, body.CaseId, Actor.FromPrincipal(http.User), ct)).ToHttp();

    private static async Task<Results<Ok<AgendaAdded>, NotFound, ValidationProblem>> ShareAgain(Guid id, Guid itemId, MdtMeetings meetings,
        HttpContext http, CancellationToken ct) => (await meetings.ShareAgainAsync(id, itemId, Actor.FromPrincipal(http.User), ct)).ToHttp();

    private static async Task<Results<Ok<int>, NotFound, ValidationProblem>> Attendance(Guid id, AttendanceRequest body, MdtMeetings meetings,
        CurrentActor a, CancellationToken ct) => (await meetings.RecordAttendanceAsync(id, body.Marks, a.Value, ct)).ToHttp();

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> AddGuest(Guid id, GuestInput body, MdtMeetings meetings,
        CurrentActor a, CancellationToken ct) => Made(await meetings.AddGuestAsync(id, body, a.Value, ct), $"/api/v1/mdt/meetings/{id}#guest-");

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> AddNote(Guid id, Guid itemId, NoteInput body, MdtMeetings meetings,
        CurrentActor a, CancellationToken ct) => Made(await meetings.AddNoteAsync(id, itemId, body, a.Value, ct), $"/api/v1/mdt/meetings/{id}#note-");

    private static async Task<Results<Created<NewId>, NotFound, ValidationProblem>> AddActionItem(Guid id, Guid itemId, ActionItemInput body,
        MdtMeetings meetings, CurrentActor a, CancellationToken ct) =>
        Made(await meetings.AddActionItemAsync(id, itemId, body, a.Value, ct), $"/api/v1/mdt/meetings/{id}#action-");

    private static async Task<Results<Ok<Guid>, NotFound, ValidationProblem>> SetActionStatus(Guid id, StatusRequest<ActionStatus> body,
        MdtMeetings meetings, HttpContext http, CancellationToken ct) => (await meetings.SetActionStatusAsync(id, body.Status, Actor.FromPrincipal(http.User), ct)).ToHttp();
}

using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Mdt;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Mdt;

/// <summary>Running a meeting: attendance, guests, decisions and action items, through the page and the API.</summary>
public sealed class MdtMeetingWorkTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;
    private DateOnly Today => app.LocalToday;

    [Fact]
    public async Task Coordinator_marks_attendance_adds_a_guest_and_records_a_decision_on_the_page()
    {
        var scene = await MdtScene.BuildAsync(app);
        var url = $"/Mdt/Meetings/{scene.MeetingId}";
        var client = scene.CoordinatorClient;

        var marked = await client.PostFormAsync($"{url}?handler=Attendance", [
            new($"marks[{scene.Members["police"]}]", "Present"), new($"marks[{scene.Members["medic"]}]", "Excused")]);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        // Marking again replaces the mark (one row per member), it does not add one.
        await client.PostFormAsync($"{url}?handler=Attendance", [new($"marks[{scene.Members["medic"]}]", "Present")]);
        var guest = await client.PostFormAsync($"{url}?handler=Guest", [new("Guest.Name", "Dr. Lee"), new("Guest.Agency", "Clinic")]);
        Assert.Equal(HttpStatusCode.Redirect, guest.StatusCode);
        var decision = await client.PostFormAsync($"{url}?handler=Note&itemId={scene.AgendaItemId}",
            [new("Note.Kind", "Decision"), new("Note.Text", "Refer to survivor care")]);
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);

        var view = (await client.GetFromJsonAsync<MeetingView>($"/api/v1/mdt/meetings/{scene.MeetingId}", ApiJson.Options))!;
        Assert.Equal(AttendanceStatus.Present, view.Roster.Single(r => r.MemberId == scene.Members["police"]).Attendance);
        Assert.Equal(AttendanceStatus.Present, view.Roster.Single(r => r.MemberId == scene.Members["medic"]).Attendance);
        Assert.Null(view.Roster.Single(r => r.MemberId == scene.Members["investigator"]).Attendance);
        Assert.Equal("Dr. Lee", view.Guests.Single().Name);
        var n = view.Agenda.Single().Notes.Single();
        Assert.Equal((NoteKind.Decision, "Refer to survivor care", "Test Coordinator"), (n.Kind, n.Text, n.RecordedBy));
        await app.WithDb(async db => Assert.Equal(3, await db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == scene.MeetingId)));
    }

    [Fact]
    public async Task Page_forms_refuse_empty_input_beside_the_field_and_keep_what_was_typed()
    {
        var scene = await MdtScene.BuildAsync(app);
        var url = $"/Mdt/Meetings/{scene.MeetingId}";
        var prefix = $"action-{scene.AgendaItemId}";
        var response = await scene.CoordinatorClient.PostFormAsync($"{url}?handler=Action&itemId={scene.AgendaItemId}",
            [new("Action.Description", "Find a mentor"), new("Action.DueOn", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Forms.Html(await response.Content.ReadAsStringAsync());
        Assert.Equal("Choose the team member who will do it.", html.QuerySelector($"#{prefix}-OwnerMemberId-error")!.TextContent);
        Assert.Equal("Enter the due date.", html.QuerySelector($"#{prefix}-DueOn-error")!.TextContent);
        Assert.Equal("Find a mentor", html.QuerySelector($"#{prefix}-Description")!.GetAttribute("value"));

        var guest = Forms.Html(await (await scene.CoordinatorClient.PostFormAsync($"{url}?handler=Guest", [new("Guest.Name", new string('g', 201))]))
            .Content.ReadAsStringAsync());
        Assert.Contains("at most 200", guest.QuerySelector("#guest-Name-error")!.TextContent);
        var attendance = Forms.Html(await (await scene.CoordinatorClient.PostFormAsync($"{url}?handler=Attendance",
            [new($"marks[{Guid.NewGuid()}]", "Present")])).Content.ReadAsStringAsync());
        Assert.Contains("Mark only members of this meeting's team.", attendance.QuerySelector("#attendance-marks")!.TextContent);
        await app.WithDb(async db =>
        {
            Assert.False(await db.Set<ActionItem>().AnyAsync(a => a.MeetingId == scene.MeetingId));
            Assert.False(await db.Set<MeetingAttendance>().AnyAsync(a => a.MeetingId == scene.MeetingId));
        });
    }

    [Fact]
    public async Task Overdue_list_holds_open_past_due_items_on_cases_the_viewer_may_read()
    {
        var scene = await MdtScene.BuildAsync(app);
        var overdue = await scene.AddActionItem("Overdue safety plan", "police", Today.AddDays(-2));
        var done = await scene.AddActionItem("Done long ago", "police", Today.AddDays(-5));
        await scene.AddActionItem("Due next week", "police", Today.AddDays(6));
        var status = await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/action-items/{done}/status", new { status = "Done" });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);

        var police = await World.SignedIn(scene.Police);
        var list = (await police.GetFromJsonAsync<List<OverdueItem>>("/api/v1/mdt/action-items/overdue", ApiJson.Options))!;
        Assert.Equal([overdue], list.Where(i => i.MeetingId == scene.MeetingId).Select(i => i.Id));
        Assert.Contains(scene.YouthFamilyName, list.Single(i => i.Id == overdue).YouthName);

        // The hospital sits on the team but may not read the case: its overdue list is empty of it.
        var medic = await World.SignedIn(scene.Medic);
        Assert.DoesNotContain((await medic.GetFromJsonAsync<List<OverdueItem>>("/api/v1/mdt/action-items/overdue", ApiJson.Options))!,
            i => i.MeetingId == scene.MeetingId);
        // Done items say when; the page shows the overdue one as overdue.
        var view = (await police.GetFromJsonAsync<MeetingView>($"/api/v1/mdt/meetings/{scene.MeetingId}", ApiJson.Options))!;
        Assert.NotNull(view.Agenda.Single().ActionItems.Single(a => a.Id == done).CompletedOn);
        Assert.True(view.Agenda.Single().ActionItems.Single(a => a.Id == overdue).Overdue);
    }

    [Fact]
    public async Task An_action_item_is_marked_done_by_its_owner_but_not_by_another_member()
    {
        var scene = await MdtScene.BuildAsync(app);
        var item = await scene.AddActionItem("Interview the youth with an advocate", "police", Today.AddDays(3));
        var medic = await World.SignedIn(scene.Medic);
        Assert.Equal(HttpStatusCode.NotFound, (await medic.PostAsJsonAsync($"/api/v1/mdt/action-items/{item}/status", new { status = "Done" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await medic.PostAsJsonAsync($"/api/v1/mdt/action-items/{Guid.CreateVersion7()}/status", new { status = "Done" })).StatusCode);

        var police = await World.SignedIn(scene.Police);
        var page = await police.PostFormAsync($"/Mdt/Meetings/{scene.MeetingId}?handler=ActionStatus&actionId={item}", [new("status", "Done")]);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        await app.WithDb(async db => Assert.Equal(ActionStatus.Done, (await db.Set<ActionItem>().SingleAsync(a => a.Id == item)).Status));
    }
}

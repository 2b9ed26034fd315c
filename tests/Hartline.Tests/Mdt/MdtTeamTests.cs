using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Mdt;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Mdt;

public sealed class MdtTeamTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Coordinator_creates_a_team_with_members_and_schedules_a_meeting_in_local_time()
    {
        var scene = await MdtScene.BuildAsync(app, startsAtLocal: new DateTime(2030, 7, 1, 10, 0, 0));
        var faith = await World.Agency("Church", AgencyKind.Other);
        var partner = await MdtScene.AddMember(scene.CoordinatorClient, scene.TeamId, faith.Id, null, "FaithBasedPartner", "Rev. Ada Quill");

        var team = await scene.CoordinatorClient.GetFromJsonAsync<TeamView>($"/api/v1/mdt/teams/{scene.TeamId}", ApiJson.Options);
        Assert.Equal("R2", team!.RegionCode);
        Assert.Equal(4, team.Members.Count);
        Assert.Contains(team.Members, m => m.Id == partner && m.Name == "Rev. Ada Quill" && m.UserId is null && m.RoleLabel == "Faith-based partner");
        Assert.Contains(team.Members, m => m.UserId == scene.Police.Id && m.Name == "Test LawEnforcement");

        // 10:00 in Connecticut in July is 14:00 UTC; the API gives it back in local time.
        await app.WithDb(async db => Assert.Equal(new DateTime(2030, 7, 1, 14, 0, 0, DateTimeKind.Utc),
            (await db.Set<MdtMeeting>().SingleAsync(m => m.Id == scene.MeetingId)).StartsAt));
        var meeting = await scene.CoordinatorClient.GetFromJsonAsync<MeetingView>($"/api/v1/mdt/meetings/{scene.MeetingId}", ApiJson.Options);
        Assert.Equal(new DateTime(2030, 7, 1, 10, 0, 0), meeting!.StartsAt);
        Assert.Equal(4, meeting.Roster.Count);

        // A member leaves: kept on the team (with the date), no longer on the list of current seats.
        var leave = await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members/{partner}/leave", new { });
        Assert.Equal(HttpStatusCode.OK, leave.StatusCode);
        team = await scene.CoordinatorClient.GetFromJsonAsync<TeamView>($"/api/v1/mdt/teams/{scene.TeamId}", ApiJson.Options);
        Assert.NotNull(team!.Members.Single(m => m.Id == partner).LeftOn);
        var list = await scene.CoordinatorClient.GetFromJsonAsync<List<TeamListItem>>("/api/v1/mdt/teams", ApiJson.Options);
        Assert.Equal(3, list!.Single(t => t.Id == scene.TeamId).Members);
    }

    [Fact]
    public async Task Bad_team_member_and_meeting_input_is_refused_naming_the_fields_and_nothing_is_saved()
    {
        var scene = await MdtScene.BuildAsync(app);
        var client = scene.CoordinatorClient;
        var teamsBefore = await Count<MdtTeam>();

        var team = await Problem(await client.PostAsJsonAsync("/api/v1/mdt/teams", new { name = " ", region = "R9" }));
        Assert.Contains("Enter the team's name.", team["name"]);
        Assert.Contains("'R9' is not a region of Connecticut.", team["region"]);
        var tooLong = await Problem(await client.PostAsJsonAsync("/api/v1/mdt/teams", new { name = new string('x', 201), region = "R1" }));
        Assert.Contains("must be at most 200", tooLong["name"].Single());
        Assert.Equal(teamsBefore, await Count<MdtTeam>());

        var member = await Problem(await client.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members", new { userId = scene.Medic.Id }));
        Assert.Contains("Choose the member's agency.", member["agencyId"]);
        Assert.Contains("Choose the member's role on the team.", member["role"]);
        // A user of another agency cannot sit for this one; the same user twice is refused too.
        var wrongAgency = await Problem(await client.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members",
            new { agencyId = scene.Dcf.Id, userId = scene.Medic.Id, role = "Other" }));
        Assert.Contains("userId", wrongAgency.Keys);
        var twice = await Problem(await client.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members",
            new { agencyId = scene.Hospital.Id, userId = scene.Medic.Id, role = "Other" }));
        Assert.Contains("already sits on this team", twice["userId"].Single());
        var unknownRole = await client.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members", new { agencyId = scene.Dcf.Id, name = "X", role = "Wizard" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Contains("role", (await Problem(unknownRole)).Keys);

        var meetingsBefore = await Count<MdtMeeting>();
        var meeting = await Problem(await client.PostAsJsonAsync("/api/v1/mdt/meetings", new { teamId = Guid.NewGuid(), startsAt = "0001-01-01T00:00:00" }));
        Assert.Contains("Choose the team.", meeting["teamId"]);
        Assert.Contains("startsAt", meeting.Keys);
        Assert.Contains("place", meeting.Keys);
        Assert.Contains("Choose the type of meeting.", meeting["type"]);
        Assert.Equal(meetingsBefore, await Count<MdtMeeting>());

        // The page says the same beside the field, and keeps nothing.
        var page = await client.PostFormAsync("/Mdt", [new("Team.Name", ""), new("Team.Region", "R1")]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = Forms.Html(await page.Content.ReadAsStringAsync());
        Assert.Equal("Enter the team's name.", html.QuerySelector("#team-Name-error")!.TextContent);
        Assert.NotNull(html.QuerySelector("#form-errors a[href='#team-Name']"));
        Assert.Equal(teamsBefore, await Count<MdtTeam>());
    }

    [Fact]
    public async Task Only_coordinators_create_teams_and_meetings()
    {
        var scene = await MdtScene.BuildAsync(app);
        var medic = await World.SignedIn(scene.Medic);
        Assert.Equal(HttpStatusCode.NotFound, (await medic.PostAsJsonAsync("/api/v1/mdt/teams", new { name = "Mine", region = "R1" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await medic.PostAsJsonAsync("/api/v1/mdt/meetings",
            new { teamId = scene.TeamId, startsAt = "2030-01-01T10:00:00", place = "x", type = "CaseReview" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await medic.PostAsJsonAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/agenda", new { caseId = scene.CaseId })).StatusCode);
        // Reading the team their agency sits on is fine; a trainer has no MDT pages at all.
        Assert.Equal(HttpStatusCode.OK, (await medic.GetAsync($"/Mdt/Teams/{scene.TeamId}")).StatusCode);
        var trainer = await World.SignedIn(await World.User(Roles.Trainer, scene.Hospital));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync("/Mdt/Meetings")).StatusCode);
    }

    [Fact]
    public async Task Team_and_meeting_changes_are_audited()
    {
        var scene = await MdtScene.BuildAsync(app);
        await app.WithDb(async db =>
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Create && e.EntityType == nameof(MdtTeam)
                && e.EntityId == scene.TeamId.ToString() && e.UserId == scene.Coordinator.Id));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Create && e.EntityType == nameof(MdtMeeting) && e.EntityId == scene.MeetingId.ToString()));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Create && e.EntityType == nameof(AgendaItem) && e.EntityId == scene.AgendaItemId.ToString()));
        });
        var status = await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/status", new { status = "Cancelled" });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        await app.WithDb(async db => Assert.Contains($"\"Status\":{{\"before\":\"{MeetingStatus.Scheduled}\",\"after\":\"{MeetingStatus.Cancelled}\"}}",
            (await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.Update && e.EntityType == nameof(MdtMeeting)
                && e.EntityId == scene.MeetingId.ToString())).Details));
    }

    private async Task<int> Count<T>() where T : class
    {
        var n = 0;
        await app.WithDb(async db => n = await db.Set<T>().CountAsync());
        return n;
    }

    private static async Task<Dictionary<string, string[]>> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}

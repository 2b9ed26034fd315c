using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Lifecycle;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases;

/// <summary>The case file's own parts: exploitation profile, status lifecycle, missing-from-care episodes.</summary>
public sealed class CaseFileTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Profile_saves_htcds_fields_and_shows_them_on_the_case()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);

        var put = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/profile", new
        {
            traffickingStatus = "ConfirmedVictim", statusDecidedBy = "Police", statusDecidedOn = "2019-09-01",
            exploitationTypes = new[] { "sex" }, sexExploitationTypes = new[] { "prostitution", "remote" },
            methodsOfControl = new[] { "threats", "takes-earnings" }, recruitmentMethod = "online",
            recruitmentPlatforms = new[] { "instagram" }, recruiterRelationship = "intimate-partner",
            vulnerabilities = new[] { "runaway", "care" }, residence = "foster", ageWhenFirstExploited = 14,
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var file = await client.GetFromJsonAsync<CaseFile>($"/api/v1/cases/{caseId}", ApiJson.Options);
        Assert.Equal(["prostitution", "remote"], file!.Profile.SexExploitationTypes);
        Assert.Equal("intimate-partner", file.Profile.RecruiterRelationship);
        Assert.Equal("foster", file.ResidenceCode);
        var page = await client.GetStringAsync($"/Cases/{caseId}");
        Assert.Contains("Online (social media, apps, games) (Instagram)", page);
        Assert.Contains("Takes earnings", page);
    }

    [Fact]
    public async Task Profile_names_the_field_of_an_unknown_code_and_saves_nothing()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);

        var put = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/profile", new
        {
            exploitationTypes = new[] { "forced-labour" }, sexExploitationTypes = new[] { "prostitution" },
            methodsOfControl = new[] { "mind-control" }, traffickingStatus = "PossibleVictim",
        });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = (await Json(put)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("methodsOfControl", out _));
        Assert.True(errors.TryGetProperty("sexExploitationTypes", out _));
        Assert.True(errors.TryGetProperty("statusDecidedBy", out _));
        await app.WithDb(async db => Assert.False(await db.Set<Features.Cases.Profile.ExploitationProfile>().AnyAsync(p => p.CaseId == caseId)));
    }

    [Fact]
    public async Task Case_moves_through_its_life_and_keeps_every_step()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);

        async Task<HttpResponseMessage> Move(object body) => await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", body);
        Assert.Equal(HttpStatusCode.OK, (await Move(new { to = "Active" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Move(new { to = "FollowUp" })).StatusCode);
        var noReason = await Move(new { to = "Closed" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await Json(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, (await Move(new { to = "Closed", reason = "goals-met" })).StatusCode);
        var skip = await Move(new { to = "Active" });
        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Contains("reopened", (await Json(skip)).GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Move(new { to = "Reopened" })).StatusCode); // no note
        Assert.Equal(HttpStatusCode.OK, (await Move(new { to = "Reopened", note = "Went missing again" })).StatusCode);

        var file = await client.GetFromJsonAsync<CaseFile>($"/api/v1/cases/{caseId}", ApiJson.Options);
        Assert.Equal(CaseStatus.Reopened, file!.Status);
        Assert.Null(file.ClosedOn);
        // The opening is the first step (from nothing), then every change the team made.
        Assert.Equal([CaseStatus.Open, CaseStatus.Active, CaseStatus.FollowUp, CaseStatus.Closed, CaseStatus.Reopened], file.StatusHistory.Select(h => h.To));
        Assert.Null(file.StatusHistory[0].From);
        Assert.Equal("Plan goals met", file.StatusHistory[3].Reason);
        await app.WithDb(async db => Assert.Equal("goals-met", (await db.Cases.SingleAsync(c => c.Id == caseId)).ClosureReasonCode));
    }

    [Fact]
    public async Task A_new_referral_for_a_youth_whose_case_is_active_joins_that_case()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var referral = World.Referral(family: World.UniqueName("Active", 16));
        var caseId = await World.Case(worker, referral);
        var client = await World.SignedIn(worker);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { to = "Active" })).StatusCode);

        // Before the lifecycle, only "Open" counted as open: an active case would have been missed and a second opened.
        Assert.Equal(caseId, await World.Case(worker, referral));
    }

    [Fact]
    public async Task Other_agencies_get_404_for_every_part_and_a_provider_with_access_cannot_change_status()
    {
        var dcf = await World.Agency();
        var other = await World.Agency();
        var beacon = await World.Agency("Beacon", Features.Admin.AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var stranger = await World.User(Roles.Investigator, other);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        await World.Grant(caseId, beacon, GrantKind.ServiceReferral);

        var s = await World.SignedIn(stranger);
        foreach (var url in new[] { "", "/Team", "/Consent", "/Profile" })
            Assert.Equal(HttpStatusCode.NotFound, (await s.GetAsync($"/Cases/{caseId}{url}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.GetAsync($"/api/v1/cases/{caseId}/team")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.GetAsync($"/api/v1/cases/{caseId}/consents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { to = "Active" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.PutAsJsonAsync($"/api/v1/cases/{caseId}/profile", new { })).StatusCode);

        var p = await World.SignedIn(provider);
        Assert.Equal(HttpStatusCode.OK, (await p.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { to = "Active" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"/Cases/{caseId}/Profile")).StatusCode); // the edit form
        await app.WithDb(async db => Assert.True(await db.AuditEvents.AnyAsync(e =>
            e.Action == AuditAction.Denied && e.EntityId == caseId.ToString() && e.UserId == stranger.Id)));
    }

    [Fact]
    public async Task Missing_episode_is_recorded_then_closed_when_the_youth_is_found()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", Features.Admin.AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        await World.Grant(caseId, beacon, GrantKind.ServiceReferral);
        // The provider often knows first: anyone working with the youth may report them missing.
        var client = await World.SignedIn(provider);

        var future = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes", new { startedAt = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm") });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await Json(future)).GetProperty("errors").TryGetProperty("startedAt", out _));
        var bad = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes", new { startedAt = "2024-03-01T22:00", missingFrom = "moon" });
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("missingFrom", out _));

        var added = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes",
            new { startedAt = "2024-03-01T22:00", missingFrom = "congregate", reportedToPolice = true });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var episodeId = (await Json(added)).GetProperty("id").GetGuid();
        Assert.Contains("Missing now", await (await World.SignedIn(worker)).GetStringAsync($"/Cases/{caseId}"));

        var before = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes/{episodeId}/found",
            new { endedAt = "2024-02-27T10:00" });
        Assert.True((await Json(before)).GetProperty("errors").TryGetProperty("endedAt", out _));

        // Found through the page, as a person would: the form keeps what was recorded at the start.
        var found = await client.PostFormAsync($"/Cases/{caseId}?handler=Found&episodeId={episodeId}", [
            new("Found.EndedAt", "2024-03-04T09:30"), new("Found.WhereFound", "Hartford bus station")]);
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);

        var file = await client.GetFromJsonAsync<CaseFile>($"/api/v1/cases/{caseId}", ApiJson.Options);
        var e = Assert.Single(file!.MissingEpisodes);
        Assert.Equal(new DateTime(2024, 3, 4, 9, 30, 0), e.EndedAt);
        Assert.Equal("Hartford bus station", e.WhereFound);
        Assert.True(e.ReportedToPolice);
        Assert.Equal(2.5, e.DaysMissing);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Team;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases;

public sealed class ContinuityTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    [Fact]
    public void The_first_primary_worker_is_not_a_change() =>
        Assert.Equal(0, Continuity.PrimaryWorkerChanges([new(2024, 5, 1)], AsOf));

    [Fact]
    public void Changes_are_counted_in_the_twelve_months_up_to_the_day()
    {
        DateOnly[] starts = [new(2022, 1, 10), new(2023, 6, 30), new(2023, 7, 1), new(2024, 2, 1), new(2024, 6, 30), new(2024, 7, 1)];
        // 2023-06-30 is exactly 12 months before: outside; 2024-07-01 is after the day: outside.
        Assert.Equal(3, Continuity.PrimaryWorkerChanges(starts, AsOf));
    }

    [Fact]
    public void Order_of_the_input_does_not_matter() =>
        Assert.Equal(1, Continuity.PrimaryWorkerChanges([new(2024, 3, 1), new(2023, 1, 1)], AsOf));
}

public sealed class CareTeamTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task The_opener_is_the_first_primary_worker_and_a_hand_over_counts_as_a_change()
    {
        var dcf = await World.Agency();
        var first = await World.User(Roles.Investigator, dcf);
        var second = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(first);
        var client = await World.SignedIn(first);

        var team = await client.GetFromJsonAsync<CareTeamView>($"/api/v1/cases/{caseId}/team", ApiJson.Options);
        var primary = Assert.Single(team!.Current);
        Assert.Equal(CareTeamRole.PrimaryWorker, primary.Role);
        Assert.Equal(0, team.PrimaryWorkerChangesLast12Months);

        var handOver = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "PrimaryWorker", userId = second.Id });
        Assert.Equal(HttpStatusCode.OK, handOver.StatusCode);
        team = await client.GetFromJsonAsync<CareTeamView>($"/api/v1/cases/{caseId}/team", ApiJson.Options);
        Assert.Equal(1, team!.PrimaryWorkerChangesLast12Months);
        Assert.Equal("Handed over", Assert.Single(team.Past).EndReason);
        await app.WithDb(async db => Assert.Equal(second.Id, (await db.Cases.SingleAsync(c => c.Id == caseId)).AssignedUserId));

        var file = await client.GetFromJsonAsync<CaseFile>($"/api/v1/cases/{caseId}", ApiJson.Options);
        Assert.Equal(1, file!.PrimaryWorkerChangesLast12Months);
        Assert.Contains("1</strong> change of primary worker", await client.GetStringAsync($"/Cases/{caseId}/Team"));
    }

    [Fact]
    public async Task A_user_of_an_agency_without_access_cannot_be_put_on_the_team()
    {
        var dcf = await World.Agency();
        var elsewhere = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var outsider = await World.User(Roles.Provider, elsewhere);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);

        var r = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "Advocate", userId = outsider.Id });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("userId", out _));

        // Once the case is shared with the agency, the same person can join.
        await World.Grant(caseId, elsewhere, GrantKind.ServiceReferral);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "Advocate", userId = outsider.Id })).StatusCode);
    }

    [Fact]
    public async Task Someone_without_an_account_can_join_but_not_as_primary_worker_and_ending_keeps_the_history()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);

        var primary = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "PrimaryWorker", name = "Ms. Rivera" });
        Assert.Equal(HttpStatusCode.BadRequest, primary.StatusCode);
        var nobody = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "SchoolContact" });
        Assert.True((await nobody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));

        var added = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "SchoolContact", name = "Ms. Rivera" });
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var ended = await client.PostFormAsync($"/Cases/{caseId}/Team?handler=End&assignmentId={id}", [new("End.Reason", "Changed school")]);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var again = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team/{id}/end", new { });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var team = await client.GetFromJsonAsync<CareTeamView>($"/api/v1/cases/{caseId}/team", ApiJson.Options);
        Assert.Contains(team!.Past, m => m.Name == "Ms. Rivera" && m.EndReason == "Changed school");
        await app.WithDb(async db => Assert.Equal(2, await db.Set<CareTeamAssignment>().CountAsync(a => a.CaseId == caseId)));
    }
}

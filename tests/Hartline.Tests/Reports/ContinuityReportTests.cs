using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports;

public sealed class ContinuityReportTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Counts_hand_overs_per_youth_within_the_readers_scope_and_never_names()
    {
        var dcf = await World.Agency();
        var other = await World.Agency();
        var a = await World.User(Roles.Investigator, dcf);
        var b = await World.User(Roles.Investigator, dcf);
        var elsewhere = await World.User(Roles.Investigator, other);
        var analyst = await World.User(Roles.Analyst, await World.Agency());
        await World.Case(a, World.Referral(family: "Steadyname"));
        var changing = await World.Case(a, World.Referral(family: "Changingname"));
        await World.Case(elsewhere);
        var client = await World.SignedIn(a);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{changing}/team", new { role = "PrimaryWorker", userId = b.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{changing}/team", new { role = "PrimaryWorker", userId = a.Id })).StatusCode);
        var quarter = Quarter.Containing(app.LocalToday); // the case dates are Connecticut's

        // A case role gets the exact measure from the older endpoint and in the statistics, the same figures.
        var mine = await client.GetFromJsonAsync<ContinuityResult>($"/api/v1/reports/continuity/{quarter}", ApiJson.Options);
        Assert.Equal(2, mine!.Youths);
        Assert.Equal(2, mine.Changes);
        Assert.Equal(1.0, mine.MeanChangesPerYouth);
        Assert.Equal([1, 0, 1, 0], mine.Distribution.Select(d => d.Youths));
        var exact = await StatisticsJson.GetAsync(client, quarter.ToString(), exact: true);
        Assert.Equal([1.0, 0, 1, 0, 2], new[] { "0", "1", "2", "3-or-more", "total" }.Select(r => StatisticsJson.Value(exact, "continuity_changes", r)!.Value));
        Assert.Equal(1.0, StatisticsJson.Value(exact, "continuity_mean", "changes-per-youth", "mean"));

        // The analyst counts every agency's youths, but only as published: the older endpoint refuses, the statistics withhold.
        var analystClient = await World.SignedIn(analyst);
        await StatisticsJson.AssertExactOnlyAsync(await analystClient.GetAsync($"/api/v1/reports/continuity/{quarter}"));
        var published = await StatisticsJson.GetAsync(analystClient, quarter.ToString());
        Assert.DoesNotContain("Changingname", published.GetRawText());
        Assert.Equal(["primary", "primary", "primary"], new[] { "0", "2", "total" }.Select(r => StatisticsJson.Suppressed(published, "continuity_changes", r)));
        Assert.Equal(0, StatisticsJson.Value(published, "continuity_changes", "1")); // zeros are shown
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "continuity_mean", "changes-per-youth", "mean"));
        Assert.Contains("Continuity of care", await analystClient.GetStringAsync($"/Reports?quarter={quarter}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/reports/continuity/2019Q9")).StatusCode);
    }
}

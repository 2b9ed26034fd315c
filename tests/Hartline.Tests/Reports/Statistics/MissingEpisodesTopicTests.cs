using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Cases.Missing;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// Missing-from-care episodes in the statistics, recorded through the API on a database of their own: counted by the
/// day they began on Connecticut's calendar, over the cases the reader may count; exact for a coordinator, published
/// (small numbers withheld, with the shares and the median resting on them) for an analyst.
/// </summary>
public sealed class MissingEpisodesTopicTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Episodes_that_began_in_the_period_by_where_from_reported_and_how_long()
    {
        var ours = await World.User(Roles.Investigator, await World.Agency());
        var theirs = await World.User(Roles.Investigator, await World.Agency());
        var first = await World.Case(ours, World.Referral(family: World.UniqueName("Missing")));
        var second = await World.Case(ours, World.Referral(family: World.UniqueName("Missing")));
        var third = await World.Case(theirs, World.Referral(family: World.UniqueName("Missing")));
        async Task Went(HttpClient by, Guid caseId, object episode)
        {
            var response = await by.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes", episode);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        var (us, them) = (await World.SignedIn(ours), await World.SignedIn(theirs));
        await Went(us, first, new { startedAt = "2024-01-10T22:00", endedAt = "2024-01-12T22:00", missingFrom = "congregate", reportedToPolice = true });
        // Half past eleven on 31 March in Connecticut is already 1 April in UTC: still the first quarter.
        await Went(us, first, new { startedAt = "2024-03-31T23:30", missingFrom = "foster", reportedToNcmec = true });
        await Went(us, second, new { startedAt = "2024-02-01T08:00", endedAt = "2024-02-05T08:00", reportedToPolice = true, reportedToNcmec = true });
        // Ten at night on New Year's Eve is 1 January in UTC, but the last quarter of 2023 in Connecticut: not counted.
        await Went(us, second, new { startedAt = "2023-12-31T22:00", missingFrom = "congregate" });
        await Went(them, third, new { startedAt = "2024-02-10T10:00", endedAt = "2024-02-11T10:00", missingFrom = "shelter" });
        // A category the list has since dropped is kept under its own code.
        await app.WithDb(async db =>
        {
            db.Add(new MissingEpisode { CaseId = third, MissingFromCode = "group-home", StartedAt = new DateTime(2024, 3, 1, 15, 0, 0, DateTimeKind.Utc), RecordedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var coordinator = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        var exact = await StatisticsJson.GetAsync(coordinator, "2024Q1", exact: true);
        Assert.Equal([5.0, 3, 2, 2], new[] { "episodes", "youths", "reported-to-police", "reported-to-ncmec" }.Select(r => StatisticsJson.Value(exact, "missing_episodes", r)!.Value));
        Assert.Equal(0.4, StatisticsJson.Value(exact, "missing_episodes", "reported-to-police", "share"));
        Assert.Equal([1.0, 1, 1, 0, 1, 1, 5], new[] { "congregate", "foster", "shelter", "parent", "group-home", "", "total" }
            .Select(r => StatisticsJson.Value(exact, "missing_from", r)!.Value));
        var rows = StatisticsJson.Table(exact, "missing_from").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("group-home (not on the list)", rows.Single(r => r.GetProperty("code").GetString() == "group-home").GetProperty("label").GetString());
        Assert.Equal("Not recorded", rows.Single(r => r.GetProperty("code").GetString() == "").GetProperty("label").GetString());
        Assert.Equal((3.0, 2.0), (StatisticsJson.Value(exact, "missing_duration", "ended")!.Value, StatisticsJson.Value(exact, "missing_duration", "ended", "median")!.Value));

        // Another agency's investigator counts only its own case's episodes.
        var theirFigures = await StatisticsJson.GetAsync(them, "2024Q1", exact: true);
        Assert.Equal([2.0, 1], new[] { "episodes", "youths" }.Select(r => StatisticsJson.Value(theirFigures, "missing_episodes", r)!.Value));

        // Published: the small counts are withheld, and so are the shares and the median resting on them. The 5 episodes are not
        // small, and with the youths and the reports withheld, the 2 further episodes and the 3 not reported cannot be subtracted.
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        var published = await StatisticsJson.GetAsync(analyst, "2024Q1");
        Assert.All(new[] { ("youths", "count"), ("reported-to-police", "count"), ("reported-to-police", "share"), ("reported-to-ncmec", "count") },
            x => Assert.Equal("primary", StatisticsJson.Suppressed(published, "missing_episodes", x.Item1, x.Item2)));
        Assert.Equal(5, StatisticsJson.Value(published, "missing_episodes", "episodes"));
        Assert.Equal(0, StatisticsJson.Value(published, "missing_from", "parent"));
        Assert.Equal(["primary", "primary"], new[] { "count", "median" }.Select(c => StatisticsJson.Suppressed(published, "missing_duration", "ended", c)));
        Assert.Null(StatisticsJson.Value(published, "missing_duration", "ended", "median"));
        Assert.Contains(published.GetProperty("notes").EnumerateArray(), n => n.GetProperty("heading").GetString() == "How missing-from-care episodes are counted");
    }
}

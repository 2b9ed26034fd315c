using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Cases.Plan;
using Hartline.Security;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Plan;

public sealed class YouthVoiceFiguresTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task The_share_of_plan_items_the_youth_agreed_to_is_counted_per_quarter_within_the_users_scope()
    {
        var agency = await World.Agency("DCF figures");
        var investigator = await World.User(Roles.Investigator, agency);
        var caseId = await World.Case(investigator);
        var client = await World.SignedIn(investigator);
        async Task<Guid> Goal(string words)
        {
            var r = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/items", new { youthWords = words, domain = "Housing" });
            return (await r.Content.ReadFromJsonAsync<PlanChange>())!.Id;
        }
        async Task Answer(Guid goal, string agreement, string on) => Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/items/{goal}/agreement", new { agreement, on, how = "InPerson" })).StatusCode);

        var a = await Goal("A place of my own");
        var b = await Goal("Not a group home");
        var d = await Goal("Near my sister");
        await Goal("Never asked about this one");
        await Answer(a, "Agreed", "2019-07-15");
        await Answer(b, "Agreed", "2019-08-01");
        await Answer(b, "Disagreed", "2019-09-01"); // the latest answer in the quarter counts
        await Answer(d, "Agreed", "2019-10-01");    // next quarter
        foreach (var (on, say) in new[] { ("2019-07-20", 2), ("2019-09-30", 5) })
            await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/feedback", new { givenOn = on, how = "Survey", hadASay = say });
        await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/feedback", new { givenOn = "2019-08-20", how = "Conversation", youthWords = "ok" });

        var q3 = await client.GetFromJsonAsync<YouthVoiceResult>("/api/v1/reports/youth-voice/2019Q3", ApiJson.Options);
        Assert.Equal((2, 1, 0.5), (q3!.ItemsAnswered, q3.ItemsAgreed, q3.ShareAgreed!.Value));
        Assert.Equal((3, 2, 3.5), (q3.FeedbackRecords, q3.HadASayRatings, q3.MeanHadASay!.Value));
        var q4 = await client.GetFromJsonAsync<YouthVoiceResult>("/api/v1/reports/youth-voice/2019Q4", ApiJson.Options);
        Assert.Equal((1, 1), (q4!.ItemsAnswered, q4.ItemsAgreed));

        // The statistics carry the same figures: exact for the case role…
        var exact = await StatisticsJson.GetAsync(client, "2019Q3", exact: true);
        Assert.Equal((1.0, 0.5, 2.0), (StatisticsJson.Value(exact, "youth_voice_answers", "agreed")!.Value,
            StatisticsJson.Value(exact, "youth_voice_answers", "agreed", "share")!.Value, StatisticsJson.Value(exact, "youth_voice_answers", "total")!.Value));
        Assert.Equal((2.0, 3.5, 3.0), (StatisticsJson.Value(exact, "youth_voice_feedback", "rated")!.Value,
            StatisticsJson.Value(exact, "youth_voice_feedback", "rated", "mean")!.Value, StatisticsJson.Value(exact, "youth_voice_feedback", "total")!.Value));
        Assert.Equal(0, StatisticsJson.Value(exact, "youth_voice_not_asked", "added-not-asked")); // by the quarter's end, added later

        // …and published for the analyst, who may not have them exact: small counts withheld, and the share and mean resting on them.
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync("/api/v1/reports/youth-voice/2019Q3"));
        var published = await StatisticsJson.GetAsync(analyst, "2019Q3");
        Assert.Equal(["primary", "primary", "primary"], new[] { ("agreed", "count"), ("agreed", "share"), ("total", "count") }
            .Select(x => StatisticsJson.Suppressed(published, "youth_voice_answers", x.Item1, x.Item2)));
        Assert.Equal(["primary", "primary", "primary"], new[] { ("rated", "count"), ("rated", "mean"), ("total", "count") }
            .Select(x => StatisticsJson.Suppressed(published, "youth_voice_feedback", x.Item1, x.Item2)));
        Assert.Null(StatisticsJson.Value(published, "youth_voice_feedback", "rated", "mean"));

        // Another agency's investigator counts none of it.
        var other = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(0, (await other.GetFromJsonAsync<YouthVoiceResult>("/api/v1/reports/youth-voice/2019Q3", ApiJson.Options))!.ItemsAnswered);
        Assert.Equal(0, StatisticsJson.Value(await StatisticsJson.GetAsync(other, "2019Q3", exact: true), "youth_voice_answers", "total"));
    }

    [Fact]
    public async Task Analysts_are_sent_to_the_published_statistics_and_a_bad_quarter_is_a_400_naming_it()
    {
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync("/api/v1/reports/youth-voice/2019Q3"));
        Assert.DoesNotContain("Testcase", (await StatisticsJson.GetAsync(analyst, "2019Q3")).GetRawText());
        var investigator = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var bad = await investigator.GetAsync("/api/v1/reports/youth-voice/2019Q9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("quarter", await bad.Content.ReadAsStringAsync());
        // Trainers never reach the figures.
        var trainer = await World.SignedIn(await World.User(Roles.Trainer, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync("/api/v1/reports/youth-voice/2019Q3")).StatusCode);
    }
}

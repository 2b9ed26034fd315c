using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Cases.Plan;
using Hartline.Security;
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

        // Another agency's investigator counts none of it.
        var other = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(0, (await other.GetFromJsonAsync<YouthVoiceResult>("/api/v1/reports/youth-voice/2019Q3", ApiJson.Options))!.ItemsAnswered);
    }

    [Fact]
    public async Task Analysts_get_the_counts_without_names_and_a_bad_quarter_is_a_400_naming_it()
    {
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        var response = await analyst.GetAsync("/api/v1/reports/youth-voice/2019Q3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Testcase", await response.Content.ReadAsStringAsync());
        var bad = await analyst.GetAsync("/api/v1/reports/youth-voice/2019Q9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("quarter", await bad.Content.ReadAsStringAsync());
        // Analysts never reach a case's plan.
        var trainer = await World.SignedIn(await World.User(Roles.Trainer, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync("/api/v1/reports/youth-voice/2019Q3")).StatusCode);
    }
}

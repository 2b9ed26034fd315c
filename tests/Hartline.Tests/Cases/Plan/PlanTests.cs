using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hartline.Features.Cases.Plan;
using Hartline.Security.Audit;
using Hartline.Tests.Cases.Notes;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases.Plan;

public sealed class PlanTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<Guid> GoalAsync(HttpClient client, Guid caseId, string words, string domain = "Education")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/items", new { youthWords = words, domain, workerDescription = "Tutoring twice a week" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_goal_in_the_youths_words_with_their_answer_shows_first_on_the_page_and_answers_are_kept()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var goal = await GoalAsync(client, c.CaseId, "I want to finish tenth grade at my old school");
        var url = $"/api/v1/cases/{c.CaseId}/plan/items/{goal}/agreement";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url, new { agreement = "Disagreed", on = "2019-08-01", how = "Phone" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url, new { agreement = "Agreed", on = "2019-08-20", how = "InPerson", youthComment = "if I can keep my friends" })).StatusCode);

        var plan = await client.GetFromJsonAsync<PlanView>($"/api/v1/cases/{c.CaseId}/plan", ApiJson.Options);
        var item = plan!.Items.Single();
        Assert.Equal(YouthAgreement.Agreed, item.Agreement);
        Assert.Equal(new DateOnly(2019, 8, 20), item.AgreementOn);
        Assert.Equal(2, item.Answers.Count);
        Assert.Equal(PlanItemStatus.Proposed, item.Status);

        var page = await client.GetStringAsync($"/Cases/{c.CaseId}/Plan");
        var words = page.IndexOf("I want to finish tenth grade", StringComparison.Ordinal);
        Assert.True(words > 0 && words < page.IndexOf("What the youth prefers", StringComparison.Ordinal));
        Assert.Contains("The youth agreed", page);
        Assert.Contains("1 of 1", page);
    }

    [Theory]
    [InlineData("items", """{"domain":"Health"}""", "youthWords")]
    [InlineData("items", """{"youthWords":"Get my teeth fixed","domain":"Teeth"}""", "domain")]
    [InlineData("items", """{"youthWords":"Get my teeth fixed"}""", "domain")]
    [InlineData("feedback", """{"givenOn":"2019-08-01","how":"Survey","hadASay":6}""", "hadASay")]
    [InlineData("feedback", """{"givenOn":"2999-08-01","how":"Survey","hadASay":3}""", "givenOn")]
    [InlineData("feedback", """{"givenOn":"2019-08-01","how":"Survey"}""", "youthWords")]
    public async Task Bad_plan_input_gets_400_naming_the_field_and_nothing_is_saved(string path, string json, string field)
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var response = await client.PostAsync($"/api/v1/cases/{c.CaseId}/plan/{path}", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(NoteTestData.Errors(await response.Content.ReadAsStringAsync()).TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        var plan = await client.GetFromJsonAsync<PlanView>($"/api/v1/cases/{c.CaseId}/plan", ApiJson.Options);
        Assert.Empty(plan!.Items);
        Assert.Empty(plan.Feedback);
    }

    [Fact]
    public async Task An_answer_must_be_agreed_or_disagreed_with_a_day_and_a_way_and_the_item_must_be_of_this_case()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var goal = await GoalAsync(client, c.CaseId, "Stay with my aunt");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/plan/items/{goal}/agreement", new { agreement = "NotAsked" });
        var errors = NoteTestData.Errors(await response.Content.ReadAsStringAsync());
        foreach (var field in new[] { "agreement", "on", "how" }) Assert.True(errors.TryGetProperty(field, out _), field);
        var other = await World.SharedCaseAsync();
        var elsewhere = await (await World.SignedIn(other.Author)).PostAsJsonAsync($"/api/v1/cases/{other.CaseId}/plan/items/{goal}/agreement",
            new { agreement = "Agreed", on = "2019-08-01", how = "Phone" });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Preferences_keep_their_history_and_refuse_phone_numbers()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var url = $"/api/v1/cases/{c.CaseId}/plan/preferences";
        var phone = await client.PutAsJsonAsync(url, new { contactTimes = "call me on (860) 555-0100 after six" });
        Assert.Contains("contact on file", NoteTestData.Errors(await phone.Content.ReadAsStringAsync()).GetProperty("contactTimes")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync(url, new { wantPresent = "My aunt Rosa", contactMethod = "TextMessage", pronouns = "she/her" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync(url, new { wantPresent = "My aunt Rosa and my coach", doNotWantPresent = "My stepfather", doesNotWant = "To talk about it in groups" })).StatusCode);

        var plan = await client.GetFromJsonAsync<PlanView>($"/api/v1/cases/{c.CaseId}/plan", ApiJson.Options);
        Assert.Equal("My stepfather", plan!.Preferences!.DoNotWantPresent);
        Assert.Equal("My aunt Rosa", Assert.Single(plan.EarlierPreferences).WantPresent);
    }

    [Fact]
    public async Task A_partner_with_access_reads_the_plan_and_adds_feedback_but_only_the_case_worker_edits_the_plan()
    {
        var c = await World.SharedCaseAsync();
        var provider = await World.SignedIn(c.Provider);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync($"/Cases/{c.CaseId}/Plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/plan/items", new { youthWords = "x", domain = "Health" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PutAsJsonAsync($"/api/v1/cases/{c.CaseId}/plan/preferences", new { language = "Spanish" })).StatusCode);
        var feedback = await provider.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/plan/feedback",
            new { givenOn = "2019-09-02", how = "Conversation", feltListenedTo = 4, hadASay = 2, youthWords = "Nobody asked me what I wanted" });
        Assert.Equal(HttpStatusCode.Created, feedback.StatusCode);
        Assert.Contains("Nobody asked me what I wanted", await provider.GetStringAsync($"/Cases/{c.CaseId}/Plan"));
    }

    [Fact]
    public async Task Another_agency_gets_404_for_the_plan_by_page_and_api_and_reads_are_audited()
    {
        var c = await World.SharedCaseAsync();
        var outsider = await World.SignedIn(c.Outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/{c.CaseId}/Plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/cases/{c.CaseId}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/plan/feedback",
            new { givenOn = "2019-09-02", how = "Conversation", hadASay = 2 })).StatusCode);

        await (await World.SignedIn(c.Author)).GetStringAsync($"/Cases/{c.CaseId}/Plan");
        var events = new List<AuditEvent>();
        await app.WithDb(async db => events = await db.AuditEvents.Where(e => e.EntityId == c.CaseId.ToString()).ToListAsync());
        Assert.Contains(events, e => e.Action == AuditAction.Read && e.UserId == c.Author.Id && e.Purpose == "plan and youth voice");
        Assert.Contains(events, e => e.Action == AuditAction.Denied && e.UserId == c.Outsider.Id);
    }

    [Fact]
    public async Task The_plan_page_forms_show_field_messages_and_save_good_input()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var url = $"/Cases/{c.CaseId}/Plan";
        var bad = await client.PostFormAsync(url + "?handler=Item", [new("Item.YouthWords", ""), new("Item.Domain", "")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = Forms.Html(await bad.Content.ReadAsStringAsync());
        Assert.Contains("The goal was not saved.", html.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains("own words", html.QuerySelector("#Item-YouthWords-error")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Item",
            [new("Item.YouthWords", "Learn to drive"), new("Item.Domain", ((int)PlanDomain.Livelihood).ToString())])).StatusCode);
        var goal = (await client.GetFromJsonAsync<PlanView>($"/api/v1/cases/{c.CaseId}/plan", ApiJson.Options))!.Items.Single();
        var badAnswer = await client.PostFormAsync($"{url}?handler=Agreement&itemId={goal.Id}", [new("Agreement.On", "2019-08-01"), new("Agreement.How", "Phone")]);
        Assert.Contains("agreed or did not agree", Forms.Html(await badAnswer.Content.ReadAsStringAsync()).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Agreement&itemId={goal.Id}",
            [new("Agreement.Agreement", "Agreed"), new("Agreement.On", "2019-08-01"), new("Agreement.How", "Phone")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Status&itemId={goal.Id}", [new("Status.Status", "Achieved")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Feedback",
            [new("Feedback.GivenOn", "2019-08-02"), new("Feedback.How", ((int)FeedbackChannel.Survey).ToString()), new("Feedback.HadASay", "5")])).StatusCode);

        var plan = (await client.GetFromJsonAsync<PlanView>($"/api/v1/cases/{c.CaseId}/plan", ApiJson.Options))!;
        Assert.Equal((YouthAgreement.Agreed, PlanItemStatus.Achieved), (plan.Items.Single().Agreement, plan.Items.Single().Status));
        Assert.NotNull(plan.Items.Single().EndedOn);
        Assert.Equal(5, plan.Feedback.Single().HadASay);
    }
}

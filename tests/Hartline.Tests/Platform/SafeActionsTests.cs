using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Cases.Team;
using Hartline.Features.Mdt;
using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Hartline.Tests.Mdt;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// Whatever ends, withdraws, removes, merges or undoes asks first: the page offers a link to a confirmation
/// page (no JavaScript needed) that says what will happen, with "Yes, …" and "Cancel"; its form posts to the
/// action's own handler, which still checks the user's right and the antiforgery token. A confirmation
/// posted without its token, or for a record the user may not change, changes nothing.
/// </summary>
public sealed class SafeActionsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Withdrawing_a_consent_asks_first_naming_the_sharing_that_stops_then_stops_it()
    {
        var s = await ConsentSceneAsync();
        var tab = Forms.Html(await s.Client.GetStringAsync($"/Cases/{s.CaseId}/Consent"));
        Assert.Empty(tab.QuerySelectorAll("form[action*='handler=Withdraw']")); // no longer one click
        var confirmUrl = $"/Cases/{s.CaseId}/Consent/{s.ConsentId}/Withdraw";
        Assert.NotNull(tab.QuerySelector($"a[href='{confirmUrl}']"));

        var confirm = await ConfirmationAsync(s.Client, confirmUrl);
        Assert.Equal("Withdraw this consent?", confirm.Question);
        Assert.Contains($"Sharing stops at once with {s.Beacon.Name} (for a service referral)", confirm.Text);
        Assert.Equal(("Yes, withdraw the consent", $"/Cases/{s.CaseId}/Consent"), (confirm.Yes, confirm.Cancel));
        Assert.True(await GrantInForceAsync(s.CaseId)); // asking changed nothing

        var done = await confirm.PostAsync(s.Client, ("Withdraw.Note", "The youth asked"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await GrantInForceAsync(s.CaseId));
        await app.WithDb(async db => Assert.Equal("The youth asked", (await db.Set<SharingConsent>().SingleAsync(c => c.Id == s.ConsentId)).WithdrawnNote));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(confirmUrl)).StatusCode); // nothing left to withdraw
    }

    [Fact]
    public async Task A_confirmation_without_its_token_or_for_a_record_not_the_users_changes_nothing()
    {
        var s = await ConsentSceneAsync();
        var confirm = await ConfirmationAsync(s.Client, $"/Cases/{s.CaseId}/Consent/{s.ConsentId}/Withdraw");

        // Without the antiforgery token: the framework's 400.
        var forged = await s.Client.PostAsync(confirm.Action, new FormUrlEncodedContent([new("Withdraw.Note", "forged")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Someone who may not see the case: no confirmation page, and their own valid token does not help.
        var outsider = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Cases/{s.CaseId}/Consent/{s.ConsentId}/Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(confirm.Action, [], tokenFrom: "/Cases")).StatusCode);

        // The provider the case is shared with may read it but not withdraw its consents.
        var provider = await World.SignedIn(s.Provider);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/Cases/{s.CaseId}/Consent/{s.ConsentId}/Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PostFormAsync(confirm.Action, [], tokenFrom: "/Cases")).StatusCode);

        // A consent of another case, through this case's address.
        var other = await ConsentSceneAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync($"/Cases/{s.CaseId}/Consent/{other.ConsentId}/Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await s.Client.PostFormAsync($"/Cases/{s.CaseId}/Consent?handler=Withdraw&consentId={other.ConsentId}", [], tokenFrom: "/Cases")).StatusCode);

        Assert.True(await GrantInForceAsync(s.CaseId));
        Assert.True(await GrantInForceAsync(other.CaseId));
        await app.WithDb(async db => Assert.Equal(0, await db.Set<SharingConsent>().CountAsync(c => (c.Id == s.ConsentId || c.Id == other.ConsentId) && c.WithdrawnOn != null)));
    }

    [Fact]
    public async Task Ending_a_care_team_place_asks_first_and_a_reader_cannot()
    {
        var s = await ConsentSceneAsync();
        var added = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/team",
            new { role = "PrimaryWorker", userId = s.Worker.Id, startedOn = app.LocalToday.ToString("yyyy-MM-dd") });
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var assignment = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var confirmUrl = $"/Cases/{s.CaseId}/Team/{assignment}/End";
        Assert.NotNull(Forms.Html(await s.Client.GetStringAsync($"/Cases/{s.CaseId}/Team")).QuerySelector($"a[href='{confirmUrl}']"));

        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(s.Provider)).GetAsync(confirmUrl)).StatusCode);
        var confirm = await ConfirmationAsync(s.Client, confirmUrl);
        Assert.Contains("has no primary worker until you add one", confirm.Text);
        Assert.StartsWith("Yes, end ", confirm.Yes);
        Assert.Null(await EndedOnAsync(assignment));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.PostAsync(s.Client, ("End.Reason", "Moved to another unit"))).StatusCode);
        Assert.Equal(app.LocalToday, await EndedOnAsync(assignment));
    }

    [Fact]
    public async Task A_member_leaving_asks_first_saying_what_the_agency_loses_and_only_a_coordinator_sees_it()
    {
        var scene = await MdtScene.BuildAsync(app);
        var medic = scene.Members["medic"];
        var confirmUrl = $"/Mdt/Teams/{scene.TeamId}/Members/{medic}/Leave";
        Assert.NotNull(Forms.Html(await scene.CoordinatorClient.GetStringAsync($"/Mdt/Teams/{scene.TeamId}")).QuerySelector($"a[href='{confirmUrl}']"));

        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(scene.Medic)).GetAsync(confirmUrl)).StatusCode);
        var confirm = await ConfirmationAsync(scene.CoordinatorClient, confirmUrl);
        Assert.Contains("has no other seat on the team", confirm.Text);
        Assert.EndsWith("leaves today", confirm.Yes);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await scene.CoordinatorClient.PostAsync(confirm.Action, new FormUrlEncodedContent([]))).StatusCode);
        Assert.Null(await LeftOnAsync(medic));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.PostAsync(scene.CoordinatorClient)).StatusCode);
        Assert.Equal(app.LocalToday, await LeftOnAsync(medic));
    }

    [Fact]
    public async Task Closing_a_case_asks_first_with_the_reason_and_a_reader_cannot()
    {
        var s = await ConsentSceneAsync();
        var overview = Forms.Html(await s.Client.GetStringAsync($"/Cases/{s.CaseId}"));
        Assert.DoesNotContain(overview.QuerySelectorAll("#Status_To option"), o => o.GetAttribute("value") == "Closed");
        Assert.NotNull(overview.QuerySelector($"a[href='/Cases/{s.CaseId}/Close']"));

        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(s.Provider)).GetAsync($"/Cases/{s.CaseId}/Close")).StatusCode);
        var confirm = await ConfirmationAsync(s.Client, $"/Cases/{s.CaseId}/Close");
        Assert.Contains("Nothing is deleted", confirm.Text);
        Assert.Equal(CaseStatus.Open, await StatusAsync(s.CaseId));
        var closed = await confirm.PostAsync(s.Client, ("Status.Reason", "goals-met"));
        Assert.True(closed.StatusCode == HttpStatusCode.Redirect, Forms.Html(await closed.Content.ReadAsStringAsync()).QuerySelector("#form-errors")?.TextContent);
        Assert.Equal(CaseStatus.Closed, await StatusAsync(s.CaseId));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync($"/Cases/{s.CaseId}/Close")).StatusCode); // closed: reopen instead
    }

    [Fact]
    public async Task Marking_different_youth_merging_and_undoing_each_ask_first()
    {
        var pair = await PairAsync();
        var coordinator = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART", AgencyKind.Coordination)));
        var compare = Forms.Html(await coordinator.GetStringAsync($"/People/Duplicates/{pair}"));
        Assert.Empty(compare.QuerySelectorAll("form[method=post][action*='handler=']"));
        Assert.NotNull(compare.QuerySelector($"a[href='/People/Duplicates/{pair}/Different']"));

        var worker = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/People/Duplicates/{pair}/Different")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/People/Duplicates/{pair}/Merge")).StatusCode);

        var different = await ConfirmationAsync(coordinator, $"/People/Duplicates/{pair}/Different");
        Assert.Contains("will not propose this pair again", different.Text);
        var merge = await ConfirmationAsync(coordinator, $"/People/Duplicates/{pair}/Merge");
        Assert.Contains("can be undone from the merge history", merge.Text);
        Assert.Equal(PossibleDuplicateStatus.Open, await PairStatusAsync(pair));

        var (personA, _) = await PeopleOfAsync(pair);
        Assert.Equal(HttpStatusCode.Redirect, (await merge.PostAsync(coordinator, ("SurvivorId", personA.ToString()), ("Reason", "Same school, same birthday"))).StatusCode);
        Assert.Equal(PossibleDuplicateStatus.Merged, await PairStatusAsync(pair));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/People/Duplicates/{pair}/Different")).StatusCode); // decided

        Guid mergeId = default;
        await app.WithDb(async db => mergeId = await db.PersonMerges.Where(m => m.PossibleDuplicateId == pair).Select(m => m.Id).SingleAsync());
        var undo = await ConfirmationAsync(coordinator, $"/People/Merges/{mergeId}/Undo?pair={pair}");
        Assert.Equal($"/People/Duplicates/{pair}?handler=Undo&mergeId={mergeId}", undo.Action);
        Assert.Contains("comes back to the review queue", undo.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/People/Merges/{mergeId}/Undo?pair={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await undo.PostAsync(coordinator)).StatusCode);
        Assert.Equal(PossibleDuplicateStatus.Open, await PairStatusAsync(pair));

        Assert.Equal(HttpStatusCode.Redirect, (await different.PostAsync(coordinator)).StatusCode);
        Assert.Equal(PossibleDuplicateStatus.NotDuplicates, await PairStatusAsync(pair));
    }

    /// <param name="Hidden">The form's hidden fields, the antiforgery token among them.</param>
    private sealed record Confirmation(string Question, string Text, string Yes, string Cancel, string Action,
        IReadOnlyList<KeyValuePair<string, string>> Hidden)
    {
        /// <summary>Presses "Yes, …" with these fields filled in, as the browser would post the confirmation's form.</summary>
        public Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Name, string Value)[] fields) =>
            client.PostAsync(Action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Concat(Hidden)));
    }

    private static async Task<Confirmation> ConfirmationAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        var doc = Forms.Html(await response.Content.ReadAsStringAsync());
        var section = doc.QuerySelector("section.confirm")!;
        var form = section.QuerySelector("form[method=post]")!;
        return new Confirmation(doc.QuerySelector("h1")!.TextContent.Trim(), section.TextContent,
            form.QuerySelector("button[type=submit]")!.TextContent.Trim(), form.QuerySelector("a")!.GetAttribute("href")!,
            form.GetAttribute("action")!.Replace("&amp;", "&"),
            form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList());
    }

    private sealed record ConsentScene(TestUser Worker, TestUser Provider, Agency Beacon, Guid CaseId, Guid ConsentId, HttpClient Client);

    /// <summary>A case shared with a provider for a service referral, under the youth's consent.</summary>
    private async Task<ConsentScene> ConsentSceneAsync()
    {
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, await World.Agency());
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);
        var consent = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents",
            new { givenBy = "Youth", recipientAgencyId = beacon.Id, purposes = new[] { "ServiceReferral" }, givenOn = app.LocalToday.AddDays(-7).ToString("yyyy-MM-dd") });
        var consentId = (await consent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/shares", new { agencyId = beacon.Id, kind = "ServiceReferral" })).StatusCode);
        return new ConsentScene(worker, provider, beacon, caseId, consentId, client);
    }

    /// <summary>Two records of one youth, entered by two agencies, waiting in the coordinators' queue.</summary>
    private async Task<Guid> PairAsync()
    {
        var family = World.UniqueName("Safepair", 16);
        var first = await World.Case(await World.User(Roles.Investigator, await World.Agency()), World.Referral("Jasmin", family, dob: new DateOnly(2007, 3, 4)));
        var second = await World.Case(await World.User(Roles.Investigator, await World.Agency()), World.Referral("Jazmin", family, dob: new DateOnly(2007, 4, 3)));
        Guid a = default, b = default;
        await app.WithDb(async db =>
        {
            a = await db.Cases.Where(c => c.Id == first).Select(c => c.PersonId).SingleAsync();
            b = await db.Cases.Where(c => c.Id == second).Select(c => c.PersonId).SingleAsync();
        });
        await app.WithScope(async sp =>
        {
            await sp.GetRequiredService<DuplicateReview>().RecordAsync(a, b, 0.95, new { matchWeight = 8.0, probability = 0.95, fields = Array.Empty<object>() }, "test");
            return 0;
        });
        var (x, y) = PossibleDuplicate.Order(a, b);
        Guid pair = default;
        await app.WithDb(async db => pair = await db.PossibleDuplicates.Where(d => d.PersonAId == x && d.PersonBId == y).Select(d => d.Id).SingleAsync());
        return pair;
    }

    private async Task<bool> GrantInForceAsync(Guid caseId)
    {
        var inForce = false;
        await app.WithDb(async db => inForce = await db.CaseAccessGrants.AnyAsync(g => g.CaseId == caseId && g.RevokedAt == null));
        return inForce;
    }

    private async Task<DateOnly?> EndedOnAsync(Guid assignment)
    {
        DateOnly? ended = null;
        await app.WithDb(async db => ended = (await db.Set<CareTeamAssignment>().AsNoTracking().SingleAsync(a => a.Id == assignment)).EndedOn);
        return ended;
    }

    private async Task<DateOnly?> LeftOnAsync(Guid member)
    {
        DateOnly? left = null;
        await app.WithDb(async db => left = (await db.Set<MdtMember>().AsNoTracking().SingleAsync(m => m.Id == member)).LeftOn);
        return left;
    }

    private async Task<CaseStatus> StatusAsync(Guid caseId)
    {
        var status = CaseStatus.Open;
        await app.WithDb(async db => status = (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
        return status;
    }

    private async Task<PossibleDuplicateStatus> PairStatusAsync(Guid pair)
    {
        var status = PossibleDuplicateStatus.Open;
        await app.WithDb(async db => status = (await db.PossibleDuplicates.AsNoTracking().SingleAsync(d => d.Id == pair)).Status);
        return status;
    }

    private async Task<(Guid A, Guid B)> PeopleOfAsync(Guid pair)
    {
        (Guid, Guid) people = default;
        await app.WithDb(async db =>
        {
            var d = await db.PossibleDuplicates.AsNoTracking().SingleAsync(d => d.Id == pair);
            people = (d.PersonAId, d.PersonBId);
        });
        return people;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>
/// Two <c>hartline serve</c> processes on one database (PostgreSQL in the PostgreSQL run, one SQLite file in the other), a
/// person's requests alternating between them as a proxy without sticky sessions would send them: signed in on one, the
/// referral received on the other, determined on the first, opened as a case on the second, found by the search and the
/// case page of the first, a note written through one node's form with the other node's page token; the code used to
/// sign in refused on the other node; signed out on one, refused on both.
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private readonly HartlineApp _app = new(); // migrates the database and makes the user, as an administrator would
    private ServeProcess? _first, _second;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _ = _app.Services;
        var keys = _app.FieldKeysEnvironment();
        (_first, _second) = (await ServeProcess.StartAsync(_app.Database.Setting, keys), await ServeProcess.StartAsync(_app.Database.Setting, keys));
    }

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        if (_first is not null) await _first.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_person_served_by_two_nodes_in_turn_works_a_referral_to_a_case_and_signs_out_of_both()
    {
        var user = await _app.World.User(Roles.Investigator, await _app.World.Agency("Two processes"));
        var cookies = new CookieContainer(); // one browser: cookies are per host, not per port
        HttpClient On(ServeProcess node) => new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.Address };
        using var a = On(_first!);
        using var b = On(_second!);
        string? token = null;
        async Task<HttpResponseMessage> Post(HttpClient node, string url, object? body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
            if (token is not null) request.Headers.Add(Hartline.Hosting.Api.ApiAntiforgery.Header, token);
            return await node.SendAsync(request);
        }
        string Why(HttpResponseMessage r) => $"{(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}\nnode 1:\n{_first!.Errors}\nnode 2:\n{_second!.Errors}";

        // The nodes check codes against the real clock (the test host's stepping clock is its own).
        var code = Hartline.Features.Account.TwoFactor.OneTimeCodes.CodeAt(user.AuthenticatorKey!, DateTime.UtcNow);
        var signIn = await Post(a, "/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.True(signIn.StatusCode == HttpStatusCode.NoContent, Why(signIn));
        token = signIn.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single();

        var family = World.UniqueName("Vasquez", 12);
        var received = await Post(b, "/api/v1/referrals", World.Referral("Marisol", family));
        Assert.True(received.StatusCode == HttpStatusCode.Created, Why(received));
        var referralId = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralId").GetString();
        var determined = await Post(a, $"/api/v1/referrals/{referralId}/determinations", new
        {
            status = "PossibleVictim", decidedBy = "ChildWelfare", actions = new[] { "Recruit" }, purposes = new[] { "CommercialSex" }, exploitation = "Sex",
        });
        Assert.True(determined.StatusCode == HttpStatusCode.Created, Why(determined));
        var linked = await Post(b, $"/api/v1/referrals/{referralId}/case", null);
        Assert.True(linked.StatusCode == HttpStatusCode.OK, Why(linked));
        var caseId = (await linked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString();

        // The first node finds the youth the second one registered, and shows the case it opened.
        var found = await a.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=Marisol+{family}");
        Assert.Contains(found.GetProperty("youth").EnumerateArray(), r => r.GetRawText().Contains(family));
        var page = await a.GetAsync($"/Cases/{caseId}");
        Assert.True(page.StatusCode == HttpStatusCode.OK, Why(page));
        Assert.Contains(family, await page.Content.ReadAsStringAsync());

        // A form shown by one node is accepted by the other: the page's request token is the same key ring's.
        var notes = await b.GetStringAsync($"/Cases/{caseId}/Notes");
        var formToken = Forms.Html(notes).QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var note = await a.PostAsync($"/Cases/{caseId}/Notes", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Level"] = "Team", ["Input.Text"] = "Seen at the school office; she asked for her aunt.", ["__RequestVerificationToken"] = formToken,
        }));
        Assert.True(note.StatusCode == HttpStatusCode.Redirect, Why(note));
        Assert.Contains("asked for her aunt", await b.GetStringAsync($"/Cases/{caseId}/Notes"));

        // The code that signed in on the first node is refused on the second.
        var again = await Post(b, "/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        // Signed out through the second node: the cookie opens nothing on either.
        using (var signOut = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/session"))
        {
            signOut.Headers.Add(Hartline.Hosting.Api.ApiAntiforgery.Header, token);
            var ended = await b.SendAsync(signOut);
            Assert.True(ended.IsSuccessStatusCode, Why(ended));
        }
        foreach (var node in new[] { a, b })
            Assert.Equal(HttpStatusCode.Unauthorized, (await node.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
    }
}

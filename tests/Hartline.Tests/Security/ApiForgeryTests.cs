using System.Net;
using System.Net.Http.Json;
using Hartline.Hosting.Api;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Security;

/// <summary>
/// A change through the API made with the session cookie alone — what a page on another site could make a signed-in
/// browser send — is refused and changes nothing; with the request token the sign-in answered with, it goes through.
/// </summary>
public sealed class ApiForgeryTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_change_with_the_cookie_alone_is_refused_and_with_the_token_goes_through()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator, World.Referral(family: World.UniqueName("Forgery")));
        var client = app.NewClient(); // keeps the cookie, sends no token
        var session = await client.PostAsJsonAsync("/api/v1/session", new { email = investigator.Email, password = investigator.Password, code = World.Code(investigator) });
        var token = session.Headers.GetValues(ApiAntiforgery.Header).Single();
        var note = new { level = "Team", kind = "HomeVisit", contactOn = "2019-09-01", text = "Visited at home." };

        var forged = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", note);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(ApiAntiforgery.Header, await forged.Content.ReadAsStringAsync());
        Assert.Equal(0, await NotesAsync(caseId));
        // Nor can the session be ended from another site.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync("/api/v1/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases")).StatusCode);

        // A token made up, or one issued to another user, is refused the same way.
        var other = await World.SignedIn(await World.User(Roles.Investigator, investigator.Agency));
        var othersToken = (await other.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/session/token")).GetProperty("token").GetString()!;
        foreach (var wrong in new[] { "not-a-token", othersToken })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/notes") { Content = JsonContent.Create(note) };
            request.Headers.Add(ApiAntiforgery.Header, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(0, await NotesAsync(caseId));

        // The sign-in's token, and one asked for later, both work.
        foreach (var good in new[] { token, (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/session/token")).GetProperty("token").GetString()! })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/notes") { Content = JsonContent.Create(note) };
            request.Headers.Add(ApiAntiforgery.Header, good);
            var saved = await client.SendAsync(request);
            Assert.True(saved.IsSuccessStatusCode, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        }
        Assert.Equal(2, await NotesAsync(caseId));
    }

    private Task<int> NotesAsync(Guid caseId) => app.WithScope(sp =>
        sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<Hartline.Features.Cases.Notes.CaseNote>().CountAsync(n => n.CaseId == caseId));
}

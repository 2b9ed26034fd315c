using System.Net;
using System.Net.Http.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Platform;

/// <summary>A second server on the first one's database.</summary>
public sealed class SecondNode(HartlineApp first) : HartlineApp(first.Database, first.Codes);

/// <summary>
/// Two server nodes on one database, a person's requests alternating between them: the sign-in, the request token and the
/// two-factor state hold on both, because the data-protection key ring is in the database — each key encrypted with
/// the field keys, so the database alone cannot forge a cookie.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly HartlineApp _first = new();
    private SecondNode _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new SecondNode(_first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_sign_in_on_one_node_holds_on_the_other_with_its_request_token_and_its_code_is_refused_there()
    {
        var agency = await _first.World.Agency("Two nodes");
        var user = await _first.World.User(Roles.Investigator, agency);
        var caseId = await _first.World.Case(user);
        var cookies = new CookieContainer();
        var tokens = new ApiTokens();
        HttpClient On(HartlineApp node) => node.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies), tokens);
        var (first, second) = (On(_first), On(_second));

        var code = _first.World.Code(user);
        var signIn = await first.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        tokens.Token = signIn.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single();

        // The cookie made by the first node opens the case on the second; a change there carries the first node's token.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/Cases/{caseId}")).StatusCode);
        var signOut = await second.DeleteAsync("/api/v1/session");
        Assert.True(signOut.IsSuccessStatusCode, $"sign-out on the second node: {(int)signOut.StatusCode}");

        // The same code again, on the other node: refused, as on the node that took it.
        var again = await second.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        // The ring is in the database, every key encrypted: no key's secret is there in plain text.
        await _first.WithDb(async db =>
        {
            var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k =>
            {
                Assert.DoesNotContain("masterKey", k.Xml);
                Assert.Contains("hlk", k.Xml);
            });
        });
    }
}

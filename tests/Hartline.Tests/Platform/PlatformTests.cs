using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

public sealed class PlatformTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task Health_answers_200_without_signing_in_when_the_database_answers()
    {
        var response = await app.NewClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var doc = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/referrals", "/api/v1/cases/{id}", "/api/v1/reports/quarterly/{quarter}", "/api/v1/session" })
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_404_and_an_unknown_api_route_a_problem()
    {
        var client = await app.World.SignedIn(await app.World.User(Hartline.Security.Roles.Investigator, await app.World.Agency()));
        var page = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("not yours to see", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/v1/nothing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_are_not_cached_or_framed()
    {
        var response = await app.NewClient().GetAsync("/Account/SignIn");
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Pages_send_the_security_headers_and_cookies_are_secure_over_https()
    {
        var user = await app.World.User(Hartline.Security.Roles.Investigator, await app.World.Agency());
        foreach (var https in new[] { false, true })
        {
            var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false, BaseAddress = new Uri(https ? "https://hartline.example" : "http://hartline.example"),
            });
            var page = await client.GetAsync("/Account/SignIn");
            var csp = page.Headers.GetValues("Content-Security-Policy").Single();
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            foreach (var rule in new[] { "default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'" }) Assert.Contains(rule, csp);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            // HSTS only where the browser heeds it: over HTTPS.
            Assert.Equal(https, page.Headers.TryGetValues("Strict-Transport-Security", out var hsts) && hsts.Single().Contains("max-age=31536000"));

            var signIn = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = app.World.Code(user) });
            var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hartline=")).ToLowerInvariant();
            Assert.Contains("httponly", cookie);
            Assert.Contains("samesite=strict", cookie);
            Assert.Equal(https, cookie.Contains("secure"));
        }
    }
}

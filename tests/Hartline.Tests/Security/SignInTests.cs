using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Hartline.Tests.Security;

public sealed class SignInTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task An_unknown_email_and_a_locked_account_get_the_same_answer()
    {
        var user = await app.World.User(Roles.Investigator, await app.World.Agency());
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = "wrong password!" });

        var locked = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = app.World.Code(user) });
        var unknown = await client.PostAsJsonAsync("/api/v1/session", new { email = "nobody.here@test.example", password = "wrong password!" });

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal(Detail(await unknown.Content.ReadAsStringAsync()), Detail(await locked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_sign_in_page_says_the_same_for_an_unknown_email_and_a_locked_account()
    {
        var user = await app.World.User(Roles.Investigator, await app.World.Agency());
        for (var i = 0; i < 5; i++) await PageSignIn(user.Email, "wrong password!");

        var locked = await PageSignIn(user.Email, user.Password);
        var unknown = await PageSignIn("nobody.here@test.example", user.Password);

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Equal(unknown.Alert, locked.Alert);
        Assert.Contains("E-mail, password or code is wrong", locked.Alert);
    }

    private async Task<(HttpStatusCode Status, string? Alert)> PageSignIn(string email, string password)
    {
        var response = await app.NewClient().PostFormAsync("/Account/SignIn", [new("Email", email), new("Password", password)]);
        var alert = Forms.Html(await response.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent.Trim();
        return (response.StatusCode, alert);
    }

    private static string? Detail(string json) => JsonDocument.Parse(json).RootElement.GetProperty("detail").GetString();
}

/// <summary>A host whose sign-in limit is low enough to reach in a test.</summary>
public sealed class LowSignInLimitApp : HartlineApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hartline:SignIn:AttemptsPerMinute", "3");
    }
}

public sealed class SignInLimitTests(LowSignInLimitApp app) : IClassFixture<LowSignInLimitApp>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_with_a_message_on_the_api_and_the_page()
    {
        var client = app.NewClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await client.PostAsJsonAsync("/api/v1/session", new { email = $"someone{i}@test.example", password = "guess guess guess" })).StatusCode);

        var api = await client.PostAsJsonAsync("/api/v1/session", new { email = "someone9@test.example", password = "guess guess guess" });
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Contains("Too many sign-in attempts", await api.Content.ReadAsStringAsync());

        // The form still shows (only attempts count), and its post is refused with a page that says why.
        var page = await client.PostFormAsync("/Account/SignIn", [new("Email", "someone@test.example"), new("Password", "guess guess guess")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Too many sign-in attempts", await page.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Account.TwoFactor;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Account;

/// <summary>
/// Two-factor sign-in: the roles that open case files cannot get past a password alone; a code is taken once, a wrong
/// code counts towards the lockout, a recovery code works once; setting the app up through the page opens Hartline.
/// </summary>
public sealed class TwoFactorTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private Task<HttpResponseMessage> SignIn(HttpClient client, TestUser user, string? code) =>
        client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code });

    [Fact]
    public async Task A_code_is_needed_taken_once_and_only_near_its_time()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());

        var missing = await SignIn(app.NewClient(), user, null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True(JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("code", out _),
            "the answer names the code");

        var code = World.Code(user)!;
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(client, user, code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases")).StatusCode);

        // The same code again, even within its 30 seconds, and typed as an app shows it ("123 456").
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, code)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, $"{code[..3]} {code[3..]}")).StatusCode);
        // A code of a step long gone, and one of a step far ahead, are refused; one step either side is allowed.
        var key = user.AuthenticatorKey!;
        var at = app.Codes.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, CodeAt(key, at.AddMinutes(3)))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(app.NewClient(), user, CodeAt(key, at.AddSeconds(OneTimeCodes.StepSeconds)))).StatusCode);
        // Once a later code is taken, an earlier one is too old, even if it was never used.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, CodeAt(key, at))).StatusCode);
    }

    [Fact]
    public async Task The_same_code_sent_twice_at_once_signs_in_once()
    {
        var agency = await World.Agency();
        for (var round = 0; round < 5; round++)
        {
            // A user a round: each refused copy counts towards the lockout, which five rounds would reach.
            var user = await World.User(Roles.Coordinator, agency);
            var code = World.Code(user)!;
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SignIn(app.NewClient(), user, code))));
            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.NoContent));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.NoContent), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        }
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_like_wrong_passwords()
    {
        var user = await World.User(Roles.Provider, await World.Agency());
        var wrong = OneTimeCodes.Normalise(World.Code(user)) == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, wrong)).StatusCode);
        // Locked: the right password and a fresh right code are refused, with the answer every failure gets.
        var locked = await SignIn(app.NewClient(), user, World.Code(user));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("E-mail, password or code is wrong", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await World.User(Roles.LawEnforcement, await World.Agency());
        var codes = await app.WithScope(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Hartline.Features.Account.HartlineUser>>();
            return await sp.GetRequiredService<Authenticator>().NewRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        });
        Assert.Equal(Authenticator.RecoveryCodes, codes.Count);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(app.NewClient(), user, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(app.NewClient(), user, codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(app.NewClient(), user, $" {codes[1].ToLowerInvariant()} ")).StatusCode);
    }

    [Fact]
    public async Task A_role_that_opens_case_files_sets_the_app_up_before_anything_else()
    {
        var user = await World.User(Roles.Investigator, await World.Agency(), enrolled: false);

        // The API does not let a password alone in.
        var api = await SignIn(app.NewClient(), user, null);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("two-factor", await api.Content.ReadAsStringAsync());

        // The page signs in as far as the set-up page, and every other page and the API send the user back to it.
        var client = app.NewClient();
        var signedIn = await client.PostFormAsync("/Account/SignIn", [new("Email", user.Email), new("Password", user.Password), new("Code", "")]);
        Assert.Equal("/Account/TwoFactor", signedIn.Headers.Location?.OriginalString);
        var cases = await client.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, cases.StatusCode);
        Assert.Equal("/Account/TwoFactor", cases.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/cases")).StatusCode);

        // The page shows the key (and the QR code holding it); a wrong code is refused with a message on the field.
        var page = Forms.Html(await client.GetStringAsync("/Account/TwoFactor"));
        Assert.NotNull(page.QuerySelector(".qr svg"));
        var key = page.QuerySelector("code.key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var wrong = Forms.Html(await (await client.PostFormAsync("/Account/TwoFactor", [new("Code", "12345")])).Content.ReadAsStringAsync());
        Assert.Contains("6 digits", wrong.QuerySelector("#Code-error")!.TextContent);

        // The app's code turns it on: recovery codes are shown once, and Hartline opens.
        var done = Forms.Html(await (await client.PostFormAsync("/Account/TwoFactor", [new("Code", app.Codes.Next(key))])).Content.ReadAsStringAsync());
        Assert.Equal(Authenticator.RecoveryCodes, done.QuerySelectorAll(".recovery-codes code").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);

        // From now on the password alone is not enough, and the key the page showed makes the codes.
        Assert.Equal(HttpStatusCode.BadRequest, (await SignIn(app.NewClient(), user, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(app.NewClient(), user, app.Codes.Next(key))).StatusCode);
    }

    [Fact]
    public async Task Roles_without_case_files_may_sign_in_with_a_password_alone()
    {
        foreach (var role in new[] { Roles.Analyst, Roles.Trainer })
        {
            var user = await World.User(role, await World.Agency(), enrolled: false);
            Assert.Equal(HttpStatusCode.NoContent, (await SignIn(app.NewClient(), user, null)).StatusCode);
        }
    }

    [Fact]
    public void The_address_for_an_app_names_the_account_as_people_read_it()
    {
        Assert.Equal("otpauth://totp/Hartline:ana.ruiz@dcf.example?secret=ABCDEF234567&issuer=Hartline&digits=6&period=30",
            Authenticator.UriOf("ana.ruiz@dcf.example", "ABCDEF234567"));
        Assert.StartsWith("otpauth://totp/Hartline:o%27neil%20k@x.example?", Authenticator.UriOf("o'neil k@x.example", "K"));
    }

    private static string CodeAt(string key, DateTime at) => OneTimeCodes.CodeAt(key, at);
}

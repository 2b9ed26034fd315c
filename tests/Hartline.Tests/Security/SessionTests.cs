using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Security;

/// <summary>A session ends on the server: a copy of the cookie is worth nothing after sign-out or an account change.</summary>
public sealed class SessionTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_copied_cookie_is_refused_by_the_api_after_sign_out()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var (client, copy) = await SignInWithCopy(user);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/cases")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_is_sent_to_sign_in_after_signing_out_on_the_page()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var (client, copy) = await SignInWithCopy(user);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Cases")).StatusCode);

        var signedOut = await client.PostFormAsync("/Account/SignOut", [], tokenFrom: "/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var page = await copy.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/SignIn", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Other_sessions_end_when_the_password_is_changed_and_this_one_goes_on()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var (here, elsewhere) = await SignInWithCopy(user);

        var changed = await here.PostFormAsync("/Account/ChangePassword",
            [new("Current", user.Password), new("New", "a brand new long passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task Sessions_end_when_the_role_changes()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var (_, copy) = await SignInWithCopy(user);

        await Administer(user, (admin, u) => admin.ChangeRoleAsync(u, Roles.Provider));

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task Sessions_end_when_the_user_is_disabled_and_signing_in_again_fails()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var (_, copy) = await SignInWithCopy(user);

        await Administer(user, (admin, u) => admin.DisableAsync(u));

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases")).StatusCode);
        var again = await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = World.Code(user) });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    /// <summary>Signs in through the API; returns that client and a second one that only carries a copy of the cookie.</summary>
    private async Task<(HttpClient Client, HttpClient Copy)> SignInWithCopy(TestUser user)
    {
        var client = app.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = World.Code(user) });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        client.DefaultRequestHeaders.Add(Hartline.Hosting.Api.ApiAntiforgery.Header, response.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hartline=")).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return (client, copy);
    }

    private Task Administer(TestUser user, Func<UserAdministration, HartlineUser, Task> change) => app.WithScope<bool>(async sp =>
    {
        var found = await sp.GetRequiredService<UserManager<HartlineUser>>().FindByIdAsync(user.Id.ToString());
        await change(sp.GetRequiredService<UserAdministration>(), found!);
        return true;
    });
}

using System.Net;
using System.Net.Http.Json;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Account;

/// <summary>
/// The account page shows the user's own recent sign-ins from the audit trail (successes and refusals, on the
/// jurisdiction's clock, the zone named) and never anyone else's; the password can be changed from it.
/// </summary>
public sealed class SignInHistoryTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task The_account_page_lists_ones_own_sign_ins_and_refusals_and_nobody_elses()
    {
        var agency = await World.Agency();
        var me = await World.User(Roles.Investigator, agency);
        var someoneElse = await World.User(Roles.Investigator, agency);
        await World.SignedIn(me);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = me.Email, password = "not the password" })).StatusCode);
        await World.SignedIn(someoneElse);
        await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = someoneElse.Email, password = "wrong again" });
        var client = await World.SignedIn(me); // the third: two sign-ins and one refusal are mine

        // No id in the address can point the page at another account.
        var page = Forms.Html(await client.GetStringAsync($"/Account?user={someoneElse.Id}&id={someoneElse.Id}"));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(2, rows.Count(r => r.Contains("Signed in")));
        Assert.Single(rows, r => r.Contains("Refused: wrong password"));
        Assert.Contains("Connecticut time (America/New_York)", page.QuerySelector("caption")!.TextContent);
        // Shown on Connecticut's clock: the latest is now there, not now in UTC.
        var latest = DateTime.ParseExact(page.QuerySelector("tbody tr td.date")!.TextContent, "yyyy-MM-dd HH:mm", null);
        Assert.InRange((app.LocalNow - latest).TotalMinutes, -1, 5);
        Assert.DoesNotContain(someoneElse.Email, page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/Account/ChangePassword']"));
    }

    [Fact]
    public async Task A_password_changed_from_the_account_page_leads_back_to_it()
    {
        var me = await World.User(Roles.Analyst, await World.Agency());
        var client = await World.SignedIn(me);
        var form = Forms.Html(await client.GetStringAsync("/Account/ChangePassword"));
        Assert.Equal("Current password", form.QuerySelector("label[for=Current]")!.TextContent.Trim());

        var saved = await client.PostFormAsync("/Account/ChangePassword",
            [new("Current", me.Password), new("New", "a brand new passphrase 42")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Account", saved.Headers.Location!.OriginalString);
        Assert.Contains("Your password is changed", await client.GetStringAsync("/Account"));
    }
}

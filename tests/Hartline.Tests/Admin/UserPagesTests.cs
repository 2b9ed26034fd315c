using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Admin;

/// <summary>
/// The Administrator's pages for people and agencies: add a user (a one-time password shown once), change a role,
/// reset two-factor sign-in, disable and enable again — each audited, each refused to anyone else as a missing page,
/// none on one's own account; bad input named by field, nothing half-made.
/// </summary>
public sealed class UserPagesTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<HttpClient> AdminAsync() => await World.SignedIn(await World.User(Roles.Administrator, await World.Agency()));

    private Task<List<AuditEvent>> EventsFor(Guid id) => app.WithScope(sp =>
        sp.GetRequiredService<Hartline.Data.HartlineDb>().AuditEvents.Where(e => e.EntityType == "User" && e.EntityId == id.ToString()).ToListAsync());

    [Fact]
    public async Task An_administrator_adds_a_user_who_signs_in_with_the_one_time_password_and_must_change_it()
    {
        var admin = await AdminAsync();
        var agency = await World.Agency("Harbor Hospital", AgencyKind.Medical);
        var email = $"new.person.{Guid.NewGuid():N}@harbor.example";
        var made = await admin.PostFormAsync("/Admin/Users/New",
            [new("DisplayName", "Aurelio Brandão"), new("Email", email), new("AgencyId", agency.Id.ToString()), new("Role", Roles.MdtMember)]);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var page = Forms.Html(await made.Content.ReadAsStringAsync());
        var password = page.QuerySelector("code.key")!.TextContent.Trim();
        Assert.True(password.Length >= 12);

        // The person signs in with it and is sent to choose their own.
        var person = app.NewClient();
        var signIn = await person.PostFormAsync("/Account/SignIn", [new("Email", email), new("Password", password), new("Code", "")]);
        Assert.Equal("/Account/ChangePassword", signIn.Headers.Location?.OriginalString);
        var id = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var created = Assert.Single(await EventsFor(id), e => e.Action == AuditAction.Create);
        Assert.Contains(Roles.MdtMember, created.Details);
        // The list shows them, with two-factor sign-in still off.
        var list = Forms.Html(await admin.GetStringAsync("/Admin/Users"));
        var row = list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(email));
        Assert.Equal("Off", row.QuerySelector("td[data-label='Two-factor']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Adding_a_user_refuses_bad_input_field_by_field_and_makes_no_one()
    {
        var admin = await AdminAsync();
        var taken = await World.User(Roles.Investigator, await World.Agency());
        async Task<string> Refused(string field, params (string Name, string Value)[] fields)
        {
            var response = await admin.PostFormAsync("/Admin/Users/New", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Forms.Html(await response.Content.ReadAsStringAsync());
            Assert.Null(page.QuerySelector("code.key")); // no password: no one made
            return page.QuerySelector($"#{field}-error")!.TextContent.Trim();
        }
        var agency = taken.Agency.Id.ToString();
        Assert.Contains("Enter the person's name", await Refused("DisplayName", ("Email", "a@b.example"), ("AgencyId", agency), ("Role", Roles.Provider)));
        Assert.Contains("e-mail address like", await Refused("Email", ("DisplayName", "Kim Lee"), ("Email", "not an address"), ("AgencyId", agency), ("Role", Roles.Provider)));
        Assert.Contains("already taken", await Refused("Email", ("DisplayName", "Kim Lee"), ("Email", taken.Email), ("AgencyId", agency), ("Role", Roles.Provider)));
        Assert.Contains("agencies listed", await Refused("AgencyId", ("DisplayName", "Kim Lee"), ("Email", "kim@b.example"), ("AgencyId", Guid.NewGuid().ToString()), ("Role", Roles.Provider)));
        Assert.Contains("roles listed", await Refused("Role", ("DisplayName", "Kim Lee"), ("Email", "kim@b.example"), ("AgencyId", agency), ("Role", "Superuser")));
        Assert.Contains("digit", await Refused("DisplayName", ("DisplayName", "Kim Lee 2"), ("Email", "kim2@b.example"), ("AgencyId", agency), ("Role", Roles.Provider)));
        Assert.False(await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Users.AnyAsync(u => u.Email!.StartsWith("kim"))));
    }

    [Fact]
    public async Task Role_change_reset_of_two_factor_disable_and_enable_each_take_effect_and_are_audited()
    {
        var admin = await AdminAsync();
        var person = await World.User(Roles.Investigator, await World.Agency());
        var session = await World.SignedIn(person);

        // A new role: their session ends, and their next sign-in works in it.
        var role = await admin.PostFormAsync($"/Admin/Users/{person.Id}?handler=Role", [new("Role", Roles.Provider)], tokenFrom: $"/Admin/Users/{person.Id}");
        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Contains(await EventsFor(person.Id), e => e.Action == AuditAction.Update && e.Details!.Contains(Roles.Provider));

        // Two-factor reset: asked first; then the old app's codes are useless and the password leads to setting up a new one.
        Assert.Contains("Reset", Forms.Html(await admin.GetStringAsync($"/Admin/Users/{person.Id}/ResetTwoFactor")).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/{person.Id}/ResetTwoFactor", [])).StatusCode);
        var afterReset = await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = person.Email, password = person.Password, code = World.Code(person) });
        Assert.Equal(HttpStatusCode.Forbidden, afterReset.StatusCode);
        Assert.Contains("two-factor", await afterReset.Content.ReadAsStringAsync());
        Assert.Contains(await EventsFor(person.Id), e => e.Details?.Contains("reset") == true);

        // Disabled: no sign-in at all. Enabled again: the password works (and leads to the set-up page still).
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/{person.Id}/Disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = person.Email, password = person.Password })).StatusCode);
        Assert.Contains("Disabled", Forms.Html(await admin.GetStringAsync($"/Admin/Users/{person.Id}")).QuerySelector("dl.facts")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"/Admin/Users/{person.Id}?handler=Enable", [], tokenFrom: $"/Admin/Users/{person.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = person.Email, password = person.Password })).StatusCode);
        var events = await EventsFor(person.Id);
        Assert.Contains(events, e => e.Details?.Contains("disabled") == true);
        Assert.Contains(events, e => e.Details?.Contains("enabled") == true);
    }

    [Fact]
    public async Task Only_administrators_see_the_pages_and_none_changes_their_own_account()
    {
        var adminUser = await World.User(Roles.Administrator, await World.Agency());
        var admin = await World.SignedIn(adminUser);
        var someone = await World.User(Roles.Investigator, await World.Agency());
        var coordinator = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency()));
        foreach (var path in new[] { "/Admin/Users/New", "/Admin/Agencies/New", $"/Admin/Users/{someone.Id}", $"/Admin/Users/{someone.Id}/Disable",
                     $"/Admin/Users/{someone.Id}/ResetTwoFactor" })
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(path)).StatusCode);
        // A post without the page's form is refused the same way (the token comes from a page the coordinator may open).
        Assert.Equal(HttpStatusCode.NotFound,
            (await coordinator.PostFormAsync($"/Admin/Users/{someone.Id}/Disable", [], tokenFrom: "/Account/ChangePassword")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Users/{Guid.NewGuid()}")).StatusCode);
        // One's own account: no disabling, no reset from here, no role change.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Users/{adminUser.Id}/Disable")).StatusCode);
        var own = await admin.PostFormAsync($"/Admin/Users/{adminUser.Id}?handler=Role", [new("Role", Roles.Coordinator)], tokenFrom: "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("own role", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_adds_an_agency_once()
    {
        var admin = await AdminAsync();
        var name = $"Riverside Youth Shelter {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Admin/Agencies/New", [new("Name", name), new("Kind", "ServiceProvider")])).StatusCode);
        var again = await admin.PostFormAsync("/Admin/Agencies/New", [new("Name", name.ToUpperInvariant()), new("Kind", "ServiceProvider")]);
        Assert.Contains("already in Hartline", Forms.Html(await again.Content.ReadAsStringAsync()).QuerySelector("#Name-error")!.TextContent);
        var noKind = await admin.PostFormAsync("/Admin/Agencies/New", [new("Name", "Another Place"), new("Kind", "")]);
        Assert.Contains("kind", Forms.Html(await noKind.Content.ReadAsStringAsync()).QuerySelector("#Kind-error")!.TextContent);
        Assert.Equal(1, await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Agencies.CountAsync(a => a.Name.ToLower() == name.ToLower())));
    }
}

using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Security;

public sealed class ScopeTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Investigator_gets_404_for_another_agencys_case_by_page_and_by_api()
    {
        var agencyA = await World.Agency("DCF A");
        var agencyB = await World.Agency("DCF B");
        var investigatorA = await World.User(Roles.Investigator, agencyA);
        var investigatorB = await World.User(Roles.Investigator, agencyB);
        var caseOfB = await World.Case(investigatorB);

        var client = await World.SignedIn(investigatorA);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{caseOfB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{caseOfB}")).StatusCode);
        // A guessed id that does not exist answers exactly the same.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{Guid.CreateVersion7()}")).StatusCode);

        var owner = await World.SignedIn(investigatorB);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/Cases/{caseOfB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/cases/{caseOfB}")).StatusCode);
    }

    [Fact]
    public async Task Case_list_holds_only_the_agencys_own_cases()
    {
        var agencyA = await World.Agency();
        var agencyB = await World.Agency();
        var a = await World.User(Roles.Investigator, agencyA);
        var b = await World.User(Roles.Investigator, agencyB);
        var mine = await World.Case(a);
        var theirs = await World.Case(b);

        var list = await (await World.SignedIn(a)).GetFromJsonAsync<CasePage>("/api/v1/cases", ApiJson.Options);
        var ids = list!.Items.Select(i => i.Id).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(theirs, ids);
        Assert.Equal(list.Total, ids.Count);
    }

    [Fact]
    public async Task Provider_sees_nothing_until_a_case_is_referred_to_it()
    {
        var dcf = await World.Agency("DCF");
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var investigator = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var referred = await World.Case(investigator);
        var unreferred = await World.Case(investigator);
        var sharedWithPoliceOnly = await World.Case(investigator);
        await World.Grant(sharedWithPoliceOnly, beacon, GrantKind.LawEnforcement);

        var client = await World.SignedIn(provider);
        Assert.Empty((await client.GetFromJsonAsync<CasePage>("/api/v1/cases", ApiJson.Options))!.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{unreferred}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{sharedWithPoliceOnly}")).StatusCode);

        await World.Grant(referred, beacon, GrantKind.ServiceReferral);
        var list = await client.GetFromJsonAsync<CasePage>("/api/v1/cases", ApiJson.Options);
        Assert.Equal([referred], list!.Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Cases/{referred}")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_share_gives_no_access()
    {
        var dcf = await World.Agency();
        var police = await World.Agency("Police", AgencyKind.LawEnforcement);
        var investigator = await World.User(Roles.Investigator, dcf);
        var liaison = await World.User(Roles.LawEnforcement, police);
        var shared = await World.Case(investigator);
        var revoked = await World.Case(investigator);
        await World.Grant(shared, police, GrantKind.LawEnforcement);
        await World.Grant(revoked, police, GrantKind.LawEnforcement, revoked: true);

        var client = await World.SignedIn(liaison);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cases/{shared}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{revoked}")).StatusCode);
    }

    [Fact]
    public async Task Coordinator_sees_every_agencys_cases()
    {
        var hart = await World.Agency("HART", AgencyKind.Coordination);
        var coordinator = await World.User(Roles.Coordinator, hart);
        var caseElsewhere = await World.Case(await World.User(Roles.Investigator, await World.Agency()));
        var client = await World.SignedIn(coordinator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cases/{caseElsewhere}")).StatusCode);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_api_calls_get_401()
    {
        var client = app.NewClient();
        var page = await client.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/SignIn", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/cases")).StatusCode);
    }
}

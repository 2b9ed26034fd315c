using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>Who may read and write the legal tab: 404 for anyone else, on the page and the API alike.</summary>
public sealed class LegalAccessTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private async Task<(TestUser User, HttpClient Client)> PoliceAsync(Guid caseId, GrantKind? grant)
    {
        var police = await app.World.Agency("State Police", AgencyKind.LawEnforcement);
        if (grant is { } kind) await app.World.Grant(caseId, police, kind);
        var liaison = await app.World.User(Roles.LawEnforcement, police);
        return (liaison, await app.World.SignedIn(liaison));
    }

    [Fact]
    public async Task Another_agency_gets_404_on_the_page_and_every_endpoint_and_the_refusal_is_audited()
    {
        var c = await LegalCase.CreateAsync(app);
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer", nameOrAlias = "Secret Name" });
        var outsider = await app.World.User(Roles.Investigator, await app.World.Agency());
        var client = await app.World.SignedIn(outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(c.Page)).StatusCode);
        var api = await client.GetAsync(c.Api);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("Secret Name", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/protections", new { kind = "Vacatur", on = "2024-01-10" }, client)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-05-02", agency = "X" }, client)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/legal/offenders", new { role = "Buyer" })).StatusCode);
        // The page's forms too: with a valid token (from a case of its own) the post is still a 404.
        var ownCase = await app.World.Case(outsider);
        var token = Forms.Html(await client.GetStringAsync($"/Cases/{ownCase}/Legal"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync($"{c.Page}?handler=Offender", new FormUrlEncodedContent(
            [new("NewOffender.Role", "Buyer"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var denied = await LegalCase.EventsAsync(app, e => e.Action == AuditAction.Denied && e.EntityId == c.Id.ToString() && e.UserId == outsider.Id);
        Assert.Contains(denied, e => e.Details!.Contains("Read"));
        Assert.Contains(denied, e => e.Details!.Contains("Update"));
        Assert.Contains(denied, e => e.Details!.Contains("RecordJustice"));
        Assert.Single((await c.FileAsync()).GetProperty("offenders").EnumerateArray());
    }

    [Fact]
    public async Task A_law_enforcement_grantee_records_the_justice_side_but_not_the_youths_protections()
    {
        var c = await LegalCase.CreateAsync(app);
        var defense = await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10" });
        var (liaison, police) = await PoliceAsync(c.Id, GrantKind.LawEnforcement);

        var file = await c.FileAsync(police);
        Assert.True(file.GetProperty("mayRecordJustice").GetBoolean());
        Assert.False(file.GetProperty("mayEditProtections").GetBoolean());

        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer", nameOrAlias = "J. Doe" }, police);
        await c.CreatedAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-05-02", agency = "State Police" }, police);
        var charge = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-04-01", chargedOn = "2019-05-02" }, police);
        await c.CreatedAsync($"/charges/{charge}/dispositions", new { outcome = "Nolled", on = "2019-09-01" }, police);
        await c.CreatedAsync("/court-dates", new { at = "2019-06-01T10:00", court = "GA 14", purpose = "Arraignment" }, police);

        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/protections", new { kind = "Vacatur", on = "2024-01-10" }, police)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync($"/protections/{defense}/steps", new { step = "Rejected", on = "2024-02-01" }, police)).StatusCode);
        Assert.Equal("Raised", (await c.FileAsync()).GetProperty("protections")[0].GetProperty("status").GetString());

        var page = await police.GetStringAsync(c.Page);
        Assert.Contains("Record an arrest", page);
        Assert.Contains("J. Doe", page);
        Assert.DoesNotContain("Record a protection", page);
        Assert.DoesNotContain("Record the outcome", page);
        var arrest = Assert.Single(await LegalCase.EventsAsync(app, e => e.EntityType == "Arrest" && e.Details!.Contains(buyer.ToString())));
        Assert.Equal(liaison.Id, arrest.UserId);
    }

    [Fact]
    public async Task Law_enforcement_without_a_law_enforcement_grant_may_not_record_justice()
    {
        var c = await LegalCase.CreateAsync(app);
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer" });

        // On the MDT agenda, police may read the case but not record arrests on it.
        var (_, mdtPolice) = await PoliceAsync(c.Id, GrantKind.Mdt);
        Assert.False((await c.FileAsync(mdtPolice)).GetProperty("mayRecordJustice").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-05-02", agency = "X" }, mdtPolice)).StatusCode);

        var (_, strangers) = await PoliceAsync(c.Id, grant: null);
        Assert.Equal(HttpStatusCode.NotFound, (await strangers.GetAsync(c.Api)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangers.GetAsync(c.Page)).StatusCode);

        // A revoked grant stops the recording at once.
        var police = await app.World.Agency("Revoked Police", AgencyKind.LawEnforcement);
        await app.World.Grant(c.Id, police, GrantKind.LawEnforcement, revoked: true);
        var revoked = await app.World.SignedIn(await app.World.User(Roles.LawEnforcement, police));
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/offenders", new { role = "Buyer" }, revoked)).StatusCode);
    }

    [Fact]
    public async Task A_provider_with_a_referral_reads_the_legal_tab_but_records_nothing()
    {
        var c = await LegalCase.CreateAsync(app);
        var beacon = await app.World.Agency("Beacon", AgencyKind.ServiceProvider);
        await app.World.Grant(c.Id, beacon, GrantKind.ServiceReferral);
        var provider = await app.World.SignedIn(await app.World.User(Roles.Provider, beacon));

        var file = await c.FileAsync(provider);
        Assert.False(file.GetProperty("mayRecordJustice").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync("/offenders", new { role = "Buyer" }, provider)).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases;

public sealed class ConsentSharingTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private sealed record Setup(TestUser Worker, TestUser Provider, Agency Beacon, Guid CaseId, HttpClient Client);

    private async Task<Setup> ArrangeAsync()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        return new Setup(worker, provider, beacon, caseId, await World.SignedIn(worker));
    }

    [Fact]
    public async Task Sharing_without_consent_is_refused_with_a_message_and_gives_no_access()
    {
        var s = await ArrangeAsync();
        var r = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/shares", new { agencyId = s.Beacon.Id, kind = "ServiceReferral" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(ApiJson.Options);
        var message = Assert.Single(problem!.Errors["agencyId"]);
        Assert.Contains("has not consented", message);
        Assert.Contains(s.Beacon.Name, message);

        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(s.Provider)).GetAsync($"/Cases/{s.CaseId}")).StatusCode);
        await app.WithDb(async db => Assert.False(await db.CaseAccessGrants.AnyAsync(g => g.CaseId == s.CaseId)));
    }

    [Fact]
    public async Task Consent_for_one_purpose_does_not_cover_another()
    {
        var s = await ArrangeAsync();
        var consent = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", recipientAgencyId = s.Beacon.Id, purposes = new[] { "Mdt" }, givenOn = "2024-01-05" });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        var r = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/shares", new { agencyId = s.Beacon.Id, kind = "ServiceReferral" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var mdt = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/shares", new { agencyId = s.Beacon.Id, kind = "Mdt" });
        Assert.Equal(HttpStatusCode.OK, mdt.StatusCode);
    }

    [Fact]
    public async Task With_consent_the_provider_gets_access_and_withdrawal_stops_it_at_once()
    {
        var s = await ArrangeAsync();
        var consent = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", recipientAgencyId = s.Beacon.Id, purposes = new[] { "ServiceReferral" }, givenOn = "2024-01-05", limits = "Nothing about my family" });
        var consentId = (await consent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var shared = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/shares", new { agencyId = s.Beacon.Id, kind = "ServiceReferral" });
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        var provider = await World.SignedIn(s.Provider);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync($"/Cases/{s.CaseId}")).StatusCode);

        // Withdrawn through the page, as a worker would.
        var withdrawn = await s.Client.PostFormAsync($"/Cases/{s.CaseId}/Consent?handler=Withdraw&consentId={consentId}", [new("Withdraw.Note", "Youth asked")]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/Cases/{s.CaseId}")).StatusCode);
        await app.WithDb(async db =>
        {
            var grant = await db.CaseAccessGrants.SingleAsync(g => g.CaseId == s.CaseId);
            Assert.NotNull(grant.RevokedAt); // kept, not deleted
            var c = await db.Set<SharingConsent>().SingleAsync(x => x.Id == consentId);
            Assert.Equal("Youth asked", c.WithdrawnNote);
        });
        var view = await s.Client.GetFromJsonAsync<SharingView>($"/api/v1/cases/{s.CaseId}/consents", ApiJson.Options);
        Assert.Equal("Nothing about my family", Assert.Single(view!.Consents).Limits);
    }

    [Fact]
    public async Task A_network_consent_covers_every_agency_and_survives_withdrawal_of_a_narrower_one()
    {
        var s = await ArrangeAsync();
        async Task<Guid> Consent(object body) => (await (await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents", body))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var narrow = await Consent(new { givenBy = "Youth", recipientAgencyId = s.Beacon.Id, purposes = new[] { "ServiceReferral" }, givenOn = "2024-01-05" });
        await Consent(new { givenBy = "Guardian", giverName = "A. Parent", purposes = new[] { "ServiceReferral", "Mdt" }, givenOn = "2024-01-06" });
        Assert.Equal(HttpStatusCode.OK,
            (await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/shares", new { agencyId = s.Beacon.Id, kind = "ServiceReferral" })).StatusCode);
        var w = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents/{narrow}/withdraw", new { });
        Assert.Equal(0, await w.Content.ReadFromJsonAsync<int>());
        Assert.Equal(HttpStatusCode.OK, (await (await World.SignedIn(s.Provider)).GetAsync($"/Cases/{s.CaseId}")).StatusCode);
    }

    [Fact]
    public async Task Consent_form_names_what_is_missing_and_only_the_owner_may_record()
    {
        var s = await ArrangeAsync();
        var r = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Guardian", purposes = Array.Empty<string>(), givenOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") });
        var errors = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "giverName", "purposes", "givenOn" }) Assert.True(errors.TryGetProperty(field, out _), field);
        var page = await s.Client.PostFormAsync($"/Cases/{s.CaseId}/Consent?handler=Record", [new("Record.GivenBy", "Youth")]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Choose what the youth agreed to share for.", html);

        await World.Grant(s.CaseId, s.Beacon, GrantKind.ServiceReferral);
        var provider = await World.SignedIn(s.Provider);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "Mdt" }, givenOn = "2024-01-05" })).StatusCode);
        Assert.DoesNotContain("Record a consent", await provider.GetStringAsync($"/Cases/{s.CaseId}/Consent"));
    }

    [Fact]
    public async Task A_withdrawal_date_that_cannot_be_read_withdraws_nothing_and_says_so()
    {
        var s = await ArrangeAsync();
        var consent = await s.Client.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", recipientAgencyId = s.Beacon.Id, purposes = new[] { "ServiceReferral" }, givenOn = "2024-01-05" });
        var consentId = (await consent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await s.Client.PostFormAsync($"/Cases/{s.CaseId}/Consent?handler=Withdraw&consentId={consentId}",
            [new("Withdraw.WithdrawnOn", "31/02/2024"), new("Withdraw.Note", "Youth asked")]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved.", html);
        Assert.Contains("31/02/2024", html);
        await app.WithDb(async db => Assert.Null((await db.Set<SharingConsent>().SingleAsync(x => x.Id == consentId)).WithdrawnOn));
    }
}

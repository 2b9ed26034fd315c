using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>
/// A referral from a case to a provider, through the API as the pages use it: needs and matching, consent (the
/// guardian's for a minor), eligibility notes, the provider's limited view and grant, services delivered, and the end.
/// </summary>
public sealed class ServiceReferralTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private Task<ReferralSetup> ArrangeAsync(int age = 15) => ReferralSetup.ArrangeAsync(app, age);

    private static Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected) => ReferralSetup.Json(response, expected);

    [Fact]
    public async Task A_coordinator_matches_and_sends_with_the_guardians_consent_and_the_provider_accepts_records_two_services_and_completes()
    {
        var s = await ArrangeAsync();
        var coordinator = await World.SignedIn(s.Coordinator);
        var today = ReferralSetup.Today(app).ToString("yyyy-MM-dd");

        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/needs", new { typeCode = "emergency-shelter" }), HttpStatusCode.Created);
        var view = await Json(await coordinator.GetAsync($"/api/v1/cases/{s.CaseId}/services"), HttpStatusCode.OK);
        var need = view.GetProperty("needs")[0];
        var matches = need.GetProperty("matches");
        Assert.Contains(matches.GetProperty("fits").EnumerateArray(), f => f.GetProperty("service").GetProperty("id").GetGuid() == s.Shelter);
        var adultsMiss = matches.GetProperty("nearMisses").EnumerateArray().Single(m => m.GetProperty("service").GetProperty("id").GetGuid() == s.Adults);
        Assert.Equal("TooYoung", adultsMiss.GetProperty("exclusions")[0].GetProperty("rule").GetString());

        var send = new { serviceId = s.Shelter, needId = need.GetProperty("id").GetGuid(), shareProfile = "Minimum", message = "Needs a bed tonight." };
        // No consent: refused, saying what is missing, and nothing saved.
        var refused = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals", send), HttpStatusCode.BadRequest);
        Assert.Contains("not consented", refused.GetProperty("errors").GetProperty("consent")[0].GetString());
        // The youth's own consent is not enough at 15.
        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "ServiceReferral" }, givenOn = today }), HttpStatusCode.OK);
        refused = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals", send), HttpStatusCode.BadRequest);
        Assert.Contains("guardian", refused.GetProperty("errors").GetProperty("consent")[0].GetString());
        Assert.Equal(0, await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<Hartline.Features.Services.Referrals.ServiceReferral>()
            .CountAsync(r => r.CaseId == s.CaseId)));

        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Guardian", giverName = "Rosa Guardian", purposes = new[] { "ServiceReferral" }, givenOn = today }), HttpStatusCode.OK);
        var referralId = (await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals", send), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        // The provider sees it, with only the fields of the Minimum profile: the first name, never the family name or date of birth.
        var provider = await World.SignedIn(s.Provider);
        var stored = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<Hartline.Features.Services.Referrals.ServiceReferral>().SingleAsync(r => r.Id == referralId));
        Assert.Equal(s.Provider.Agency.Id, stored.ProviderAgencyId);
        Assert.Equal(Hartline.Features.Services.Referrals.ServiceReferralStatus.Sent, stored.Status);
        var inbox = await Json(await provider.GetAsync("/api/v1/service-referrals"), HttpStatusCode.OK);
        var listed = Assert.Single(inbox.EnumerateArray());
        Assert.Equal("Ana", listed.GetProperty("youth").GetString());
        var seenRaw = await (await provider.GetAsync($"/api/v1/service-referrals/{referralId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(s.Family, seenRaw);
        var seen = JsonDocument.Parse(seenRaw).RootElement;
        Assert.True(seen.GetProperty("asProvider").GetBoolean());
        var fields = seen.GetProperty("shared").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Contains("FirstName", fields);
        Assert.DoesNotContain("LastName", fields);
        Assert.DoesNotContain("DateOfBirth", fields);
        Assert.True(seen.GetProperty("actions").GetProperty("accept").GetBoolean());

        await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{referralId}/accept", new { }), HttpStatusCode.OK);
        var grant = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().CaseAccessGrants.SingleAsync(g => g.ServiceReferralId == referralId));
        Assert.Equal(s.Provider.Agency.Id, grant.AgencyId);
        Assert.Null(grant.RevokedAt);
        // The grant opens the referral, never the case file.
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/api/v1/cases/{s.CaseId}")).StatusCode);

        foreach (var (type, minutes) in new[] { ("emergency-shelter", 600), ("basic-needs", 45) })
            await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{referralId}/services",
                new { typeCode = type, deliveredOn = today, minutes }), HttpStatusCode.Created);
        await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{referralId}/complete", new { result = "GoalsMet", note = "Moved to a foster home." }),
            HttpStatusCode.OK);

        var after = await Json(await coordinator.GetAsync($"/api/v1/service-referrals/{referralId}"), HttpStatusCode.OK);
        Assert.Equal("Completed", after.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(["Drafted", "Sent", "Accepted", "Engaged", "Completed"],
            after.GetProperty("steps").EnumerateArray().Select(x => x.GetProperty("status").GetString()));
        Assert.Equal(2, after.GetProperty("deliveries").GetArrayLength());
        Assert.NotNull(await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().CaseAccessGrants
            .Where(g => g.ServiceReferralId == referralId).Select(g => g.RevokedAt).SingleAsync()));
        // Completed: the provider keeps the referral's own record but no longer sees the youth.
        var closedView = await Json(await provider.GetAsync($"/api/v1/service-referrals/{referralId}"), HttpStatusCode.OK);
        Assert.False(closedView.GetProperty("sharedFieldsShown").GetBoolean());
        Assert.Equal(0, closedView.GetProperty("shared").GetArrayLength());
    }

    [Fact]
    public async Task Another_provider_gets_404_audited_and_sees_nothing_in_lists_search_or_the_case()
    {
        var s = await ArrangeAsync();
        var coordinator = await World.SignedIn(s.Coordinator);
        var today = ReferralSetup.Today(app).ToString("yyyy-MM-dd");
        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "YouthAndGuardian", giverName = "Rosa Guardian", purposes = new[] { "ServiceReferral" }, givenOn = today }), HttpStatusCode.OK);
        var referralId = (await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Shelter, shareProfile = "Placement" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var other = await World.SignedIn(s.OtherProvider);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/service-referrals/{referralId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/service-referrals/{referralId}/accept", new { })).StatusCode);
        Assert.Equal(0, (await Json(await other.GetAsync("/api/v1/service-referrals"), HttpStatusCode.OK)).GetArrayLength());
        var denials = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().AuditEvents
            .CountAsync(e => e.EntityId == referralId.ToString() && e.Action == AuditAction.Denied));
        Assert.Equal(2, denials);

        // The provider it was sent to: the referral, but not the case file, nor the youth in search, nor the case list.
        var provider = await World.SignedIn(s.Provider);
        await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{referralId}/accept", new { }), HttpStatusCode.OK);
        foreach (var client in new[] { provider, other })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{s.CaseId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{s.CaseId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{s.CaseId}/Services")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{s.CaseId}/notes.csv")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{s.CaseId}/services")).StatusCode);
            var found = await Json(await client.GetAsync($"/api/v1/search?q={s.Family}"), HttpStatusCode.OK);
            Assert.Equal(0, found.GetProperty("youth").GetArrayLength());
            Assert.DoesNotContain(s.CaseId.ToString(), await (await client.GetAsync("/api/v1/cases")).Content.ReadAsStringAsync());
        }
        // Its page shows what was shared (Placement: the full name) and nothing of another case.
        var page = await (await provider.GetAsync($"/Services/Referrals/{referralId}")).Content.ReadAsStringAsync();
        Assert.Contains(s.Family, page);
        Assert.DoesNotContain(s.Family, await (await other.GetAsync("/Services/Referrals")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Services/Referrals/{referralId}")).StatusCode);
        // A draft is never a provider's to see.
        var draft = (await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Shelter, shareProfile = "Minimum", send = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync($"/api/v1/service-referrals/{draft}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_the_field_closed_and_ineligible_services_and_a_withdrawn_consent_stop_the_referral()
    {
        var s = await ArrangeAsync();
        var coordinator = await World.SignedIn(s.Coordinator);
        var today = ReferralSetup.Today(app).ToString("yyyy-MM-dd");
        var consent = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Guardian", giverName = "Rosa Guardian", purposes = new[] { "ServiceReferral" }, givenOn = today }), HttpStatusCode.OK);

        var unknown = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = Guid.NewGuid(), shareProfile = "Minimum" }), HttpStatusCode.BadRequest);
        Assert.Contains("no such service", unknown.GetProperty("errors").GetProperty("serviceId")[0].GetString());
        var closed = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Closed, shareProfile = "Minimum" }), HttpStatusCode.BadRequest);
        Assert.Contains("closed", closed.GetProperty("errors").GetProperty("serviceId")[0].GetString());
        var noProfile = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Shelter }), HttpStatusCode.BadRequest);
        Assert.True(noProfile.GetProperty("errors").TryGetProperty("shareProfile", out _));
        var badNeed = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/needs", new { typeCode = "spaceship" }),
            HttpStatusCode.BadRequest);
        Assert.Contains("spaceship", badNeed.GetProperty("errors").GetProperty("typeCode")[0].GetString());

        // Too young for the young adults' beds: refused without a note, sent with one, the warning kept.
        var ineligible = new { serviceId = s.Adults, shareProfile = "Minimum" };
        var warned = await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals", ineligible), HttpStatusCode.BadRequest);
        Assert.Contains("Too young", warned.GetProperty("errors").GetProperty("eligibilityNote")[0].GetString());
        var sent = (await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Adults, shareProfile = "Minimum", eligibilityNote = "She turns 18 next month; they agreed to meet her." }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var kept = await Json(await coordinator.GetAsync($"/api/v1/service-referrals/{sent}"), HttpStatusCode.OK);
        Assert.Contains("Too young", kept.GetProperty("eligibilityWarning").GetString());

        // Bad steps: an unknown step is 404; a decline needs its reason; a delivery before acceptance is refused.
        var provider = await World.SignedIn(s.Provider);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/v1/service-referrals/{sent}/teleport", new { })).StatusCode);
        var noReason = await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{sent}/decline", new { }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("declineReason", out _));
        var early = await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{sent}/services",
            new { typeCode = "emergency-shelter", deliveredOn = today, minutes = 30 }), HttpStatusCode.BadRequest);
        Assert.Contains("accepted referral", early.GetProperty("errors").GetProperty("status")[0].GetString());

        // The consent is withdrawn: the provider no longer sees the youth, and cannot accept.
        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents/{consent.GetProperty("id").GetGuid()}/withdraw", new { }),
            HttpStatusCode.OK);
        var hidden = await Json(await provider.GetAsync($"/api/v1/service-referrals/{sent}"), HttpStatusCode.OK);
        Assert.False(hidden.GetProperty("sharedFieldsShown").GetBoolean());
        var notAccepted = await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{sent}/accept", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("withdrawn", notAccepted.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Equal("Sent", (await Json(await coordinator.GetAsync($"/api/v1/service-referrals/{sent}"), HttpStatusCode.OK))
            .GetProperty("summary").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_adult_consents_alone_and_a_declined_referral_keeps_its_reason_and_stamps()
    {
        var s = await ArrangeAsync(age: 19);
        var coordinator = await World.SignedIn(s.Coordinator);
        var today = ReferralSetup.Today(app).ToString("yyyy-MM-dd");
        await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "ServiceReferral" }, givenOn = today }), HttpStatusCode.OK);
        var id = (await Json(await coordinator.PostAsJsonAsync($"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Adults, shareProfile = "Enquiry" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var provider = await World.SignedIn(s.Provider);
        await Json(await provider.PostAsJsonAsync($"/api/v1/service-referrals/{id}/decline", new { declineReason = "NoCapacity", note = "Full until March." }),
            HttpStatusCode.OK);
        var view = await Json(await coordinator.GetAsync($"/api/v1/service-referrals/{id}"), HttpStatusCode.OK);
        Assert.Equal("NoCapacity", view.GetProperty("declineReason").GetString());
        var step = view.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal("Declined", step.GetProperty("status").GetString());
        Assert.StartsWith("Shelter agency", step.GetProperty("agency").GetString());
        Assert.Equal("Full until March.", step.GetProperty("note").GetString());
        // Declined is the end: nothing more can happen to it.
        Assert.Equal(HttpStatusCode.BadRequest, (await provider.PostAsJsonAsync($"/api/v1/service-referrals/{id}/accept", new { })).StatusCode);
    }
}

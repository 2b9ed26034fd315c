using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Team;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases;

/// <summary>The case file's safeguards: what a review found open, each kept shut by a test.</summary>
public sealed class CaseFileSafeguardsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<Guid> IdOf(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    [Fact]
    public async Task A_primary_worker_of_another_agency_loses_the_case_when_the_consent_is_withdrawn()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);
        var consent = await IdOf(await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents",
            new { givenBy = "Youth", recipientAgencyId = beacon.Id, purposes = new[] { "ServiceReferral" }, givenOn = "2024-01-05" }));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/shares", new { agencyId = beacon.Id, kind = "ServiceReferral" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "PrimaryWorker", userId = provider.Id })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents/{consent}/withdraw", new { })).StatusCode);

        var p = await World.SignedIn(provider);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.DoesNotContain(caseId, (await p.GetFromJsonAsync<CasePage>("/api/v1/cases", ApiJson.Options))!.Items.Select(i => i.Id));
        await app.WithDb(async db =>
        {
            Assert.Null((await db.Cases.SingleAsync(c => c.Id == caseId)).AssignedUserId);
            var ended = await db.Set<CareTeamAssignment>().SingleAsync(a => a.CaseId == caseId && a.UserId == provider.Id);
            Assert.NotNull(ended.EndedOn);
        });
    }

    [Fact]
    public async Task A_partner_may_say_the_youth_was_found_but_not_rewrite_the_episode()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        await World.Grant(caseId, beacon, GrantKind.ServiceReferral);
        var episode = await IdOf(await (await World.SignedIn(worker)).PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes",
            new { startedAt = "2024-03-01T22:00", reportedToPolice = true, note = "DCF's note" }));

        var p = await World.SignedIn(provider);
        Assert.Equal(HttpStatusCode.NotFound, (await p.PutAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes/{episode}",
            new { startedAt = "2024-03-02T22:00", reportedToPolice = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes/{episode}/found",
            new { endedAt = "2024-03-03T10:00", whereFound = "At a friend's" })).StatusCode);
        var again = await p.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes/{episode}/found", new { endedAt = "2024-03-04T10:00" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var old = await p.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes", new { startedAt = "0001-01-01T00:00" });
        Assert.True((await old.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("startedAt", out _));

        await app.WithDb(async db =>
        {
            var e = await db.Set<Features.Cases.Missing.MissingEpisode>().SingleAsync(x => x.Id == episode);
            Assert.Equal(("DCF's note", true, "At a friend's"), (e.Note, e.ReportedToPolice, e.WhereFound));
        });
    }

    [Fact]
    public async Task The_audit_trail_records_that_case_text_was_written_never_the_words()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);
        await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes",
            new { startedAt = "2024-03-01T22:00", note = "SECRETWORDS she went with her cousin" });
        await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "Mdt" }, givenOn = "2024-01-05", limits = "SECRETWORDS about my brother" });

        await app.WithDb(async db =>
        {
            var details = (await db.AuditEvents.Where(e => e.EntityType == "MissingEpisode" || e.EntityType == "SharingConsent")
                .Select(e => e.Details).ToListAsync()).Where(d => d!.Contains(caseId.ToString())).ToList();
            Assert.Equal(2, details.Count);
            Assert.All(details, d => Assert.DoesNotContain("SECRETWORDS", d));
            Assert.Contains(details, d => d!.Contains("characters"));
            Assert.Contains(details, d => d!.Contains("\"Youth\"")); // enums by name
        });
    }

    [Fact]
    public async Task A_referral_narrative_reaches_the_audit_trail_as_a_length_only()
    {
        var dcf = await World.Agency();
        var worker = await World.User(Roles.Investigator, dcf);
        var input = World.Referral(family: World.UniqueName("Narr", 14));
        input.Narrative = "SECRETNARRATIVE: the reporter saw her with an older man at the motel";
        var receipt = await World.Receive(worker, input);
        await app.WithDb(async db =>
        {
            var details = await db.AuditEvents.Where(e => e.EntityType == "Referral" && e.EntityId == receipt.ReferralId.ToString())
                .Select(e => e.Details).SingleAsync();
            Assert.DoesNotContain("SECRETNARRATIVE", details);
            Assert.Contains($"({input.Narrative.Length} characters)", details);
        });
    }

    [Fact]
    public async Task A_reader_sent_to_the_profile_form_gets_404_recorded_as_a_refusal()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var worker = await World.User(Roles.Investigator, dcf);
        var provider = await World.User(Roles.Provider, beacon);
        var caseId = await World.Case(worker);
        await World.Grant(caseId, beacon, GrantKind.ServiceReferral);

        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(provider)).GetAsync($"/Cases/{caseId}/Profile")).StatusCode);
        await app.WithDb(async db => Assert.True(await db.AuditEvents.AnyAsync(e =>
            e.UserId == provider.Id && e.EntityId == caseId.ToString() && e.Action == AuditAction.Denied)));
    }

    [Fact]
    public async Task A_hand_over_cannot_start_before_the_current_primary_worker_did_nor_can_junk_codes_flood_the_answer()
    {
        var dcf = await World.Agency();
        var a = await World.User(Roles.Investigator, dcf);
        var b = await World.User(Roles.Investigator, dcf);
        var caseId = await World.Case(a);
        var client = await World.SignedIn(a);
        var today = app.LocalToday;
        var r = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/team", new { role = "PrimaryWorker", userId = b.Id, startedOn = today.AddYears(-1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);

        var junk = Enumerable.Range(0, 5000).Select(i => $"junk{i}").ToArray();
        var put = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/profile", new { methodsOfControl = junk, vulnerabilities = new[] { "nope", "nada" } });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var body = await put.Content.ReadAsStringAsync();
        Assert.True(body.Length < 4000, $"{body.Length} characters of errors");
    }
}

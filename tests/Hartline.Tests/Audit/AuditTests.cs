using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Audit;

public sealed class AuditTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<List<AuditEvent>> EventsFor(string entityId)
    {
        List<AuditEvent> events = [];
        await app.WithDb(async db => events = await db.AuditEvents.Where(e => e.EntityId == entityId).ToListAsync());
        return events;
    }

    [Fact]
    public async Task Opening_a_case_file_writes_a_read_event_for_the_case_and_the_person()
    {
        var agency = await World.Agency();
        var investigator = await World.User(Roles.Investigator, agency);
        var caseId = await World.Case(investigator);
        var client = await World.SignedIn(investigator);

        Assert.DoesNotContain(await EventsFor(caseId.ToString()), e => e.Action == AuditAction.Read);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Cases/{caseId}")).StatusCode);
        var file = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");

        var reads = (await EventsFor(caseId.ToString())).Where(e => e.Action == AuditAction.Read).ToList();
        Assert.Equal(2, reads.Count); // the page and the API
        Assert.All(reads, e => Assert.Equal(investigator.Id, e.UserId));
        var personId = file.GetProperty("personId").GetString()!;
        Assert.Equal(2, (await EventsFor(personId)).Count(e => e.Action == AuditAction.Read));
    }

    [Fact]
    public async Task Reads_refusals_and_changes_written_by_the_server_at_once_chain_into_an_intact_trail()
    {
        var agency = await World.Agency();
        var investigator = await World.User(Roles.Investigator, agency);
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator);
        var (client, other) = (await World.SignedIn(investigator), await World.SignedIn(outsider));
        // Reads (group-committed by the writer), refusals, and a change (saved with its request) all at once.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 4 == 3
            ? other.GetAsync($"/api/v1/cases/{caseId}")
            : client.GetAsync($"/api/v1/cases/{caseId}")));
        await World.Case(investigator);

        await app.WithDb(async db =>
        {
            await Hartline.Security.Audit.Chain.AuditChain.SealAllAsync(db, default);
            var result = await Hartline.Security.Audit.Chain.AuditVerifier.VerifyAsync(db, default);
            Assert.True(result.Intact, result.First?.Message);
            Assert.Equal(0, result.Waiting);
            Assert.True(await db.AuditEvents.CountAsync(e => e.EntityId == caseId.ToString() && e.Seq != null) >= 20);
        });
    }

    [Fact]
    public async Task A_refused_case_view_is_audited_as_denied()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(owner);

        await (await World.SignedIn(outsider)).GetAsync($"/api/v1/cases/{caseId}");

        var denied = Assert.Single(await EventsFor(caseId.ToString()), e => e.Action == AuditAction.Denied);
        Assert.Equal(outsider.Id, denied.UserId);
        Assert.Equal(outsider.Agency.Id, denied.AgencyId);
    }

    [Fact]
    public async Task Receiving_a_referral_audits_the_created_records_with_codes_in_clear_and_identity_masked()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var input = World.Referral(given: "Audited", family: "Createson");
        input.Location = "12 Elm Street, Hartford";
        input.ReportingContact = "Ms. Reporter, 860-555-0199";
        var response = await client.PostAsJsonAsync("/api/v1/referrals", input);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();

        var personCreate = Assert.Single(await EventsFor(receipt.GetProperty("personId").GetString()!), e => e.Action == AuditAction.Create);
        Assert.Equal("Person", personCreate.EntityType);
        Assert.Equal(investigator.Email, personCreate.Actor);
        var person = JsonDocument.Parse(personCreate.Details!).RootElement;
        Assert.Equal("(7 characters)", After(person, "GivenName"));
        Assert.Equal("(9 characters)", After(person, "FamilyName"));
        Assert.Equal("(not shown)", After(person, "DateOfBirth"));
        Assert.Equal("female", After(person, "GenderCode")); // a code of the jurisdiction's vocabulary
        Assert.DoesNotContain("Createson", personCreate.Details);
        Assert.DoesNotContain("2004-03-09", personCreate.Details);

        var referralCreate = Assert.Single(await EventsFor(receipt.GetProperty("referralId").GetString()!), e => e.Action == AuditAction.Create);
        var referral = JsonDocument.Parse(referralCreate.Details!).RootElement;
        Assert.Equal("careline", After(referral, "SourceCode"));
        Assert.Equal("R2", After(referral, "RegionCode"));
        Assert.Equal($"({input.Location.Length} characters)", After(referral, "Location"));
        Assert.Equal("(18 characters)", After(referral, "ReportingAgencyName")); // typed text, not a code
        foreach (var clear in new[] { "Elm Street", "860-555", "Test Middle School" }) Assert.DoesNotContain(clear, referralCreate.Details);
        Assert.Equal(JsonValueKind.False, referral.GetProperty("ImmediateSafetyConcern").GetProperty("after").ValueKind);
    }

    private static string? After(JsonElement details, string field) => details.GetProperty(field).GetProperty("after").GetString();

    [Fact]
    public async Task Correcting_a_name_or_date_of_birth_records_that_it_changed_not_the_values()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator, World.Referral(given: "Before", family: "Namechange"));
        await app.WithDb(async db =>
        {
            var p = await db.People.SingleAsync(x => x.Id == receipt.PersonId);
            (p.FamilyName, p.MiddleName, p.DateOfBirth) = ("Aftername", "Quilla", new DateOnly(2005, 1, 2));
            await db.SaveChangesAsync();
        });

        var update = Assert.Single(await EventsFor(receipt.PersonId.ToString()), e => e.Action == AuditAction.Update);
        var details = JsonDocument.Parse(update.Details!).RootElement;
        Assert.Equal(("(not shown)", "(not shown)"), BeforeAfter(details, "FamilyName"));
        Assert.Equal((null, "(not shown)"), BeforeAfter(details, "MiddleName"));
        Assert.Equal(("(not shown)", "(not shown)"), BeforeAfter(details, "DateOfBirth"));
        foreach (var clear in new[] { "Namechange", "Aftername", "Quilla", "2004-03-09", "2005-01-02" }) Assert.DoesNotContain(clear, update.Details);
        Assert.Equal(["Date of birth: changed", "Family name: changed", "Middle name: added"], AuditDetails.Lines(update.Details).Order());
    }

    private static (string?, string?) BeforeAfter(JsonElement details, string field) =>
        (details.GetProperty(field).GetProperty("before").GetString(), details.GetProperty(field).GetProperty("after").GetString());

    [Fact]
    public async Task An_update_records_each_changed_field_before_and_after()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator);
        await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            c.RegionCode = "R5";
            c.ResidenceCode = "foster";
            await db.SaveChangesAsync();
        });

        var update = Assert.Single(await EventsFor(caseId.ToString()), e => e.Action == AuditAction.Update);
        var details = JsonDocument.Parse(update.Details!).RootElement;
        Assert.Equal("R2", details.GetProperty("RegionCode").GetProperty("before").GetString());
        Assert.Equal("R5", details.GetProperty("RegionCode").GetProperty("after").GetString());
        Assert.Equal("parent", details.GetProperty("ResidenceCode").GetProperty("before").GetString());
        Assert.Equal("foster", details.GetProperty("ResidenceCode").GetProperty("after").GetString());
        Assert.False(details.TryGetProperty("OpenedOn", out _)); // unchanged fields are not listed
    }

    [Fact]
    public async Task Audit_events_cannot_be_changed_or_deleted()
    {
        await app.WithDb(async db =>
        {
            var e = await db.AuditEvents.FirstAsync();
            e.Actor = "someone else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await app.WithDb(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Sign_ins_are_audited_and_five_failures_lock_the_account()
    {
        var user = await World.User(Roles.Investigator, await World.Agency());
        var client = app.NewClient();
        // A locked account answers like a wrong password (401), so the answer tells no one the account exists.
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = "wrong password!" })).StatusCode);
        // Locked: even the right password is refused now.
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = World.Code(user) })).StatusCode);

        var events = await EventsFor(user.Id.ToString());
        Assert.Equal(4, events.Count(e => e.Action == AuditAction.SignInFailed));
        Assert.Equal(2, events.Count(e => e.Action == AuditAction.Lockout));
    }

    [Fact]
    public async Task Administrator_searches_the_trail_by_user_record_and_date_and_others_cannot()
    {
        var admin = await World.User(Roles.Administrator, await World.Agency("HART"));
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator);
        await (await World.SignedIn(investigator)).GetAsync($"/api/v1/cases/{caseId}");

        var client = await World.SignedIn(admin);
        var today = app.LocalToday.ToString("yyyy-MM-dd"); // the search's days are Connecticut's
        var found = await client.GetFromJsonAsync<AuditResults>($"/api/v1/audit?user={investigator.Email}&record={caseId}&from={today}&to={today}");
        Assert.Contains(found!.Rows, r => r.Action == "Read" && r.EntityId == caseId.ToString());
        Assert.All(found.Rows, r => Assert.Equal(investigator.Email, r.Actor));
        var yesterday = await client.GetFromJsonAsync<AuditResults>($"/api/v1/audit?record={caseId}&to={app.LocalToday.AddDays(-1):yyyy-MM-dd}");
        Assert.Empty(yesterday!.Rows);

        var page = await client.GetStringAsync($"/Admin/Audit?record={caseId}");
        Assert.Contains(investigator.Email, page);

        var outsider = await World.SignedIn(investigator);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/Admin/Audit")).StatusCode);
    }
}

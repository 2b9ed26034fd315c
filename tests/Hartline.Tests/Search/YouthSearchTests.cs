using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Search;

/// <summary>The search box, through the API and the page: what it finds, what it never shows, what it records.</summary>
public sealed class YouthSearchTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<List<JsonElement>> Youth(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youth").EnumerateArray().ToList();
    }

    private static bool Lists(List<JsonElement> youth, Guid personId) =>
        youth.Any(y => y.GetProperty("personId").GetString() == personId.ToString());

    [Theory]
    [InlineData("Katherine Wojciechowsky")]   // the family name misspelled
    [InlineData("Kate Wojciechowski")]       // a nickname
    [InlineData("Wojciechowski Katherine")]   // names the other way round
    [InlineData("Wojciechowski, Katherine")]  // as a list writes it
    [InlineData("kathérine WOJCIECHOWSKI")]   // an accent and capitals
    [InlineData("Wojciechowski")]             // one name
    [InlineData("Katherine 2008-11-23")]      // a first name and the date of birth
    [InlineData("11/23/2008")]                // the date of birth alone, as an American writes it
    [InlineData("23/11/2008")]                // ... as a European writes it
    public async Task A_youth_is_found_however_the_name_or_date_is_typed(string q)
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator, World.Referral("Katherine", "Wojciechowski", dob: new DateOnly(2008, 11, 23)));
        Assert.True(Lists(await Youth(await World.SignedIn(investigator), q), receipt.PersonId), q);
    }

    [Fact]
    public async Task Results_show_what_matched_and_the_records_to_open()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var family = World.UniqueName("Jazmyn");
        var caseId = await World.Case(investigator, World.Referral("Jazmin", family, dob: new DateOnly(2007, 5, 12)));
        var hit = Assert.Single(await Youth(await World.SignedIn(investigator), $"Jasmin {family}"));
        var matched = hit.GetProperty("matched").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("first name: sounds alike (Jazmin)", matched); // the youth's own spelling
        Assert.Contains("family name: same", matched);
        Assert.Equal(caseId.ToString(), hit.GetProperty("cases")[0].GetProperty("id").GetString());
        // An instant in the API carries its offset: Connecticut is 4 or 5 hours behind UTC.
        Assert.Matches(@"[+-]0[45]:00$", hit.GetProperty("referrals")[0].GetProperty("receivedAt").GetString()!);
    }

    [Fact]
    public async Task A_worker_never_learns_that_a_hidden_youth_exists()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var police = await World.Agency("Police", Hartline.Features.Admin.AgencyKind.LawEnforcement);
        var liaison = await World.User(Roles.LawEnforcement, police);
        var family = World.UniqueName("Hidalgo");
        var caseId = await World.Case(owner, World.Referral("Evangelina", family, dob: new DateOnly(2006, 2, 1)));
        var personId = await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>()
            .Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).SingleAsync());

        Assert.True(Lists(await Youth(await World.SignedIn(owner), $"Evangelina {family}"), personId));
        var outsiderClient = await World.SignedIn(outsider);
        foreach (var q in new[] { $"Evangelina {family}", family, "2006-02-01", caseId.ToString() })
        {
            Assert.False(Lists(await Youth(outsiderClient, q), personId), q);
            var results = Forms.Html(await outsiderClient.GetStringAsync($"/Search?q={Uri.EscapeDataString(q)}")).QuerySelector("#results")!;
            Assert.Contains("No youth found", results.TextContent);
            Assert.DoesNotContain(caseId.ToString(), results.InnerHtml);
        }

        // Shared with the police for law enforcement: found; the share revoked: gone again.
        var liaisonClient = await World.SignedIn(liaison);
        Assert.False(Lists(await Youth(liaisonClient, family), personId));
        await World.Grant(caseId, police, GrantKind.LawEnforcement);
        Assert.True(Lists(await Youth(liaisonClient, family), personId));
        await app.WithDb(db => db.CaseAccessGrants.Where(g => g.CaseId == caseId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.RevokedAt, DateTime.UtcNow)));
        Assert.False(Lists(await Youth(liaisonClient, family), personId));
    }

    [Fact]
    public async Task Roles_without_case_records_cannot_search()
    {
        var analyst = await World.User(Roles.Analyst, await World.Agency());
        var client = await World.SignedIn(analyst);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/search?q=Rivera")).StatusCode);
    }

    [Fact]
    public async Task A_referral_is_found_by_its_id_and_by_its_Careline_number()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var referral = World.Referral("Marguerite", World.UniqueName("Okonkwo"), dob: new DateOnly(2009, 1, 30));
        var number = "CL-" + Random.Shared.Next(100000, 999999);
        referral.CarelineReportNumber = number;
        var receipt = await World.Receive(investigator, referral);
        var client = await World.SignedIn(investigator);
        Assert.True(Lists(await Youth(client, number.ToLowerInvariant()), receipt.PersonId));
        Assert.True(Lists(await Youth(client, $"https://hartline.example/Intake/Referrals/{receipt.ReferralId}"), receipt.PersonId));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("   ")]
    [InlineData("'; DROP TABLE People; --")]
    public async Task Input_that_cannot_be_searched_gets_a_clear_answer(string q)
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var api = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}");
        if (api.StatusCode == HttpStatusCode.BadRequest)
            Assert.Contains("\"q\"", await api.Content.ReadAsStringAsync());
        else Assert.Equal(HttpStatusCode.OK, api.StatusCode); // "DROP TABLE People" is searched as the names it spells
        var page = await client.GetAsync($"/Search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await app.WithDb(async db => Assert.True(await db.People.AnyAsync())); // still there
    }

    [Fact]
    public async Task A_very_long_query_or_script_text_is_refused_or_shown_as_text()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var tooLong = await client.GetAsync($"/api/v1/search?q={new string('x', 5000)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 200 characters", await tooLong.Content.ReadAsStringAsync());
        var page = await client.GetStringAsync($"/Search?q={Uri.EscapeDataString("<script>alert(1)</script>")}");
        Assert.DoesNotContain("<script>alert", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q={Guid.NewGuid()}")).StatusCode); // an unknown id: no youth
    }

    [Fact]
    public async Task Every_search_is_audited_with_the_ids_it_returned_and_never_the_words_typed()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var family = World.UniqueName("Castellanos");
        var receipt = await World.Receive(investigator, World.Referral("Perpetua", family));
        var client = await World.SignedIn(investigator);
        Assert.True(Lists(await Youth(client, $"Perpetua {family}"), receipt.PersonId));
        await Youth(client, World.UniqueName("Nobodyhere"));
        await app.WithDb(async db =>
        {
            var events = await db.AuditEvents.Where(e => e.UserId == investigator.Id && e.Action == AuditAction.Read).ToListAsync();
            Assert.Contains(events, e => e.EntityType == "Person" && e.EntityId == receipt.PersonId.ToString() && e.Purpose == "found by a search");
            Assert.Contains(events, e => e.EntityType == "Search" && e.Purpose == "a search that found no youth");
            Assert.DoesNotContain(events, e => (e.Details ?? "").Contains(family) || (e.Purpose ?? "").Contains(family));
        });
    }
}

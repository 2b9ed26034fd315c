using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Audit;

/// <summary>The Administrator reviews the trail: filters that combine, paging that keeps them, links, words, the CSV export.</summary>
public sealed class AuditReviewTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<HttpClient> Admin() => await World.SignedIn(await World.User(Roles.Administrator, await World.Agency("HART")));

    private async Task<int> Count(Func<IQueryable<AuditEvent>, IQueryable<AuditEvent>> which)
    {
        var n = 0;
        await app.WithDb(async db => n = await which(db.AuditEvents).CountAsync());
        return n;
    }

    [Fact]
    public async Task Filters_by_agency_action_kind_of_record_and_user_combine()
    {
        var dcf = await World.Agency("DCF");
        var worker = await World.User(Roles.Investigator, dcf);
        var other = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(worker);
        var otherCase = await World.Case(other);
        var workerClient = await World.SignedIn(worker);
        await workerClient.GetAsync($"/api/v1/cases/{caseId}");
        await workerClient.GetAsync($"/api/v1/cases/{otherCase}"); // refused: 404 and a Denied event
        await (await World.SignedIn(other)).GetAsync($"/api/v1/cases/{otherCase}");
        var admin = await Admin();

        var dcfReads = await Count(q => q.Where(e => e.AgencyId == dcf.Id && e.Action == AuditAction.Read));
        Assert.True(dcfReads >= 2); // at least the case and its youth
        var reads = await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?agency={dcf.Id}&action=Read");
        Assert.Equal(dcfReads, reads!.Total);
        Assert.All(reads.Rows, r => Assert.Equal((dcf.Id, "Read", dcf.Name), (r.AgencyId!.Value, r.Action, r.Agency!)));

        var caseReads = await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?entity=Case&record={caseId}&action=read");
        Assert.Equal(await Count(q => q.Where(e => e.EntityType == "Case" && e.EntityId == caseId.ToString() && e.Action == AuditAction.Read)), caseReads!.Total);
        Assert.Contains(caseReads.Rows, r => r.UserId == worker.Id);
        Assert.All(caseReads.Rows, r => Assert.Equal(("Case", caseId.ToString(), "Read"), (r.EntityType, r.EntityId, r.Action)));

        // Part of the e-mail, in any case; or the user's id.
        var refused = await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?user={worker.Email[13..30].ToUpperInvariant()}&action=Denied");
        Assert.Equal((otherCase.ToString(), worker.Id), (Assert.Single(refused!.Rows).EntityId, Assert.Single(refused.Rows).UserId!.Value));
        var byId = await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?user={worker.Id}&action=Denied&entity=Case");
        Assert.Equal(otherCase.ToString(), Assert.Single(byId!.Rows).EntityId);
        Assert.Equal(0, (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?user={worker.Id}&action=Denied&entity=Referral"))!.Total);

        var today = app.LocalToday.ToString("yyyy-MM-dd"); // the days are Connecticut's
        Assert.Equal(dcfReads, (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?agency={dcf.Id}&action=Read&from={today}&to={today}"))!.Total);
        Assert.Equal(0, (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?agency={dcf.Id}&from={app.LocalToday.AddDays(1):yyyy-MM-dd}"))!.Total);
        Assert.Equal(0, (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?agency={dcf.Id}&to={app.LocalToday.AddDays(-1):yyyy-MM-dd}"))!.Total);
    }

    [Fact]
    public async Task Paging_keeps_the_filters_and_shows_a_count_on_the_page_and_in_the_api()
    {
        var worker = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(worker);
        var client = await World.SignedIn(worker);
        for (var i = 0; i < 30; i++) await client.GetAsync($"/api/v1/cases/{caseId}"); // 60 reads: the case and its youth each time
        var admin = await Admin();
        var filter = $"user={Uri.EscapeDataString(worker.Email)}&action=Read";

        var expected = await Count(q => q.Where(e => e.UserId == worker.Id && e.Action == AuditAction.Read));
        Assert.InRange(expected, 60, 2 * AuditSearch.PageSize); // two pages

        var first = (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?{filter}"))!;
        var second = (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?{filter}&page=2"))!;
        Assert.Equal((expected, false, 2), (first.Total, first.TotalIsAtLeast, first.Pages));
        Assert.Equal((AuditSearch.PageSize, true), (first.Rows.Count, first.HasMore));
        Assert.Equal((expected - AuditSearch.PageSize, false), (second.Rows.Count, second.HasMore));
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
        var times = first.Rows.Concat(second.Rows).Select(r => r.At).ToList();
        Assert.Equal(times.OrderDescending(), times); // newest first, across the pages

        var page = await admin.GetStringAsync($"/Admin/Audit?{filter}");
        Assert.Contains($"{expected} events", page);
        Assert.Contains("page 1 of 2", page);
        Assert.Contains($"href=\"/Admin/Audit?{filter.Replace("&", "&amp;")}&amp;page=2\">Older events", page);
        Assert.Contains($"href=\"/api/v1/audit.csv?{filter.Replace("&", "&amp;")}\"", page);
        var last = await admin.GetStringAsync($"/Admin/Audit?{filter}&page=2");
        Assert.Contains("page 2 of 2", last);
        Assert.Contains($"href=\"/Admin/Audit?{filter.Replace("&", "&amp;")}\">Newer events", last);
        Assert.DoesNotContain("Older events", last);
    }

    [Fact]
    public async Task The_page_names_actions_and_records_in_words_links_record_ids_and_names_the_time_zone()
    {
        var worker = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(worker);
        var caseId = await World.Case(worker);
        await (await World.SignedIn(worker)).GetAsync($"/Cases/{caseId}");
        var admin = await Admin();

        var page = await admin.GetStringAsync($"/Admin/Audit?entity=Case&record={caseId}");
        Assert.Contains($"<a href=\"/Cases/{caseId}\">…{caseId.ToString()[^8..]}</a>", page);
        Assert.Contains("<td data-label=\"Action\">Viewed</td>", page);
        Assert.Contains("<td data-label=\"Action\">Created</td>", page);
        Assert.DoesNotContain("<td data-label=\"Action\">Read</td>", page);
        Assert.Contains("Times are Connecticut time (", page);
        Assert.Contains("America/New_York)", page);
        Assert.Contains("<details>", page);
        Assert.Contains($"href=\"/Admin/Audit?user={worker.Id}\">Every event by this user", page);

        var local = app.LocalNow;
        Assert.Contains($">{local:yyyy-MM-dd} ", page); // the day on Connecticut's clock (not the server's UTC)

        var referral = await admin.GetStringAsync($"/Admin/Audit?record={receipt.ReferralId}");
        Assert.Contains($"<a href=\"/Intake/Referrals/{receipt.ReferralId}\">", referral);
        var person = await admin.GetStringAsync($"/Admin/Audit?entity=Person&record={receipt.PersonId}");
        Assert.Contains("Youth (registry record)", person);
        Assert.Contains($"href=\"/Admin/Audit?entity=Person&amp;record={receipt.PersonId}\">Every event of this record", person);
        Assert.DoesNotContain("Jordan", person); // World.Referral's given name: never in the trail
    }

    [Fact]
    public async Task The_csv_export_has_the_filtered_events_in_words_neutralises_formulas_and_is_itself_audited()
    {
        var worker = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(worker);
        await (await World.SignedIn(worker)).GetAsync($"/api/v1/cases/{caseId}");
        // Values a spreadsheet would run: an id, a purpose and an actor as people might type them.
        var odd = new AuditEvent { At = DateTime.UtcNow, Actor = "@attacker", Action = AuditAction.Denied, EntityType = "Page", EntityId = "=HYPERLINK(\"http://x\")", Purpose = "+1-2" };
        await app.WithDb(async db => { db.AuditEvents.Add(odd); await db.SaveChangesAsync(); });
        var adminUser = await World.User(Roles.Administrator, await World.Agency("HART"));
        var admin = await World.SignedIn(adminUser);

        var response = await admin.GetAsync($"/api/v1/audit.csv?record={caseId}&action=Read");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,when,time_zone,who,agency,action,record_type,record_id,why,details", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains($",{worker.Email},", row);
        Assert.Contains(",Viewed,Case,", row);
        Assert.Contains("America/New_York (UTC-0", row);

        var oddCsv = await admin.GetStringAsync($"/api/v1/audit.csv?record={Uri.EscapeDataString(odd.EntityId)}");
        Assert.Contains("'@attacker", oddCsv);
        Assert.Contains("'+1-2", oddCsv);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", oddCsv);
        Assert.Contains(",Refused,Page or form,", oddCsv);

        await app.WithDb(async db =>
        {
            var exports = await db.AuditEvents.Where(e => e.UserId == adminUser.Id && e.Action == AuditAction.Export).ToListAsync();
            Assert.Equal(2, exports.Count);
            Assert.All(exports, e => Assert.Equal(AuditExport.EntityType, e.EntityType));
            var first = JsonDocument.Parse(exports.Single(e => e.Details!.Contains(caseId.ToString())).Details!).RootElement;
            Assert.Equal((1, "Read"), (first.GetProperty("events").GetInt32(), first.GetProperty("action").GetString()));
        });
        Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(worker)).GetAsync("/api/v1/audit.csv")).StatusCode);
    }

    [Fact]
    public async Task Events_written_before_the_masking_are_read_with_names_and_dates_of_birth_hidden()
    {
        // The trail is append-only: events from before the rule still hold a youth's name; they never leave unmasked.
        var personId = Guid.NewGuid().ToString();
        var merged = Guid.NewGuid().ToString();
        await app.WithDb(async db =>
        {
            db.AuditEvents.Add(new AuditEvent { At = DateTime.UtcNow.AddMinutes(-1), Actor = "system", Action = AuditAction.Create, EntityType = "Person", EntityId = personId,
                Details = """{"GivenName":{"after":"Oldtimer"},"FamilyName":{"after":"Clearname"},"DateOfBirth":{"after":"2007-04-05"},"GenderCode":{"after":"female"}}""" });
            db.AuditEvents.Add(new AuditEvent { At = DateTime.UtcNow, Actor = "system", Action = AuditAction.Update, EntityType = "Person", EntityId = personId,
                Details = $$$"""{"FamilyName":{"before":"Clearname","after":"Newname"},"MergedIntoId":{"before":null,"after":"{{{merged}}}"}}""" });
            await db.SaveChangesAsync();
        });
        var admin = await Admin();

        var rows = (await admin.GetFromJsonAsync<AuditResults>($"/api/v1/audit?record={personId}"))!.Rows;
        var created = JsonDocument.Parse(rows.Single(r => r.Action == "Create").Details!).RootElement;
        Assert.Equal(("(8 characters)", "(9 characters)", "(not shown)", "female"), (After(created, "GivenName"), After(created, "FamilyName"),
            After(created, "DateOfBirth"), After(created, "GenderCode")));
        var changed = JsonDocument.Parse(rows.Single(r => r.Action == "Update").Details!).RootElement.GetProperty("FamilyName");
        Assert.Equal(("(not shown)", "(not shown)"), (changed.GetProperty("before").GetString(), changed.GetProperty("after").GetString()));
        Assert.Contains(merged, rows.Single(r => r.Action == "Update").Details);
        foreach (var text in new[] { await admin.GetStringAsync($"/Admin/Audit?record={personId}"), await admin.GetStringAsync($"/api/v1/audit.csv?record={personId}") })
            foreach (var clear in new[] { "Oldtimer", "Clearname", "Newname", "2007-04-05" }) Assert.DoesNotContain(clear, text);
    }

    private static string? After(JsonElement details, string field) => details.GetProperty(field).GetProperty("after").GetString();

    [Theory]
    [InlineData("action=Delete", "action")]
    [InlineData("action=3", "action")]
    [InlineData("from=2026-13-45", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("agency=not-an-id", "agency")]
    [InlineData("entity=%3Cscript%3E", "entity")]
    [InlineData("record=LONG", "record")]
    [InlineData("user=LONG", "user")]
    public async Task Bad_filters_get_a_message_naming_the_field_never_an_error(string filter, string field)
    {
        filter = filter.Replace("LONG", new string('x', 5000));
        var admin = await Admin();
        var api = await admin.GetAsync($"/api/v1/audit?{filter}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.True((await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/audit.csv?{filter}")).StatusCode);

        var page = await admin.GetAsync($"/Admin/Audit?{filter}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("No events were searched.", html);
        Assert.Contains($"<a href=\"#{field}\">", html);
        Assert.DoesNotContain("<table class=\"audit-log\">", html);
    }

    [Fact]
    public async Task A_page_number_past_the_end_or_not_a_number_answers_an_empty_or_first_page()
    {
        var admin = await Admin();
        var far = (await admin.GetFromJsonAsync<AuditResults>("/api/v1/audit?page=99999999999"))!;
        Assert.Equal((AuditFilter.MaxPage, 0), (far.Page, far.Rows.Count));
        Assert.Equal(1, (await admin.GetFromJsonAsync<AuditResults>("/api/v1/audit?page=abc"))!.Page);
        Assert.Contains("No events on this page", await admin.GetStringAsync("/Admin/Audit?page=5000"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Audit?page=-3&record=%27%20OR%201%3D1--")).StatusCode);
    }
}

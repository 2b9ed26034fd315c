using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.People.Duplicates;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.People;

/// <summary>The coordinators' duplicate review: compare, merge (keeping both records), undo; audited and scoped.</summary>
public sealed class MergeTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<(Guid Pair, Guid PersonA, Guid PersonB, Guid CaseA, Guid CaseB)> TwoRecordsOfOneYouth(string family)
    {
        var dcf = await World.User(Roles.Investigator, await World.Agency("DCF"));
        var police = await World.User(Roles.Investigator, await World.Agency("Police"));
        var caseA = await World.Case(dcf, World.Referral("Yaritza", family, dob: new DateOnly(2006, 6, 1)));
        var caseB = await World.Case(police, World.Referral("Yari", family + "s", dob: new DateOnly(2006, 1, 6)));
        Guid a = default, b = default;
        await app.WithDb(async db =>
        {
            a = await db.Cases.Where(c => c.Id == caseA).Select(c => c.PersonId).SingleAsync();
            b = await db.Cases.Where(c => c.Id == caseB).Select(c => c.PersonId).SingleAsync();
        });
        await app.WithScope(async sp =>
        {
            await sp.GetRequiredService<DuplicateReview>().RecordAsync(a, b, 0.97,
                new { matchWeight = 9.1, probability = 0.97, fields = new[] { new { field = "dob", level = "day-month swapped", weight = 4.2, description = "day and month swapped" } } }, "test");
            return 0;
        });
        Guid pair = default;
        var (first, second) = PossibleDuplicate.Order(a, b);
        await app.WithDb(async db => pair = await db.PossibleDuplicates.Where(d => d.PersonAId == first && d.PersonBId == second).Select(d => d.Id).SingleAsync());
        return (pair, a, b, caseA, caseB);
    }

    [Fact]
    public async Task A_coordinator_merges_a_pair_and_the_youth_counts_once_then_undoes_it()
    {
        var (pair, a, b, caseA, caseB) = await TwoRecordsOfOneYouth("Montalvo");
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("HART"));
        var client = await World.SignedIn(coordinator);
        var quarter = Quarter.Containing(app.LocalToday).ToString();
        int Clients(QuarterlyReportResult r) => r.ClientsServed;
        var before = Clients((await client.GetFromJsonAsync<QuarterlyReportResult>($"/api/v1/reports/quarterly/{quarter}"))!);

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/people/possible-duplicates");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == pair.ToString());
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/possible-duplicates/{pair}");
        Assert.Equal("day-month swapped", view.GetProperty("explanation").GetProperty("fields")[0].GetProperty("level").GetString());

        var merged = await client.PostAsJsonAsync($"/api/v1/people/possible-duplicates/{pair}/merge", new { survivorId = a, reason = "Same youth: school confirmed." });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var mergeId = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mergeId").GetString();
        await app.WithDb(async db =>
        {
            Assert.Equal(a, await db.Cases.Where(c => c.Id == caseB).Select(c => c.PersonId).SingleAsync()); // moved
            Assert.Equal(a, (await db.People.SingleAsync(p => p.Id == b)).MergedIntoId);                       // kept, pointing at a
            Assert.Equal(0, await db.Referrals.CountAsync(r => r.PersonId == b));
        });
        Assert.Equal(before - 1, Clients((await client.GetFromJsonAsync<QuarterlyReportResult>($"/api/v1/reports/quarterly/{quarter}"))!));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/people/possible-duplicates/{pair}/merge", new { survivorId = a })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).StatusCode);
        await app.WithDb(async db =>
        {
            Assert.Equal(b, await db.Cases.Where(c => c.Id == caseB).Select(c => c.PersonId).SingleAsync()); // back
            Assert.Null((await db.People.SingleAsync(p => p.Id == b)).MergedIntoId);
            Assert.Equal(PossibleDuplicateStatus.Open, (await db.PossibleDuplicates.SingleAsync(d => d.Id == pair)).Status);
            var trail = await db.AuditEvents.Where(e => e.EntityId == a.ToString()).Select(e => e.Action).ToListAsync();
            Assert.Contains(AuditAction.Merge, trail);
            Assert.Contains(AuditAction.Unmerge, trail);
        });
        Assert.Equal(before, Clients((await client.GetFromJsonAsync<QuarterlyReportResult>($"/api/v1/reports/quarterly/{quarter}"))!));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task Only_coordinators_see_the_queue_and_compare_pages()
    {
        var (pair, _, _, _, _) = await TwoRecordsOfOneYouth("Quiles");
        var investigator = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync("/People/Duplicates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync($"/People/Duplicates/{pair}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await investigator.GetAsync($"/api/v1/people/possible-duplicates/{pair}")).StatusCode);
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency()));
        Assert.DoesNotContain("Quiles", await (await analyst.GetAsync("/api/v1/people/possible-duplicates")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_youth_leave_the_queue_and_are_not_asked_about_again()
    {
        var (pair, a, b, _, _) = await TwoRecordsOfOneYouth("Echevarria");
        var client = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/people/possible-duplicates/{pair}/not-duplicates", null)).StatusCode);
        await app.WithScope(async sp => { await sp.GetRequiredService<DuplicateReview>().RecordAsync(b, a, 0.99, new { }, "later run"); return 0; });
        var queue = await client.GetStringAsync("/api/v1/people/possible-duplicates");
        Assert.DoesNotContain(pair.ToString(), queue);
    }

    [Fact]
    public async Task The_compare_page_merges_and_offers_the_undo()
    {
        var (pair, a, _, _, _) = await TwoRecordsOfOneYouth("Figueroa-Lugo");
        var client = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        var page = await client.GetStringAsync($"/People/Duplicates/{pair}");
        Assert.Contains("Are these the same youth?", page);
        Assert.Contains("day and month swapped", page);
        var merged = await client.PostFormAsync($"/People/Duplicates/{pair}?handler=Merge", [new("SurvivorId", a.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Contains("Undo this merge", await client.GetStringAsync($"/People/Duplicates/{pair}"));
        Assert.Contains("Figueroa-Lugo", await client.GetStringAsync("/People/Merges"));
    }

    [Fact]
    public async Task A_strong_match_held_by_another_agency_is_queued_for_coordinators_without_telling_the_worker()
    {
        var dcf = await World.User(Roles.Investigator, await World.Agency("DCF"));
        var school = await World.User(Roles.Investigator, await World.Agency("School"));
        var held = await World.Receive(dcf, World.Referral("Esmeralda", "Villanueva", dob: new DateOnly(2007, 3, 14)));
        var client = await World.SignedIn(school);
        // The school's worker cannot see DCF's youth: nothing is suggested to them ...
        Assert.Equal("[]", await client.GetStringAsync("/api/v1/people/duplicate-candidates?givenName=Esmeralda&familyName=Villanueva&dateOfBirth=2007-03-14"));
        var mine = await World.Receive(school, World.Referral("Esmeralda", "Villanueva", dob: new DateOnly(2007, 3, 14)));
        Assert.False(mine.LinkedExistingPerson);
        // ... but the coordinators get the pair to decide.
        var (a, b) = PossibleDuplicate.Order(held.PersonId, mine.PersonId);
        await app.WithDb(async db =>
        {
            var pair = await db.PossibleDuplicates.SingleAsync(d => d.PersonAId == a && d.PersonBId == b);
            Assert.Equal("intake", pair.FoundBy);
            Assert.True(pair.Probability >= 0.9);
        });
    }

    [Fact]
    public async Task A_long_reason_is_kept_with_the_merge_its_length_in_the_audit_event_and_a_pages_undo_only_undoes_its_own_pair()
    {
        var (pair, a, _, _, _) = await TwoRecordsOfOneYouth("Longreason");
        var (otherPair, otherA, _, _, _) = await TwoRecordsOfOneYouth("Otherpair");
        var client = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        var unchosen = await client.PostAsJsonAsync($"/api/v1/people/possible-duplicates/{pair}/merge", new { reason = "Same youth" });
        Assert.Equal(HttpStatusCode.BadRequest, unchosen.StatusCode);
        Assert.True((await unchosen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("survivorId", out _)); // as the request names it

        var reason = string.Join(" ", Enumerable.Repeat("The school and the clinic both confirm it is the same youth.", 14)); // ~850 characters
        var merged = await client.PostAsJsonAsync($"/api/v1/people/possible-duplicates/{pair}/merge", new { survivorId = a, reason });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var mergeId = Guid.Parse((await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mergeId").GetString()!);
        await app.WithDb(async db =>
        {
            Assert.Equal(reason, (await db.PersonMerges.SingleAsync(m => m.Id == mergeId)).Reason);
            var trail = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.Merge && e.EntityId == a.ToString());
            // The reason is free text about the youth: the trail holds its length, the merge the words.
            Assert.DoesNotContain("same youth", trail.Details);
            Assert.Contains($"({reason.Length} characters)", trail.Details);
        });

        // The other pair's page cannot be used to undo this merge.
        var undo = await client.PostFormAsync($"/People/Duplicates/{otherPair}?handler=Undo&mergeId={mergeId}", []);
        Assert.Equal(HttpStatusCode.NotFound, undo.StatusCode);
        await app.WithDb(async db => Assert.Null((await db.PersonMerges.SingleAsync(m => m.Id == mergeId)).UndoneAt));
        Assert.NotEqual(a, otherA);
    }

    [Fact]
    public async Task A_registry_run_queues_likely_pairs_and_merges_nothing()
    {
        var dcf = await World.User(Roles.Investigator, await World.Agency("DCF"));
        var hospital = await World.User(Roles.Investigator, await World.Agency("Hospital"));
        var one = await World.Receive(dcf, World.Referral("Jazmín", "Carrasquillo", dob: new DateOnly(2008, 2, 11)));
        var other = await World.Receive(hospital, World.Referral("Jazmin", "Carasquillo", dob: new DateOnly(2008, 2, 11)));
        var summary = await app.WithScope(sp => sp.GetRequiredService<Hartline.Features.People.Deduplication.RegistryDedupe>().RunAsync(0.9, null));
        Assert.True(summary.PairsQueued >= 1);
        var (a, b) = PossibleDuplicate.Order(one.PersonId, other.PersonId);
        await app.WithDb(async db =>
        {
            Assert.True(await db.PossibleDuplicates.AnyAsync(d => d.PersonAId == a && d.PersonBId == b && d.Status == PossibleDuplicateStatus.Open));
            Assert.False(await db.People.AnyAsync(p => p.MergedIntoId != null && (p.Id == a || p.Id == b)));
        });
    }
}

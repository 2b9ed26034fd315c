using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Cases;

/// <summary>Case and referral lists: filters that combine, sorting, paging that keeps both, and never a record outside the scope.</summary>
public sealed class CaseListTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<JsonElement> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("youthName").GetString()!).ToList();

    [Fact]
    public async Task Filters_combine_and_a_filter_never_reaches_outside_the_scope()
    {
        var mine = await World.Agency("Mine");
        var theirs = await World.Agency("Theirs");
        var worker = await World.User(Roles.Investigator, mine);
        var other = await World.User(Roles.Investigator, theirs);
        var tag = World.UniqueName("Filt", 10);
        await World.Case(worker, World.Referral("Ana", tag + "a", region: "R1", dob: app.LocalToday.AddYears(-13)));
        await World.Case(worker, World.Referral("Bea", tag + "b", region: "R2", dob: app.LocalToday.AddYears(-13)));
        await World.Case(worker, World.Referral("Cyd", tag + "c", region: "R1", dob: app.LocalToday.AddYears(-16)));
        await World.Case(other, World.Referral("Dee", tag + "d", region: "R1", dob: app.LocalToday.AddYears(-13)));
        var client = await World.SignedIn(worker);

        var r1Young = await Get(client, $"/api/v1/cases?owner={mine.Id}&region=R1&age=From12To14");
        Assert.Equal([$"Ana {tag}a"], Names(r1Young));
        Assert.Equal(1, r1Young.GetProperty("total").GetInt32());
        // The other agency's case exists, but asking for its owner gives nothing.
        Assert.Equal(0, (await Get(client, $"/api/v1/cases?owner={theirs.Id}")).GetProperty("total").GetInt32());
        // A coordinator sees every agency's cases under the same filters.
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("Hart"));
        var all = Names(await Get(await World.SignedIn(coordinator), "/api/v1/cases?region=R1&age=From12To14&sort=Youth&dir=asc"));
        Assert.Contains($"Ana {tag}a", all);
        Assert.Contains($"Dee {tag}d", all);
    }

    [Fact]
    public async Task Sorted_by_owner_a_worker_sees_only_their_scope_in_agency_name_order_filtered_or_not()
    {
        var tag = World.UniqueName("Own", 8);
        var zulu = await World.Agency($"Zulu {tag}");
        var alpha = await World.Agency($"Alpha {tag}");
        var zuluWorker = await World.User(Roles.Investigator, zulu);
        var alphaWorker = await World.User(Roles.Investigator, alpha);
        var zuluCase = await World.Case(zuluWorker, World.Referral("Zed", tag + "z", region: "R1"));
        var alphaCase = await World.Case(alphaWorker, World.Referral("Abe", tag + "a", region: "R1"));
        // Shared with Zulu for the MDT: Zulu now sees both, the other agency's first by name.
        await World.Grant(alphaCase, zulu, Hartline.Features.Cases.GrantKind.Mdt);
        var client = await World.SignedIn(zuluWorker);
        foreach (var filter in new[] { "", "&region=R1" }) // unfiltered: sorted in the database; filtered: the few read first
        {
            var ids = (await Get(client, $"/api/v1/cases?sort=Owner&dir=asc{filter}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid()).Where(id => id == zuluCase || id == alphaCase).ToList();
            Assert.Equal([alphaCase, zuluCase], ids);
        }
        // The other agency's worker is not shown Zulu's case, however the list is sorted or filtered.
        var theirs = await World.SignedIn(alphaWorker);
        foreach (var url in new[] { "/api/v1/cases?sort=Owner&dir=desc", "/api/v1/cases?sort=Owner&region=R1", "/api/v1/cases?sort=Youth&status=Open" })
            Assert.DoesNotContain((await Get(theirs, url)).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == zuluCase);
    }

    [Fact]
    public async Task Each_way_of_reading_a_filtered_list_gives_the_same_cases_in_the_same_order()
    {
        // The list is read two ways depending on how many cases pass the filters (few: sorted from their ids; many:
        // the sort's index leads and each filter is rewritten so no index serves it). Forcing each one on the same
        // query must give the same page, for every filter and sort.
        var agency = await World.Agency("Ways");
        var worker = await World.User(Roles.Investigator, agency);
        var tag = World.UniqueName("Way", 8);
        var statuses = new[] { CaseStatus.Open, CaseStatus.Active, CaseStatus.FollowUp, CaseStatus.Reopened, CaseStatus.Closed, CaseStatus.Active };
        for (var i = 0; i < 12; i++)
        {
            var referral = World.Referral("Youth", $"{tag}{(char)('a' + i)}", region: i % 2 == 0 ? "R1" : "R2",
                dob: app.LocalToday.AddYears(-(12 + i % 7)).AddDays(-i));
            referral.ImmediateSafetyConcern = i % 3 == 0;
            var id = await World.Case(worker, referral);
            var status = statuses[i % statuses.Length];
            await app.WithDb(db => db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, status)));
        }
        var actor = Hartline.Security.Actor.FromPrincipal(await World.Principal(worker));
        var queries = new List<CaseListQuery>();
        foreach (var sort in Enum.GetValues<CaseSort>())
        {
            queries.Add(new CaseListQuery { Owner = agency.Id, Age = Hartline.Features.Shared.AgeGroup.From15To17, Sort = sort, Region = "R1" });
            queries.Add(new CaseListQuery { Owner = agency.Id, Status = CaseStatus.Active, Sort = sort, Dir = "desc" });
            queries.Add(new CaseListQuery { Owner = agency.Id, Safety = true, Sort = sort });                    // the flagged lead
            queries.Add(new CaseListQuery { Owner = agency.Id, Safety = true, Region = "R1", Sort = sort });     // each case probed
        }
        foreach (var q in queries)
        {
            var (fromIds, sortLed) = await app.WithScope(async sp =>
            {
                var files = sp.GetRequiredService<CaseFiles>();
                return (await files.ListAsync(actor, q, int.MaxValue, default), await files.ListAsync(actor, q, 0, default));
            });
            var what = $"{q.Sort} {q.Dir} status={q.Status} safety={q.Safety} region={q.Region} age={q.Age}";
            Assert.True(fromIds.Items.Count > 0, what); // the comparison is about something
            Assert.True(fromIds.Items.Select(i => i.Id).SequenceEqual(sortLed.Items.Select(i => i.Id)), what);
            Assert.Equal(fromIds.Total, sortLed.Total);
            if (q.Safety == true) Assert.All(fromIds.Items, i => Assert.True(i.SafetyConcern, what));
            if (q.Status is { } s) Assert.All(fromIds.Items, i => Assert.Equal(s, i.Status));
        }
    }

    [Fact]
    public async Task Sorted_by_status_cases_follow_their_life_and_a_change_of_status_moves_them()
    {
        var agency = await World.Agency("Life");
        var worker = await World.User(Roles.Investigator, agency);
        var tag = World.UniqueName("Life", 8);
        var order = new[] { CaseStatus.Closed, CaseStatus.FollowUp, CaseStatus.Open, CaseStatus.Reopened, CaseStatus.Active };
        var ids = new List<Guid>();
        foreach (var status in order)
        {
            var id = await World.Case(worker, World.Referral("Life", $"{tag}{status}"));
            await app.WithDb(db => db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, status)));
            ids.Add(id);
        }
        var client = await World.SignedIn(worker);
        async Task<List<string>> Statuses() => (await Get(client, $"/api/v1/cases?owner={agency.Id}&sort=Status&dir=asc"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()!).ToList();
        Assert.Equal(["Open", "Active", "FollowUp", "Reopened", "Closed"], await Statuses());
        // The order is kept by the database beside the status: a case that changes moves with it.
        await app.WithDb(db => db.Cases.Where(c => c.Id == ids[0]).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Open)));
        Assert.Equal(["Open", "Open", "Active", "FollowUp", "Reopened"], await Statuses());
    }

    [Fact]
    public async Task A_sort_holds_across_pages_and_both_directions()
    {
        var agency = await World.Agency("Sorted");
        var worker = await World.User(Roles.Investigator, agency);
        var tag = World.UniqueName("Sort", 10);
        for (var i = 0; i < 55; i++) // more than a page
            await World.Case(worker, World.Referral("Youth", $"{tag}{(char)('a' + i % 26)}{(char)('a' + i / 26)}", dob: new DateOnly(2005, 1, 1).AddDays(i)));
        var client = await World.SignedIn(worker);
        var first = await Get(client, $"/api/v1/cases?owner={agency.Id}&sort=Youth&dir=asc");
        var second = await Get(client, $"/api/v1/cases?owner={agency.Id}&sort=Youth&dir=asc&page=2");
        var names = Names(first).Concat(Names(second)).ToList();
        Assert.Equal(55, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var descending = Names(await Get(client, $"/api/v1/cases?owner={agency.Id}&sort=Youth&dir=desc"));
        Assert.Equal(names[^1], descending[0]);
        var byBirth = (await Get(client, $"/api/v1/cases?owner={agency.Id}&sort=Born&dir=asc")).GetProperty("items")[0];
        Assert.Equal("2005-01-01", byBirth.GetProperty("dateOfBirth").GetString());

        // The page's links keep the filters and the sort.
        var html = Forms.Html(await client.GetStringAsync($"/Cases?owner={agency.Id}&sort=Youth&dir=asc"));
        var next = html.QuerySelector("nav.pager a")!.GetAttribute("href")!;
        Assert.Contains($"owner={agency.Id}", next);
        Assert.Contains("sort=Youth", next);
        Assert.Contains("page=2", next);
        Assert.Equal("ascending", html.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task My_cases_and_safety_concerns_are_filters()
    {
        var agency = await World.Agency("Worker");
        var worker = await World.User(Roles.Investigator, agency);
        var tag = World.UniqueName("Safe", 10);
        var safe = World.Referral("Safe", tag);
        safe.ImmediateSafetyConcern = true;
        var unsafeCase = await World.Case(worker, safe);
        var calmCase = await World.Case(worker, World.Referral("Calm", tag));
        // The opener becomes the primary worker; this one has nobody yet.
        await app.WithDb(db => db.Cases.Where(c => c.Id == calmCase).ExecuteUpdateAsync(u => u.SetProperty(c => c.AssignedUserId, (Guid?)null)));
        var client = await World.SignedIn(worker);
        Assert.Equal([$"Safe {tag}"], Names(await Get(client, $"/api/v1/cases?owner={agency.Id}&safety=true")));
        Assert.Equal([$"Safe {tag}"], Names(await Get(client, $"/api/v1/cases?owner={agency.Id}&worker=me")));
        Assert.Equal([$"Calm {tag}"], Names(await Get(client, $"/api/v1/cases?owner={agency.Id}&worker=none")));
    }

    [Theory]
    [InlineData("/Cases?sort=Bogus&dir=sideways&age=Ancient&page=-4&owner=nobody")]
    [InlineData("/Intake/Referrals?sort=Bogus&waiting=-9999999999&age=Old&status=Lost")]
    [InlineData("/Intake/Referrals?waiting=2147483647")]
    public async Task Nonsense_in_the_query_string_shows_a_list_not_an_error(string url)
    {
        var worker = await World.User(Roles.Investigator, await World.Agency());
        var response = await (await World.SignedIn(worker)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Referrals_filter_by_waiting_time_age_and_agency_and_sort_by_status()
    {
        var agency = await World.Agency("Waiting");
        var worker = await World.User(Roles.Investigator, agency);
        var tag = World.UniqueName("Wait", 10);
        var old = World.Referral("Old", tag, received: app.LocalToday.AddDays(-9), dob: app.LocalToday.AddYears(-10));
        await World.Receive(worker, old);
        await World.Receive(worker, World.Referral("New", tag, received: app.LocalToday.AddDays(-1), dob: app.LocalToday.AddYears(-10)));
        await World.Case(worker, World.Referral("Done", tag, received: app.LocalToday.AddDays(-20), dob: app.LocalToday.AddYears(-16)));
        var client = await World.SignedIn(worker);
        Assert.Equal([$"Old {tag}"], (await Get(client, $"/api/v1/referrals?agency={agency.Id}&waiting=7"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("youthName").GetString()).ToList());
        Assert.Equal(2, (await Get(client, $"/api/v1/referrals?agency={agency.Id}&age=Under12")).GetProperty("total").GetInt32());
        var byStatus = (await Get(client, $"/api/v1/referrals?agency={agency.Id}&sort=Status&dir=desc")).GetProperty("items")[0];
        Assert.Equal($"Done {tag}", byStatus.GetProperty("youthName").GetString());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        Assert.Equal(0, (await Get(await World.SignedIn(outsider), $"/api/v1/referrals?agency={agency.Id}")).GetProperty("total").GetInt32());
    }
}

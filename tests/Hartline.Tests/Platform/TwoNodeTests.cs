using System.Net;
using System.Net.Http.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>A second server on the first one's database.</summary>
public sealed class SecondNode(HartlineApp first) : HartlineApp(first.Database, first.Codes);

/// <summary>
/// Two server nodes on one database, a person's requests alternating between them: the sign-in, the request token and the
/// two-factor state hold on both, because the data-protection key ring is in the database — each key encrypted with
/// the field keys, so the database alone cannot forge a cookie.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly HartlineApp _first = new();
    private SecondNode _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new SecondNode(_first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_sign_in_on_one_node_holds_on_the_other_with_its_request_token_and_its_code_is_refused_there()
    {
        var agency = await _first.World.Agency("Two nodes");
        var user = await _first.World.User(Roles.Investigator, agency);
        var caseId = await _first.World.Case(user);
        var cookies = new CookieContainer();
        var tokens = new ApiTokens();
        HttpClient On(HartlineApp node) => node.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies), tokens);
        var (first, second) = (On(_first), On(_second));

        var code = _first.World.Code(user);
        var signIn = await first.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        tokens.Token = signIn.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single();

        // The cookie made by the first node opens the case on the second; a change there carries the first node's token.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/Cases/{caseId}")).StatusCode);
        var signOut = await second.DeleteAsync("/api/v1/session");
        Assert.True(signOut.IsSuccessStatusCode, $"sign-out on the second node: {(int)signOut.StatusCode}");

        // The same code again, on the other node: refused, as on the node that took it.
        var again = await second.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        // The ring is in the database, every key encrypted: no key's secret is there in plain text.
        await _first.WithDb(async db =>
        {
            var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k =>
            {
                Assert.DoesNotContain("masterKey", k.Xml);
                Assert.Contains("hlk", k.Xml);
            });
        });
    }

    [Fact]
    public async Task A_youth_corrected_or_merged_on_one_node_is_found_as_they_now_are_by_the_other_nodes_registry()
    {
        var user = await _first.World.User(Roles.Investigator, await _first.World.Agency("Registry nodes"));
        var family = World.UniqueName("Okonkwo", 6);
        var caseId = await _first.World.Case(user, World.Referral("Adaeze", family));
        var other = await _first.World.Case(user, World.Referral("Adaeze", family + "x"));
        Guid youth = default, twin = default;
        await _first.WithDb(async db =>
        {
            youth = await db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).SingleAsync();
            twin = await db.Cases.Where(c => c.Id == other).Select(c => c.PersonId).SingleAsync();
            // Entered an hour ago: out of the window of recent creations a node looks back over anyway.
            var hourAgo = DateTime.UtcNow.AddHours(-1);
            await db.People.Where(p => p.Id == youth).ExecuteUpdateAsync(u => u.SetProperty(p => p.CreatedAt, hourAgo).SetProperty(p => p.ChangedAt, hourAgo));
        });
        var registry = _second.Services.GetRequiredService<Hartline.Features.People.Deduplication.RegistryIndex>();
        bool Finds(Hartline.Linkage.PersonIndex index, string given, string familyName, Guid id) =>
            index.Search(given, familyName, null, 10, out _).Any(m => m.Id == id.ToString());
        var before = await registry.CurrentAsync();
        Assert.True(Finds(before, "Adaeze", family, youth));

        // Corrected through the first node's database context, as its correction page saves it: the second node hears
        // nothing in-process, and still finds the youth by the corrected name at its next look.
        var corrected = World.UniqueName("Nwachukwu", 6);
        await _first.WithDb(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == youth);
            person.FamilyName = corrected;
            await db.SaveChangesAsync();
        });
        var after = await registry.CurrentAsync();
        Assert.True(Finds(after, "Adaeze", corrected, youth), "the corrected name is found on the other node");
        Assert.StartsWith(Hartline.Linkage.Text.NameFolding.Fold(corrected), (await registry.FactsAsync())[youth].SortName);

        // Merged on the first node: the second no longer offers the merged record.
        await _first.WithDb(async db =>
        {
            var merged = await db.People.SingleAsync(p => p.Id == twin);
            merged.MergedIntoId = youth;
            await db.SaveChangesAsync();
        });
        Assert.False((await registry.CurrentAsync()).Contains(twin.ToString()));
    }

    [Fact]
    public async Task A_youth_the_other_nodes_registry_has_not_read_yet_still_lists_and_searches_without_an_error()
    {
        var user = await _first.World.User(Roles.Investigator, await _first.World.Agency("Registry behind"));
        var client = await _second.World.SignedIn(user);
        // No youth at all yet: the registry's first look finds nobody, and the lists and the search say so.
        foreach (var url in new[] { "/api/v1/cases?sort=Youth", "/api/v1/search?q=Wiebke", "/Cases?sort=Born" })
        {
            var empty = await client.GetAsync(url);
            Assert.True(empty.StatusCode == HttpStatusCode.OK, $"{url} with no youth: {(int)empty.StatusCode}");
        }
        var family = World.UniqueName("Achterberg", 6);
        await _first.World.Case(user, World.Referral("Wiebke", family));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases?sort=Youth")).StatusCode); // the second node reads it

        // Saved by the first node with a stamp from a clock far behind: the second node's catch-up does not read it.
        var lateFamily = World.UniqueName("Bakker", 6);
        var late = await _first.World.Case(user, World.Referral("Wiebke", lateFamily, dob: _first.LocalToday.AddYears(-15)));
        await _first.WithDb(async db =>
        {
            var youth = await db.Cases.Where(c => c.Id == late).Select(c => c.PersonId).SingleAsync();
            var longAgo = DateTime.UtcNow.AddDays(-3);
            await db.People.Where(p => p.Id == youth).ExecuteUpdateAsync(u => u.SetProperty(p => p.ChangedAt, longAgo));
        });
        foreach (var url in new[]
                 {
                     "/api/v1/cases?sort=Youth", "/api/v1/cases?sort=Born&dir=desc", "/api/v1/cases?age=From15To17",
                     "/api/v1/cases?age=From15To17&sort=Youth", "/api/v1/cases?sort=Opened", "/api/v1/referrals?sort=Youth",
                     "/api/v1/referrals?sort=Youth&dir=desc", $"/api/v1/search?q=Wiebke+{lateFamily}", "/Cases?sort=Youth", "/Intake/Referrals?sort=Youth&dir=desc",
                     $"/Search?q=Wiebke+{family}", $"/Cases/{late}",
                 })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        // The case is listed with its youth's name, read from the database, though the registry does not know the youth.
        var listed = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/cases?sort=Youth");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == late
            && i.GetProperty("youthName").GetString() == $"Wiebke {lateFamily}");
    }
}

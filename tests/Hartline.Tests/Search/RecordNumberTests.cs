using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Data;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Search;

/// <summary>
/// Referral and case numbers people can say ("R-2026-00042"): given once, in order, never twice, shown where the
/// record is, and found by the search box however they are typed — only within what the worker may see.
/// </summary>
public sealed class RecordNumberTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Theory]
    [InlineData("R-2026-00042", NumberedRecord.Referral, "R-2026-00042")]
    [InlineData("r-2026-42", NumberedRecord.Referral, "R-2026-00042")]
    [InlineData("R202600042", NumberedRecord.Referral, "R-2026-00042")]
    [InlineData("c 2026 17", NumberedRecord.Case, "C-2026-00017")]
    [InlineData(" C-2031-1234567 ", NumberedRecord.Case, "C-2031-1234567")]
    public void A_number_is_read_however_it_is_typed(string typed, NumberedRecord kind, string written)
    {
        Assert.Equal((kind, written), RecordNumbers.Read(typed));
    }

    [Theory]
    [InlineData("R-2026-0")]        // there is no number zero
    [InlineData("X-2026-00042")]    // not a kind of record
    [InlineData("R-26-00042")]      // the year has four digits
    [InlineData("Rivera")]
    [InlineData("R-2026-00042-7")]
    [InlineData("")]
    public void Other_text_is_not_a_number(string typed) => Assert.Null(RecordNumbers.Read(typed));

    [Fact]
    public async Task Numbers_are_given_in_order_once_each_even_when_many_are_taken_at_the_same_moment()
    {
        var taken = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => app.WithScope(sp =>
            sp.GetRequiredService<RecordNumbers>().NextAsync(NumberedRecord.Referral, 2031))));
        Assert.Equal(taken.Length, taken.Distinct().Count());
        var counts = taken.Select(n => int.Parse(n[^5..])).Order().ToList();
        // Consecutive: nothing else took referral numbers meanwhile in this test's database, or if it did, only before or after.
        Assert.Equal(counts[0] + taken.Length - 1, counts[^1]);
        Assert.All(taken, n => Assert.StartsWith("R-2031-", n));
    }

    [Fact]
    public async Task A_received_referral_and_an_opened_case_carry_their_numbers_and_the_search_finds_them()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator, World.Referral("Theodora", World.UniqueName("Abernathy"), dob: new DateOnly(2009, 6, 2)));
        var (referralNumber, caseNumber, personId) = await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            var c = await db.Cases.SingleAsync(c => c.Id == caseId);
            var r = await db.Referrals.SingleAsync(r => r.CaseId == caseId);
            return (r.Number!, c.Number!, c.PersonId);
        });
        Assert.Matches(@"^R-\d{4}-\d{5}$", referralNumber);
        Assert.Matches(@"^C-\d{4}-\d{5}$", caseNumber);

        var client = await World.SignedIn(investigator);
        // Shown where the record is: the case header and the referral page.
        Assert.Contains(caseNumber, await client.GetStringAsync($"/Cases/{caseId}"));
        foreach (var typed in new[] { referralNumber, referralNumber.ToLowerInvariant(), referralNumber.Replace("-", " "), caseNumber })
        {
            var youth = await SearchAsync(client, typed);
            Assert.Contains(youth, y => y.GetProperty("personId").GetGuid() == personId);
        }
        var hit = (await SearchAsync(client, caseNumber)).Single(y => y.GetProperty("personId").GetGuid() == personId);
        Assert.Contains("case number", hit.GetProperty("matched").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(caseNumber, hit.GetProperty("cases")[0].GetProperty("number").GetString());

        // Another agency's worker types the same number and learns nothing.
        var stranger = await World.User(Roles.Investigator, await World.Agency());
        Assert.Empty(await SearchAsync(await World.SignedIn(stranger), caseNumber));
        Assert.Empty(await SearchAsync(await World.SignedIn(stranger), referralNumber));
    }

    private static async Task<List<JsonElement>> SearchAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youth").EnumerateArray().ToList();
    }
}

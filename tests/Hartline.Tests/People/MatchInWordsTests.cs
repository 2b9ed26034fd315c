using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.People.Duplicates;
using Hartline.Linkage;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.People;

/// <summary>
/// A possible duplicate is explained in words, field by field, from the levels the linkage engine computed:
/// what agrees and what differs, with both spellings where the reader may see both records. The weights in
/// bits are for coordinators, out of the way.
/// </summary>
public sealed class MatchInWordsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static MatchWords Explain(PersonRecord a, PersonRecord b) =>
        MatchInWords.Describe(LinkageModel.Default.Explain(a, b).Fields.Select(f => new FieldFinding(f.Field, f.Level, f.Weight)),
            new MatchSide(a.GivenName, a.MiddleName, a.FamilyName, a.DateOfBirth, null), new MatchSide(b.GivenName, b.MiddleName, b.FamilyName, b.DateOfBirth, null));

    private static PersonRecord Person(string given, string family, DateOnly born) => new("x", given, null, family, born, null, null, null, null, null);

    [Fact]
    public void A_close_spelling_and_a_swapped_day_and_month_are_said_in_words_with_both_values()
    {
        var words = Explain(Person("Jasmin", "Rivera", new(2007, 3, 4)), Person("Jazmin", "Rivera", new(2007, 4, 3)));
        Assert.Contains("family name: same", words.Agrees);
        Assert.Contains(words.Agrees, w => w.StartsWith("first name: ") && w.EndsWith(" — Jasmin / Jazmin"));
        Assert.Contains("date of birth: day and month swapped — 2007-03-04 / 2007-04-03", words.Agrees);
        Assert.All(words.Agrees.Concat(words.Differs), w =>
            Assert.DoesNotMatch(@"bits|jaro|nysiis|edit-distance|GivenName|DateOfBirth|[+-][0-9]+\.[0-9]", w));
    }

    [Fact]
    public void A_nickname_swapped_names_and_a_different_date_read_as_people_say_them()
    {
        Assert.Contains("first name: nickname (Kate / Katherine)",
            Explain(Person("Kate", "Olsen", new(2006, 5, 1)), Person("Katherine", "Olsen", new(2006, 5, 1))).Agrees);

        var swapped = Explain(Person("Maria", "Lopez", new(2008, 1, 2)), Person("Lopez", "Maria", new(2008, 1, 2)));
        Assert.Contains("given and family names swapped (Maria Lopez / Lopez Maria)", swapped.Agrees.Concat(swapped.Differs));

        var differs = Explain(Person("Ana", "Quintero", new(2005, 2, 10)), Person("Ana", "Quintero", new(2009, 11, 23)));
        Assert.Contains("date of birth: different — 2005-02-10 / 2009-11-23", differs.Differs);
        Assert.DoesNotContain(differs.Agrees, w => w.StartsWith("date of birth"));
    }

    [Fact]
    public void Without_the_records_at_hand_the_words_quote_no_value()
    {
        var words = MatchInWords.Describe([new("GivenName", "jaro-winkler>=0.92", 10.1), new("FamilyName", "exact", 12.0), new("Sex", "missing", 0)]);
        Assert.Equal(["family name: same", "first name: close spelling"], words.Agrees);
        Assert.Empty(words.Differs);
    }

    [Fact]
    public async Task The_compare_page_says_what_agrees_and_keeps_the_weights_in_a_details_section()
    {
        var family = World.UniqueName("Wordpair", 16);
        var first = await app.World.Case(await app.World.User(Roles.Investigator, await app.World.Agency()), World.Referral("Jasmin", family, dob: new DateOnly(2007, 3, 4)));
        var second = await app.World.Case(await app.World.User(Roles.Investigator, await app.World.Agency()), World.Referral("Jazmin", family, dob: new DateOnly(2007, 4, 3)));
        // Queued as the registry run would queue it: with the engine's explanation of the two records.
        var pair = await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<Hartline.Data.HartlineDb>();
            var people = await db.People.Where(p => db.Cases.Any(c => (c.Id == first || c.Id == second) && c.PersonId == p.Id)).ToListAsync();
            var (a, b) = (Hartline.Features.People.Deduplication.RegistryIndex.ToRecord(people[0]), Hartline.Features.People.Deduplication.RegistryIndex.ToRecord(people[1]));
            var why = LinkageModel.Default.Explain(a, b);
            await sp.GetRequiredService<DuplicateReview>().RecordAsync(people[0].Id, people[1].Id, why.Probability, why, "test");
            var (x, y) = PossibleDuplicate.Order(people[0].Id, people[1].Id);
            return await db.PossibleDuplicates.Where(d => d.PersonAId == x && d.PersonBId == y).Select(d => d.Id).SingleAsync();
        });
        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        var page = Forms.Html(await coordinator.GetStringAsync($"/People/Duplicates/{pair}"));
        var why = page.QuerySelector("section[aria-labelledby=h-why]")!;
        var words = why.QuerySelectorAll("ul li").Select(li => li.TextContent).ToList();
        Assert.Contains($"family name: same", words);
        Assert.Contains(words, w => w.StartsWith("date of birth: day and month swapped"));
        var details = why.QuerySelector("details")!;
        Assert.Contains("bits", details.TextContent);
        details.Remove();
        Assert.DoesNotMatch("bits|GivenName|edit-distance|jaro", why.TextContent); // codes and weights only in the details

        // The same words come with the pair in the API.
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/people/possible-duplicates/{pair}");
        Assert.Contains("family name: same", api.GetProperty("words").GetProperty("agrees").EnumerateArray().Select(e => e.GetString()));
    }
}

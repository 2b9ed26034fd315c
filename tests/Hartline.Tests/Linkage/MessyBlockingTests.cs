using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>Pairs that lack the date of birth or a name are still proposed by some blocking rule.</summary>
public sealed class MessyBlockingTests
{
    private static readonly DateOnly Born = new(2007, 3, 14);

    private static PersonRecord Record(string id, string? given, string? family, DateOnly? born, string? postcode = null,
        string? email = null, PersonIdentifier[]? ids = null) =>
        new(id, given, null, family, born, "F", null, null, postcode, null, email, ids);

    /// <summary>The rules that propose the pair, by name (empty when none does).</summary>
    private static string[] Proposing(PersonRecord a, PersonRecord b, BlockingRule[]? rules = null)
    {
        PreparedPerson x = new(a), y = new(b);
        return [.. (rules ?? BlockingRules.Batch).Where(r => r.Key(x) is var k && k != 0 && k == r.Key(y)).Select(r => r.Name)];
    }

    [Fact]
    public void No_date_and_no_given_name_on_one_side_is_still_proposed_by_the_home_or_the_email()
    {
        var a = new PersonRecord("a", null, null, "Okafor", null, "F", "12 Elm St", null, "06106", null, "liz.okafor@gmail.com");
        var b = new PersonRecord("b", "Elizabeth", null, "Okafor", Born, "F", "12 Elm Street", null, "06106", null);
        Assert.Contains("address+family-initial", Proposing(a, b));
        Assert.Equal(["email"], Proposing(a with { Address = null }, b with { Address = null, FamilyName = "Adeyemi", Email = "Liz.Okafor@gmail.com" }));
    }

    [Fact]
    public void A_shared_email_or_identifier_is_enough_without_names_or_date()
    {
        Assert.Equal(["email"], Proposing(Record("a", null, null, null, email: "Liz@Mail.com "), Record("b", "Kevin", "Walker", Born, email: "liz@mail.com")));
        // One record holds two kinds, the other only one of them (whichever sorts first): they meet
        // in the first-kind or the last-kind rule.
        var both = Record("a", null, null, null, ids: [new("dcf", "7001234"), new("sasid", "1000000007")]);
        var sasidOnly = Record("b", "Kevin", null, null, ids: [new("SASID", "1000 000 007")]);
        var dcfOnly = Record("c", "Kevin", null, null, ids: [new("dcf", "700-1234")]);
        Assert.Single(Proposing(both, sasidOnly), r => r.StartsWith("identifier-", StringComparison.Ordinal));
        Assert.Single(Proposing(both, dcfOnly), r => r.StartsWith("identifier-", StringComparison.Ordinal));
        // The same number under another kind proposes nothing.
        Assert.Empty(Proposing(Record("a", null, null, null, ids: [new("dcf", "7001234")]), Record("b", null, null, null, ids: [new("state", "7001234")])));
    }

    [Fact]
    public void Slips_in_both_names_and_the_month_are_proposed_in_one_postcode_by_the_index()
    {
        PersonRecord a = Record("a", "Julie", "Robison", new DateOnly(2012, 4, 24), "06010"), b = Record("b", "Julei", "Robinson", new DateOnly(2012, 7, 24), "06010");
        Assert.Equal(["postcode+initials+birth-year"], Proposing(a, b, BlockingRules.Interactive));
        // A batch leaves this rule out: 1.8M candidate pairs at 1M for a hundred true pairs no other rule finds.
        Assert.Empty(Proposing(a, b));
    }

    [Fact]
    public void One_home_without_a_name_to_go_by_is_proposed_by_the_address()
    {
        // No name in common (blank on one side, another name on the other), the year mistyped and the
        // day and month swapped: the address and the day and month in either order still agree.
        var a = new PersonRecord("a", null, null, "Romano", new DateOnly(2011, 7, 8), "F", "58 Bank Ave Apt 4D", null, null, null);
        var b = new PersonRecord("b", "Theresa", null, null, new DateOnly(2001, 8, 7), "F", "58 Bank Avenue Apt 4D", null, null, null);
        Assert.Equal(["address+birth-day-month"], Proposing(a, b));
        // No date at all: the address within its postcode (one household).
        var c = new PersonRecord("c", null, null, "Jessie Anderosn", null, "F", "68 Pearl St", "Waterbury", "06702", null);
        var d = new PersonRecord("d", "Jessie", null, "Anderson", null, "F", "68 Pearl Street", null, "06702", null);
        Assert.Equal(["address+postcode"], Proposing(c, d));
        // The same street address in another town is another home.
        Assert.Empty(Proposing(c, d with { Postcode = "06010" }));
    }

    [Fact]
    public void The_batch_finds_them_as_candidates()
    {
        PreparedPerson[] people =
        [
            new(Record("a", null, "Okafor", null, "06106", email: "liz@mail.com")),
            new(Record("b", "Elizabeth", "Okafor", Born, "06106", email: "LIZ@mail.com")),
            new(Record("c", "Kevin", "Walker", new DateOnly(2010, 1, 2), "06604")),
        ];
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(1, candidates.Count);
        Assert.Equal((0, 1), (PairPacking.First(candidates.Pairs[0]), PairPacking.Second(candidates.Pairs[0])));
    }
}

using Hartline.Linkage;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>E-mail and identifier levels: exact, one slip, different, and nothing when either side lacks one.</summary>
public sealed class HeldIdentifierTests
{
    private static PersonRecord Person(string? email = null, params PersonIdentifier[] ids) =>
        new("x", "Maria", null, "Rodriguez", new DateOnly(2007, 3, 14), "F", null, null, null, null, email, ids);

    private static string Level(PersonRecord a, PersonRecord b, int field) =>
        Fields.Levels[field][Fields.Level(PairComparer.Compare(new PreparedPerson(a), new PreparedPerson(b)), field)];

    [Theory]
    [InlineData("maria.r@gmail.com", "maria.r@gmail.com", "exact")]
    [InlineData(" Maria.R@Gmail.com ", "maria.r@gmail.com", "exact")]      // case and spaces are how it was typed
    [InlineData("maria.r@gmail.com", "mari.r@gmail.com", "one-edit")]
    [InlineData("maria.r@gmail.com", "amria.r@gmail.com", "one-edit")]     // letters transposed
    [InlineData("maria.r@gmail.com", "maria.r@yahoo.com", "different")]
    [InlineData("maria.r07@gmail.com", "maria.r08@gmail.com", "different")]  // the number tells two Marias apart
    [InlineData("maria.r@gmail.com", "maria.r1@gmail.com", "different")]
    [InlineData("maria.r07@gmail.com", "mari.r07@gmail.com", "one-edit")]    // a slip in the letters, the number kept
    [InlineData("maria.r@gmail.com", null, "missing")]
    [InlineData("maria.r@gmail.com", "   ", "missing")]
    [InlineData("not an address", "not an address", "missing")]           // no '@': not evidence
    public void Email_levels(string? a, string? b, string expected) =>
        Assert.Equal(expected, Level(Person(a), Person(b), Fields.Email));

    [Theory]
    [InlineData("dcf", "1234567", "dcf", "1234567", "exact")]
    [InlineData("DCF", "123-4567", "dcf ", "1234567", "exact")]            // kind and value normalised
    [InlineData("dcf", "1234567", "dcf", "1234576", "one-edit")]           // digits transposed
    [InlineData("dcf", "1234567", "dcf", "1239567", "one-edit")]           // one digit wrong
    [InlineData("dcf", "1234567", "dcf", "7654321", "different")]
    [InlineData("dcf", "1234567", "sasid", "1234567", "missing")]          // other kinds never compare
    [InlineData("dcf", "123", "dcf", "124", "different")]                  // too short for a slip to count
    public void Identifier_levels(string kindA, string valueA, string kindB, string valueB, string expected) =>
        Assert.Equal(expected, Level(Person(null, new PersonIdentifier(kindA, valueA)), Person(null, new PersonIdentifier(kindB, valueB)), Fields.Identifier));

    [Fact]
    public void The_best_agreement_over_shared_kinds_counts()
    {
        var a = Person(null, new("dcf", "1234567"), new("sasid", "1000000001"));
        var b = Person(null, new("sasid", "1000000001"), new("dcf", "7654321"));
        Assert.Equal("exact", Level(a, b, Fields.Identifier));
        Assert.Equal("missing", Level(a, Person(), Fields.Identifier));
    }

    [Fact]
    public void A_shared_identifier_outweighs_a_blank_name_and_date()
    {
        var model = LinkageModel.Default;
        var held = new PersonRecord("a", null, null, "Rodriguez", null, "F", null, null, null, null, "maria.r@gmail.com", [new("dcf", "1234567")]);
        var same = new PersonRecord("b", "Maria", null, "Rodriguez", new DateOnly(2007, 3, 14), "F", null, null, null, null, "Maria.R@gmail.com ", [new("dcf", "123-4567")]);
        var stranger = same with { Email = null, Identifiers = [new("dcf", "7654321")] };
        Assert.True(model.Explain(held, same).Probability > 0.99);
        Assert.True(model.Explain(held, stranger).Probability < model.Explain(held, same).Probability);
        Assert.True(model.Explain(held, stranger).Fields.Single(f => f.Field == "Identifier").Weight < 0);
        // The blank given name and date are no evidence either way.
        Assert.Equal(0, model.Explain(held, same).Fields.Single(f => f.Field == "GivenName").Weight);
        Assert.Equal(0, model.Explain(held, same).Fields.Single(f => f.Field == "DateOfBirth").Weight);
    }

    [Fact]
    public void The_index_finds_a_person_by_email_or_identifier_alone()
    {
        var index = new PersonIndex(LinkageModel.Default);
        var (records, _) = SyntheticPeople.Make(300, seed: 5);
        foreach (var record in records) index.Add(record);
        index.Add(new PersonRecord("target", "Elizabeth", null, "Okafor", new DateOnly(2007, 3, 4), "F", null, null, null, null,
            "liz.okafor@gmail.com", [new("dcf", "7001234")]));

        // Another family name, no date: only the e-mail or the number ties them.
        var byEmail = index.Find(new PersonRecord("q", "Liz", null, "Adeyemi", null, "F", null, null, null, null, " LIZ.OKAFOR@gmail.com"), minProbability: 0.01);
        Assert.Equal("target", Assert.Single(byEmail, m => m.Id == "target").Id);
        var byNumber = index.Find(new PersonRecord("q", null, null, "Adeyemi", null, null, null, null, null, null, null, [new("DCF", "700-1234")]), minProbability: 0.01);
        Assert.Contains(byNumber, m => m.Id == "target");
    }
}

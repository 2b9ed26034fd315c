using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>The shared-part family level, the residence correction and the blocking rules added with them.</summary>
public sealed class TuningTests
{
    private static PreparedPerson P(string given, string family, DateOnly? born, string? postcode = "06106", string? phone = null,
        string? address = null, string? city = null) =>
        new(new PersonRecord("x", given, null, family, born, "F", address, city, postcode, phone));

    [Theory]
    [InlineData("Del Valle Orellana", "Orellana")]
    [InlineData("Rivera Madrigal", "Madergial")]
    [InlineData("Rodríguez-Rivera", "Rivera")]
    public void A_double_family_name_cut_to_one_part_shares_a_part(string whole, string part)
    {
        var born = new DateOnly(2008, 1, 2);
        var gamma = PairComparer.Compare(P("Ana", whole, born), P("Ana", part, born));
        Assert.Equal(NameLevel.SharedPart, Fields.Level(gamma, Fields.Family));
    }

    [Fact]
    public void Particles_alone_are_not_a_shared_part()
    {
        var born = new DateOnly(2008, 1, 2);
        var gamma = PairComparer.Compare(P("Ana", "De la Cruz", born), P("Ana", "De la Torre", born));
        Assert.NotEqual(NameLevel.SharedPart, Fields.Level(gamma, Fields.Family));
    }

    [Fact]
    public void A_move_counts_once_against_a_pair()
    {
        var model = LinkageModel.Default;
        var born = new DateOnly(2008, 1, 2);
        var a = P("Ana", "Quintero", born, "06106", "860-555-0101", "12 Oak St", "Hartford");
        var b = P("Ana", "Quintero", born, "06901", "203-555-0199", "9 Elm Rd", "Stamford");
        var gamma = PairComparer.Compare(a, b);
        int[] home = [Fields.Postcode, Fields.Phone, Fields.Address, Fields.City];
        var strongest = home.Min(f => model.LevelWeight(f, Fields.Level(gamma, f)));
        var plain = Enumerable.Range(0, Fields.Count).Sum(f => model.LevelWeight(f, Fields.Level(gamma, f)));
        var homeSum = home.Sum(f => model.LevelWeight(f, Fields.Level(gamma, f)));
        Assert.Equal(plain - homeSum + strongest, model.Weight(gamma, NameFrequency.None), 9);
        var explained = model.Explain(new PersonRecord("a", "Ana", null, "Quintero", born, "F", "12 Oak St", "Hartford", "06106", "860-555-0101"),
            new PersonRecord("b", "Ana", null, "Quintero", born, "F", "9 Elm Rd", "Stamford", "06901", "203-555-0199"));
        Assert.Equal(explained.MatchWeight, explained.Fields.Sum(f => f.Weight), 9);
    }

    [Theory]
    // Mary / Maria and Santiago / Rivera keep the older rules (same given name, same family initial) out of the way.
    [InlineData("Mary", "Santiago Rivera", "Rivera", "2008-01-02", "2008-01-02", "family-last-part-sound+dob")]
    // Without a date, the sorted names (the batch's replacement for a block of given name and family sound).
    [InlineData("Maria", "Lopez", "Lopez", "2008-01-02", null, "given-family-sorted")]
    public void New_rules_make_their_pairs(string givenA, string familyA, string familyB, string bornA, string? bornB, string rule)
    {
        PreparedPerson[] people =
        [
            P(givenA, familyA, DateOnly.Parse(bornA), postcode: null),
            P("Maria", familyB, bornB is null ? null : DateOnly.Parse(bornB), postcode: null),
        ];
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(1, candidates.Count);
        Assert.Equal(rule, BlockingRules.Batch[PairPacking.Rule(candidates.Pairs[0])].Name);
    }

    [Fact]
    public void Swapped_names_with_a_wrong_year_are_a_candidate()
    {
        PreparedPerson[] people = [P("Maria", "Lopez", new DateOnly(2008, 1, 2), null), P("Lopez", "Maria", new DateOnly(2009, 3, 4), null)];
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(0, candidates.Count); // different years: no rule without the date covers swapped names
        people = [P("Maria", "Lopez", new DateOnly(2008, 1, 2), null), P("Lopez", "Maria", new DateOnly(2008, 3, 4), null)];
        candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal("names-either-order+birth-year", BlockingRules.Batch[PairPacking.Rule(candidates.Pairs[0])].Name);
    }
}

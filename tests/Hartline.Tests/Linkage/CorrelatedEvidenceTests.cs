using Hartline.Linkage;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>
/// Evidence that was counted twice and let different people through at 1M records: the name-order
/// level on top of the crosswise name agreement, a family name's rarity among given names, and a
/// city on top of its postcode.
/// </summary>
public sealed class CorrelatedEvidenceTests
{
    private static readonly PersonRecord Diego =
        new("a", "Diego", null, "Molina", new DateOnly(2010, 12, 31), "M", "49 Pearl Dr", "Bridgeport", "06604", null);

    [Fact]
    public void Swapped_names_are_no_evidence_of_their_own()
    {
        var swapped = Diego with { Id = "b", GivenName = "Molina", FamilyName = "Diego" };
        var explanation = LinkageModel.Default.Explain(Diego, swapped);
        var order = explanation.Fields.Single(f => f.Field == "NameOrder");
        Assert.Equal("swapped", order.Level);
        Assert.True(order.Weight < 0, $"swapped order weighs {order.Weight}");
        // The crosswise names still count: with the rest agreeing it is a match.
        Assert.True(explanation.Probability > 0.99);
    }

    [Fact]
    public void Swapped_names_with_another_birth_date_and_home_do_not_match()
    {
        var stranger = new PersonRecord("b", "Molina", null, "Diego", new DateOnly(2010, 7, 11), "M", "819 Capitol Ct", "Stratford", "06615", null);
        Assert.True(LinkageModel.Default.Explain(Diego, stranger).Probability < 0.5);
    }

    [Fact]
    public void A_name_compared_across_boxes_is_as_common_as_in_either_box()
    {
        var frequencies = new TermFrequencies();
        for (var i = 0; i < 9; i++) frequencies.Add(new PreparedPerson(Diego with { GivenName = "Ana" + (char)('a' + i) }));
        frequencies.Add(new PreparedPerson(Diego with { GivenName = "Molina", FamilyName = "Ruiz" }));
        var of = frequencies.Of(new PreparedPerson(Diego with { GivenName = "Molina", FamilyName = "Ruiz" }));
        Assert.Equal(0.1, of.Given, 9);              // rare as a given name…
        Assert.Equal(0.9, of.GivenAnyBox, 9);        // …common as a family name
        Assert.Equal(0.1, of.For(Fields.Given, swapped: false), 9);
        Assert.Equal(0.9, of.For(Fields.Given, swapped: true), 9);
    }

    [Fact]
    public void A_city_adds_nothing_to_a_shared_postcode()
    {
        var model = LinkageModel.Default;
        var sameBoth = PairComparer.Compare(new PreparedPerson(Diego), new PreparedPerson(Diego with { Id = "b" }));
        var cityWeight = model.LevelWeight(Fields.City, 1);
        Assert.True(cityWeight > 0);
        Assert.Equal(-cityWeight, model.SamePlaceCorrection(sameBoth), 9);
        // Without a shared postcode the city still counts.
        var cityOnly = PairComparer.Compare(new PreparedPerson(Diego), new PreparedPerson(Diego with { Id = "b", Postcode = "06606" }));
        Assert.Equal(0, model.SamePlaceCorrection(cityOnly));
    }

    [Fact]
    public void Swapped_names_cost_one_bit_not_the_rate_of_swapping()
    {
        // Strangers agree crosswise only when one of them was swapped too: only the second alignment is left.
        var model = LinkageModel.Default;
        Assert.Equal(-LinkageModel.SecondAlignment, model.LevelWeight(Fields.NameOrder, 2), 9);
    }

    [Fact]
    public void A_near_match_of_a_rare_name_weighs_more_than_one_of_a_common_name()
    {
        var model = LinkageModel.Default;
        // Yaritza / Yairtza: the commoner spelling decides, and it is rare.
        var rare = model.NearMatchAdjustment(Fields.Given, 1e-5, 1e-6);
        // Maria / Mariah: a common name.
        var common = model.NearMatchAdjustment(Fields.Given, 0.05, 0.001);
        Assert.True(rare > 0 && common < 0, $"rare {rare}, common {common}");
        // Half what exact agreement on the same name would get.
        Assert.Equal(model.FrequencyAdjustment(Fields.Given, 1e-5) / 2, rare, 9);
        // Without both frequencies (the typo alone would look unique) nothing changes.
        Assert.Equal(0, model.NearMatchAdjustment(Fields.Given, 1e-6, 0));
    }
}

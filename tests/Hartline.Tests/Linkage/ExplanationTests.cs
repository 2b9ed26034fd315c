using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

public sealed class ExplanationTests
{
    private static readonly PersonRecord Maria =
        new("a", "Maria", null, "Rodriguez", new DateOnly(2007, 3, 4), "F", "12 Elm St", "Hartford", "06106", "860 555 1234");

    [Fact]
    public void The_field_weights_add_up_to_the_match_weight()
    {
        var other = Maria with { Id = "b", GivenName = "Mariah", DateOfBirth = new DateOnly(2007, 4, 3), Phone = null };
        var explanation = LinkageModel.Default.Explain(Maria, other);
        Assert.Equal(explanation.MatchWeight, explanation.Fields.Sum(f => f.Weight), 9);
        Assert.Equal(12, explanation.Fields.Count);
        Assert.Equal("day-month-swapped", explanation.Fields.Single(f => f.Field == "DateOfBirth").Level);
    }

    [Fact]
    public void Missing_values_weigh_nothing()
    {
        var other = Maria with { Id = "b", Phone = null, Address = null };
        var explanation = LinkageModel.Default.Explain(Maria, other);
        Assert.Equal(0, explanation.Fields.Single(f => f.Field == "Phone").Weight);
        Assert.Equal("missing", explanation.Fields.Single(f => f.Field == "Address").Level);
        Assert.Equal(0, explanation.Fields.Single(f => f.Field == "MiddleName").Weight);
    }

    [Fact]
    public void Agreement_adds_weight_and_disagreement_removes_it()
    {
        var same = LinkageModel.Default.Explain(Maria, Maria with { Id = "b" });
        var different = LinkageModel.Default.Explain(Maria,
            new PersonRecord("c", "Kevin", null, "Walker", new DateOnly(2010, 11, 23), "M", "7 Oak Ave", "Bridgeport", "06604", "203 555 9876"));
        // Names in their own boxes is the usual case, barely evidence at all (about -0.04 bits), so it is left out.
        // A city shared along with the postcode is implied by it and weighs nothing (see SamePlaceCorrection).
        Assert.All(same.Fields.Where(f => f.Level is not ("missing" or "as-entered") && f.Field != "City"), f => Assert.True(f.Weight > 0, f.Field));
        Assert.Equal(0, same.Fields.Single(f => f.Field == "City").Weight);
        Assert.All(different.Fields.Where(f => f.Level is not ("missing" or "as-entered")), f => Assert.True(f.Weight < 0, f.Field));
        Assert.True(same.Probability > 0.99);
        Assert.True(different.Probability < 0.001);
    }
}

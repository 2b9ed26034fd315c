using Hartline.Linkage.Candidates;

namespace Hartline.Tests.Linkage;

public sealed class CandidateScorerTests
{
    private static readonly DateOnly Born = new(2007, 3, 14);

    private static CandidateMatch Compare(string? given, string? family, DateOnly? born, string? otherGiven, string? otherFamily, DateOnly? otherBorn) =>
        CandidateScorer.Compare(new PersonFacts(given, family, born), new PersonFacts(otherGiven, otherFamily, otherBorn));

    [Fact]
    public void The_same_record_scores_one()
    {
        var match = Compare("María", "Rodríguez", Born, "Maria", "RODRIGUEZ", Born);
        Assert.Equal(1.0, match.Score);
        Assert.Equal(["same family name", "same given name", "same date of birth"], match.Reasons);
    }

    [Theory]
    [InlineData("Rodriguez", "Rodrigues", "family name sounds alike (NYSIIS RADRAG)")]
    [InlineData("Rodriguez", "Rodriquez", "family name sounds alike (NYSIIS RADRAG)")]
    [InlineData("Rodriguez", "Rodirguez", "family name spelled alike (Jaro–Winkler 0.97)")]
    [InlineData("Cruz", "Crux", "family name one typing error apart")]
    [InlineData("Santiago", "Snatiagi", "family name 2 typing errors apart")]
    public void A_misspelled_family_name_with_the_same_birth_date_is_suggested(string family, string misspelled, string reason)
    {
        var match = Compare("Maria", family, Born, "Maria", misspelled, Born);
        Assert.True(match.Score >= CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Contains(reason, match.Reasons);

        // Still suggested when the given name was not recorded on one side.
        Assert.True(Compare(null, family, Born, "Maria", misspelled, Born).Score >= CandidateScorer.SuggestThreshold);
    }

    [Fact]
    public void Swapped_day_and_month_of_birth_is_suggested()
    {
        var match = Compare("Kevin", "Smith", new DateOnly(2008, 4, 3), "Kevin", "Smith", new DateOnly(2008, 3, 4));
        Assert.True(match.Score >= CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Contains("day and month of birth swapped", match.Reasons);
    }

    [Fact]
    public void Another_youth_with_the_same_common_given_name_is_not_suggested()
    {
        var match = Compare("Maria", "Rodriguez", Born, "Maria", "Santiago", new DateOnly(2005, 10, 22));
        Assert.True(match.Score < CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Contains("same given name", match.Reasons);
        Assert.Contains("different family name", match.Reasons);
        Assert.Contains("different date of birth", match.Reasons);

        // Born the same month does not change that.
        Assert.True(Compare("Maria", "Rodriguez", Born, "Maria", "Santiago", new DateOnly(2007, 3, 2)).Score < CandidateScorer.SuggestThreshold);
    }

    [Fact]
    public void The_same_names_with_a_different_birth_date_are_not_suggested() =>
        Assert.True(Compare("Maria", "Rodriguez", Born, "Maria", "Rodriguez", new DateOnly(2005, 10, 22)).Score < CandidateScorer.SuggestThreshold);

    [Fact]
    public void A_birth_date_alone_with_another_given_name_is_not_suggested() =>
        Assert.True(Compare("Jo", null, Born, "Maria", "Rodriguez", Born).Score < CandidateScorer.SuggestThreshold);

    [Fact]
    public void Given_and_family_names_entered_the_wrong_way_round_are_suggested()
    {
        var match = Compare("Lopez", "Maria", Born, "Maria", "Lopez", Born);
        Assert.True(match.Score >= CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Equal("given and family names swapped", match.Reasons[0]);
        Assert.Contains("same family name", match.Reasons);

        // Slightly less certain than names in the right boxes.
        Assert.True(match.Score < Compare("Maria", "Lopez", Born, "Maria", "Lopez", Born).Score);
        // And found without a birth date too.
        Assert.True(Compare("Lopez", "Maria", null, "Maria", "Lopez", Born).Score >= CandidateScorer.SuggestThreshold);
    }

    [Fact]
    public void A_missing_birth_date_is_neutral()
    {
        var exact = Compare("Maria", "Rodriguez", Born, "Maria", "Rodriguez", Born).Score;
        var different = Compare("Maria", "Rodriguez", Born, "Maria", "Rodriguez", new DateOnly(2005, 10, 22)).Score;
        var missing = Compare("Maria", "Rodriguez", null, "Maria", "Rodriguez", Born);

        // Halfway between agreeing and disagreeing, whichever side lacks the date.
        Assert.Equal((exact + different) / 2, missing.Score, 3);
        Assert.Equal(missing.Score, Compare("Maria", "Rodriguez", Born, "Maria", "Rodriguez", null).Score);
        Assert.Equal(missing.Score, Compare("Maria", "Rodriguez", null, "Maria", "Rodriguez", null).Score);
        Assert.Contains("no date of birth to compare", missing.Reasons);
        Assert.True(missing.Score >= CandidateScorer.SuggestThreshold);
    }

    [Fact]
    public void A_missing_name_is_neutral()
    {
        var exact = Compare("Maria", "Rodriguez", Born, "Maria", "Rodriguez", Born).Score;
        var different = Compare("Maria", "Rodriguez", Born, "Ana", "Rodriguez", Born).Score;
        var missing = Compare(null, "Rodriguez", Born, "Maria", "Rodriguez", Born);
        Assert.Equal((exact + different) / 2, missing.Score, 3);
        Assert.Contains("no given name to compare", missing.Reasons);
    }

    [Theory]
    [InlineData("Bill", "William")]
    [InlineData("Chuy", "Jesús")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("William James", "Bill")]
    public void A_nickname_counts_as_the_given_name(string given, string otherGiven)
    {
        var match = Compare(given, "Jones", Born, otherGiven, "Jones", Born);
        Assert.True(match.Score >= CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Contains(match.Reasons, r => r.StartsWith("given names are forms of one name", StringComparison.Ordinal));
    }

    [Fact]
    public void One_part_of_a_double_family_name_is_enough()
    {
        var match = Compare("Ana", "Rodríguez López", Born, "Ana", "Rodriguez", Born);
        Assert.True(match.Score >= CandidateScorer.SuggestThreshold, $"{match.Score}");
        Assert.Contains("family names share a part", match.Reasons);

        // Sharing only a connecting word is not sharing a name.
        Assert.Contains("different family name", Compare("Ana", "De Jesus", Born, "Ana", "De Leon", Born).Reasons);
    }

    [Fact]
    public void Short_names_are_not_stretched_to_match()
    {
        // Two edits turn Ana into Eva; short names are allowed one.
        Assert.Contains("different given name", Compare("Ana", "Cruz", Born, "Eva", "Cruz", Born).Reasons);
    }

    [Fact]
    public void Scores_stay_between_zero_and_one_and_rank_the_better_match_first()
    {
        var facts = new[]
        {
            new PersonFacts("Maria", "Rodriguez", Born),
            new PersonFacts("Mari", "Rodrigues", Born),
            new PersonFacts("Maria", "Rodriguez", new DateOnly(2007, 4, 14)),
            new PersonFacts(null, "Rodriguez", null),
            new PersonFacts("Kevin", "Smith", new DateOnly(2001, 1, 1)),
            new PersonFacts(null, null, null),
        };
        foreach (var a in facts)
            foreach (var b in facts)
                Assert.InRange(CandidateScorer.Compare(a, b).Score, 0, 1);

        var query = facts[0];
        var ranked = facts.OrderByDescending(f => CandidateScorer.Compare(query, f).Score).ToList();
        Assert.Equal(facts[0], ranked[0]);
        Assert.Equal(facts[4], ranked[^1]);
    }

    [Theory]
    [InlineData(null, "Ro", null, true)]
    [InlineData(null, "Ñu", null, true)]
    [InlineData(null, "R", null, false)]
    [InlineData(null, "R.", null, false)]
    [InlineData("Jo", null, "2007-03-14", true)]
    [InlineData("Jo", null, null, false)]
    [InlineData("J", "", "2007-03-14", false)]
    [InlineData(null, null, "2007-03-14", false)]
    [InlineData(null, null, null, false)]
    [InlineData("  ", " - ", null, false)]
    public void Searches_only_on_enough_to_go_on(string? given, string? family, string? born, bool plausible) =>
        Assert.Equal(plausible, CandidateScorer.IsPlausible(new PersonFacts(given, family, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture))));
}

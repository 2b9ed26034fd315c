using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

public sealed class JaroWinklerTests
{
    // Published examples (Winkler; the usual textbook pairs), to three decimals.
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944, 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.822, 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.767, 0.813)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.896, 0.896)]
    public void Matches_known_values(string a, string b, double jaro, double jaroWinkler)
    {
        Assert.Equal(jaro, JaroWinkler.Jaro(a, b), 3);
        Assert.Equal(jaroWinkler, JaroWinkler.Similarity(a, b), 3);
        Assert.Equal(jaroWinkler, JaroWinkler.Similarity(b, a), 3);
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("maria", "maria", 1.0)]
    [InlineData("", "maria", 0.0)]
    [InlineData("maria", "", 0.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Handles_edge_cases(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 6);

    [Fact]
    public void A_shared_start_does_not_lift_a_low_score()
    {
        // Jaro 2/3 is under the 0.7 boost threshold: no prefix bonus for the shared "a".
        Assert.Equal(2.0 / 3, JaroWinkler.Jaro("ab", "ac"), 6);
        Assert.Equal(2.0 / 3, JaroWinkler.Similarity("ab", "ac"), 6);
    }

    [Fact]
    public void The_prefix_bonus_stops_after_four_characters()
    {
        // Same Jaro score; the longer shared start earns no more than four characters' worth.
        var jaro = JaroWinkler.Jaro("abcdefgx", "abcdefgy");
        Assert.Equal(jaro + 4 * 0.1 * (1 - jaro), JaroWinkler.Similarity("abcdefgx", "abcdefgy"), 9);
    }

    [Fact]
    public void Stays_within_zero_and_one_for_long_strings()
    {
        var a = new string('a', 300) + "xyz";
        var b = new string('a', 300) + "zyx";
        var similarity = JaroWinkler.Similarity(a, b);
        Assert.InRange(similarity, 0.99, 1.0);
        Assert.Equal(similarity, JaroWinkler.Similarity(b, a), 9);
    }

    [Fact]
    public void Is_case_sensitive_so_callers_fold_first() =>
        Assert.Equal(1.0, JaroWinkler.Similarity(NameFolding.Fold("Gonzalez"), NameFolding.Fold("GONZÁLEZ")));
}

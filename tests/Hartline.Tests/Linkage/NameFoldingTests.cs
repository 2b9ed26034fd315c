using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("José", "jose")]
    [InlineData("NÚÑEZ", "nunez")]
    [InlineData("Zoë", "zoe")]
    [InlineData("François", "francois")]
    [InlineData("Gonçalves", "goncalves")]
    [InlineData("Jose\u0301", "jose")] // already decomposed: e + combining acute
    [InlineData("Straße", "strasse")]
    [InlineData("Łukasz Øster", "lukaszoster")]
    [InlineData("Nguyễn Thị Ánh", "nguyenthianh")]
    [InlineData("Mary-Jane", "maryjane")]
    [InlineData("Mary Jane", "maryjane")]
    [InlineData("MaryJane", "maryjane")]
    [InlineData("O'Neill", "oneill")]
    [InlineData("O’Neill", "oneill")]
    [InlineData("  de la Cruz, Jr. ", "delacruzjr")]
    [InlineData("R2-D2", "rd")]
    [InlineData("---", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_to_lower_case_letters_without_accents(string? name, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(name));

    [Fact]
    public void Keeps_letters_of_other_scripts_lower_cased() =>
        Assert.Equal("ωμέγα", NameFolding.Fold("ΩΜΈΓΑ"));

    [Fact]
    public void Returns_an_already_folded_name_without_copying()
    {
        var folded = "rodriguez";
        Assert.Same(folded, NameFolding.Fold(folded));
        Assert.True(NameFolding.IsFolded(folded));
        Assert.False(NameFolding.IsFolded("Rodriguez"));
    }

    [Fact]
    public void Folding_twice_changes_nothing()
    {
        foreach (var name in new[] { "José María", "Ñúñez-Ávila", "O'Brien", "Straße" })
            Assert.Equal(NameFolding.Fold(name), NameFolding.Fold(NameFolding.Fold(name)));
    }

    [Theory]
    [InlineData("Mary-Jane", new[] { "mary", "jane" })]
    [InlineData("Mary  Jane", new[] { "mary", "jane" })]
    [InlineData(" de la Cruz ", new[] { "de", "la", "cruz" })]
    [InlineData("O'Neill-Díaz", new[] { "oneill", "diaz" })]
    [InlineData("Rodríguez López", new[] { "rodriguez", "lopez" })]
    [InlineData("José", new[] { "jose" })]
    [InlineData(" - ", new string[0])]
    public void Splits_into_folded_tokens(string name, string[] expected) =>
        Assert.Equal(expected, NameFolding.Tokens(name));

    [Fact]
    public void Tokens_of_nothing_are_empty()
    {
        Assert.Empty(NameFolding.Tokens(null));
        Assert.Empty(NameFolding.Tokens(""));
    }

    [Fact]
    public void Hyphenated_and_spaced_double_names_compare_both_ways()
    {
        Assert.Equal(NameFolding.Fold("Mary-Jane"), NameFolding.Fold("Mary Jane"));
        Assert.Equal(NameFolding.Tokens("Mary-Jane"), NameFolding.Tokens("Mary Jane"));
    }

    [Fact]
    public void Folds_names_longer_than_the_stack_buffer()
    {
        var name = string.Concat(Enumerable.Repeat("Ñúñez-", 100));
        Assert.Equal(string.Concat(Enumerable.Repeat("nunez", 100)), NameFolding.Fold(name));
        Assert.Equal(100, NameFolding.Tokens(name).Count);
    }
}

using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

public sealed class NicknamesTests
{
    [Theory]
    [InlineData("Bill", "William")]
    [InlineData("Billy", "Will")]
    [InlineData("Liz", "Elizabeth")]
    [InlineData("Bob", "Robert")]
    [InlineData("Kate", "Katherine")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Pepe", "José")]
    [InlineData("Lupe", "Guadalupe")]
    [InlineData("Chuy", "Jesús")]
    [InlineData("Paco", "Francisco")]
    [InlineData("Pancho", "Paco")]
    [InlineData("Nacho", "Ignacio")]
    [InlineData("Memo", "Guillermo")]
    [InlineData("Beto", "Alberto")]
    [InlineData("Beto", "Roberto")]
    [InlineData("Alex", "Alejandro")]
    [InlineData("Alex", "Alexander")]
    [InlineData("JOSÉ", "pepe")]
    public void Knows_common_variants_both_ways(string a, string b)
    {
        Assert.True(Nicknames.AreVariants(a, b));
        Assert.True(Nicknames.AreVariants(b, a));
    }

    [Theory]
    [InlineData("William", "Robert")]
    [InlineData("Alexander", "Alejandro")] // both are Alex, but not each other
    [InlineData("Roberto", "Alberto")]     // both are Beto, but not each other
    [InlineData("José", "Joseph")]         // a translation is another name on a record
    [InlineData("William", "William")]     // identical names agree; they are not variants
    [InlineData("Bill", "Xochitl")]
    [InlineData("Zyanya", "Xochitl")]
    [InlineData(null, "Bill")]
    [InlineData("Bill", "")]
    public void Does_not_call_other_names_variants(string? a, string? b)
    {
        Assert.False(Nicknames.AreVariants(a, b));
        Assert.False(Nicknames.AreVariants(b, a));
    }
}

using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

public sealed class DamerauLevenshteinTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("martinez", "martinez", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("jackson", "jakcson", 1)]   // one adjacent transposition
    [InlineData("martha", "marhta", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("rodriguez", "rodrigues", 1)]
    [InlineData("gonzalez", "gonsales", 2)]
    [InlineData("ca", "abc", 3)]            // the restricted distance: unrestricted Damerau–Levenshtein gives 2
    [InlineData("smith", "smyth", 1)]
    [InlineData("lopez", "perez", 3)]
    public void Counts_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));
        Assert.Equal(expected, DamerauLevenshtein.Distance(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 0, 1)]
    [InlineData("kitten", "sitting", 1, 2)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 10, 3)]
    [InlineData("a", "abcdefgh", 2, 3)]     // the length difference alone rules it out
    [InlineData("jackson", "jakcson", 1, 1)]
    [InlineData("same", "same", 0, 0)]
    public void Stops_early_beyond_the_limit(string a, string b, int maxDistance, int expected) =>
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b, maxDistance));

    [Fact]
    public void Rejects_a_negative_limit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DamerauLevenshtein.Distance("a", "b", -1));

    [Fact]
    public void Agrees_with_the_full_table_for_every_short_string()
    {
        // Every string of up to five letters over {a, b, c}: covers repeated letters, swaps at the
        // edges and the trimming of shared starts and ends.
        var strings = new List<string> { "" };
        for (var length = 1; length <= 5; length++)
            strings.AddRange(strings.Where(s => s.Length == length - 1).SelectMany(s => new[] { s + "a", s + "b", s + "c" }).ToList());

        foreach (var a in strings)
            foreach (var b in strings)
            {
                var expected = Reference(a, b);
                var actual = DamerauLevenshtein.Distance(a, b);
                if (actual != expected) Assert.Fail($"OSA({a}, {b}) = {actual}, expected {expected}");
                for (var max = 0; max <= 3; max++)
                {
                    var limited = DamerauLevenshtein.Distance(a, b, max);
                    if (limited != Math.Min(expected, max + 1)) Assert.Fail($"OSA({a}, {b}, max {max}) = {limited}, expected {Math.Min(expected, max + 1)}");
                }
            }
    }

    [Fact]
    public void Handles_strings_longer_than_the_stack_buffer()
    {
        var a = new string('x', 200) + "abcdef" + new string('y', 200);
        var b = new string('x', 199) + "z" + "bacdfe" + new string('y', 200);
        Assert.Equal(Reference(a, b), DamerauLevenshtein.Distance(a, b));
        var c = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + i % 7)));
        var d = string.Concat(Enumerable.Range(0, 290).Select(i => (char)('a' + i % 5)));
        Assert.Equal(Reference(c, d), DamerauLevenshtein.Distance(c, d));
    }

    // The textbook optimal string alignment recurrence over the whole table, no shortcuts.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}

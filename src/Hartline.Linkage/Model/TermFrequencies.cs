namespace Hartline.Linkage.Model;

/// <summary>
/// How often each folded given and family name occurs in a population, for the term-frequency
/// adjustment: two records agreeing on "smith" is weaker evidence than agreeing on "okonkwo".
/// </summary>
/// <remarks>Not thread-safe on its own; <see cref="PersonIndex"/> guards it with its lock.</remarks>
internal sealed class TermFrequencies
{
    private readonly Dictionary<string, int> _given = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _family = new(StringComparer.Ordinal);
    private long _givenTotal, _familyTotal;

    public void Add(in PreparedPerson person, int delta = 1)
    {
        Count(_given, person.Given, delta, ref _givenTotal);
        Count(_family, person.Family, delta, ref _familyTotal);
    }

    /// <summary>The counts behind the frequencies, by folded name (for <see cref="ModelFile"/>).</summary>
    internal IReadOnlyDictionary<string, int> GivenCounts => _given;

    internal IReadOnlyDictionary<string, int> FamilyCounts => _family;

    /// <summary>Frequencies from saved counts: the same shares, so a loaded model weighs names exactly as the saved one.</summary>
    internal static TermFrequencies FromCounts(IEnumerable<KeyValuePair<string, int>> given, IEnumerable<KeyValuePair<string, int>> family)
    {
        var frequencies = new TermFrequencies();
        foreach (var (name, count) in given) Count(frequencies._given, name, count, ref frequencies._givenTotal);
        foreach (var (name, count) in family) Count(frequencies._family, name, count, ref frequencies._familyTotal);
        return frequencies;
    }

    private static void Count(Dictionary<string, int> counts, string name, int delta, ref long total)
    {
        if (name.Length == 0) return;
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, name, out _);
        count += delta;
        total += delta;
        if (count <= 0) counts.Remove(name);
    }

    /// <summary>The share of records with this given name (0 when unknown).</summary>
    public double Given(string folded) => Frequency(_given, folded, _givenTotal);

    /// <summary>The share of records with this family name (0 when unknown).</summary>
    public double Family(string folded) => Frequency(_family, folded, _familyTotal);

    /// <summary>Both names' frequencies, also as found in either box (see <see cref="NameFrequency"/>).</summary>
    public NameFrequency Of(in PreparedPerson person)
    {
        double given = Given(person.Given), family = Family(person.Family);
        return new NameFrequency(given, family, Math.Max(given, Family(person.Given)), Math.Max(family, Given(person.Family)));
    }

    private static double Frequency(Dictionary<string, int> counts, string name, long total) =>
        total > 0 && counts.TryGetValue(name, out var count) ? (double)count / total : 0;
}

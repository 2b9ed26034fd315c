namespace Hartline.Bench.Linkage;

/// <summary>
/// A list of names drawn with a long-tailed frequency: the name at rank r (0-based) has weight
/// 1/(r + <see cref="RankOffset"/>). Real name frequencies fall off roughly like that (Zipf), so the
/// first names are drawn often and the tail rarely, and a linkage engine that ignores term frequency
/// is punished for treating "Rodríguez" like "Quiñones". The offset keeps the head realistic: with a
/// few hundred names the most common gets 1–3%, not the 15–20% a pure 1/r law would give.
/// </summary>
public sealed class WeightedNames
{
    public const int RankOffset = 10;

    private readonly string[] _names;
    private readonly double[] _cumulative;

    /// <param name="ranked">Most common first; repeats are dropped (a name keeps its first, highest rank).</param>
    public WeightedNames(IEnumerable<string> ranked)
    {
        _names = ranked.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (_names.Length == 0) throw new ArgumentException("A name list needs at least one name.", nameof(ranked));
        _cumulative = new double[_names.Length];
        var sum = 0.0;
        for (var r = 0; r < _names.Length; r++) _cumulative[r] = sum += 1.0 / (r + RankOffset);
    }

    public int Count => _names.Length;

    public IReadOnlyList<string> Names => _names;

    /// <summary>The share of draws that give the name at this rank.</summary>
    public double Share(int rank) => (1.0 / (rank + RankOffset)) / _cumulative[^1];

    public string Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        return _names[FirstAbove(_cumulative, x)];
    }

    /// <summary>
    /// The first index whose running sum exceeds <paramref name="x"/>. Hand-written because
    /// Array.BinarySearch on doubles goes through the generic comparer and was a tenth of the
    /// generator's time.
    /// </summary>
    public static int FirstAbove(double[] cumulative, double x)
    {
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}

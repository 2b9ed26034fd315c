using System.Buffers;

namespace Hartline.Linkage.Text;

/// <summary>
/// Jaro–Winkler similarity, 0 (nothing in common) to 1 (identical), the usual string comparator of
/// record linkage: it forgives transposed and misplaced letters and rewards a shared start, which
/// suits names, where typing errors cluster towards the end.
/// </summary>
/// <remarks>
/// Characters are compared exactly (ordinal), so callers compare folded names
/// (<see cref="NameFolding.Fold"/>). Two empty strings are identical (1); one empty string shares
/// nothing with a non-empty one (0). Missing values should be handled before calling.
/// </remarks>
public static class JaroWinkler
{
    /// <summary>How much each shared leading character adds: Winkler's standard 0.1.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>At most this many leading characters earn the bonus (Winkler's 4), so the score stays within 0..1.</summary>
    public const int MaxPrefix = 4;

    /// <summary>
    /// The prefix bonus is only given above this Jaro score (Winkler's 0.7): a shared first letter
    /// should not lift two otherwise unrelated names.
    /// </summary>
    public const double BoostThreshold = 0.7;

    // Two flag arrays of this total length fit comfortably on the stack.
    private const int StackLimit = 256;

    /// <summary>Jaro–Winkler similarity of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold) return jaro;

        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        var prefix = 0;
        while (prefix < limit && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    /// <summary>Plain Jaro similarity (no prefix bonus).</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.IsEmpty && b.IsEmpty) return 1;
        if (a.IsEmpty || b.IsEmpty) return 0;
        if (a.SequenceEqual(b)) return 1;

        var total = a.Length + b.Length;
        bool[]? rented = null;
        Span<bool> flags = total <= StackLimit
            ? stackalloc bool[total] // sized exactly: a fixed-size buffer is zeroed whole on every call
            : (rented = ArrayPool<bool>.Shared.Rent(total));
        try
        {
            flags = flags[..total];
            flags.Clear();
            return Jaro(a, b, flags[..a.Length], flags[a.Length..]);
        }
        finally
        {
            if (rented is not null) ArrayPool<bool>.Shared.Return(rented);
        }
    }

    private static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<bool> aMatched, Span<bool> bMatched)
    {
        // Two characters match when they are equal and no further apart than half the longer
        // string, less one; each character matches at most once, the first free one from the left.
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;

        // Matched characters read in order from each string; every position where they differ is
        // half a transposition (MARTHA/MARHTA: T≠H and H≠T make one transposition). An odd count is
        // rounded down, as in Winkler's reference implementation (strcmp95) at the Census Bureau.
        var halfTranspositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[j]) j++;
            if (a[i] != b[j]) halfTranspositions++;
            j++;
        }

        double m = matches;
        var transpositions = halfTranspositions / 2;
        return (m / a.Length + m / b.Length + (m - transpositions) / m) / 3;
    }
}

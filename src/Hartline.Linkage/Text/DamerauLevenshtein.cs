using System.Buffers;

namespace Hartline.Linkage.Text;

/// <summary>
/// Optimal string alignment distance (the restricted Damerau–Levenshtein distance): the fewest
/// insertions, deletions, substitutions and swaps of two adjacent characters that turn one string
/// into the other, where no character is edited again after being swapped.
/// </summary>
/// <remarks>
/// Swapped neighbours ("Jakcson") are the commonest typing slip after a wrong key, so they cost one
/// edit, not two. The restricted form is the one linkage software usually means, and it needs only
/// three rows of the dynamic-programming table. Characters are compared exactly (ordinal), so callers
/// compare folded names (<see cref="NameFolding.Fold"/>).
/// </remarks>
public static class DamerauLevenshtein
{
    // Three rows of this many ints fit comfortably on the stack.
    private const int StackLimit = 3 * 129;

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>. With a
    /// <paramref name="maxDistance"/> the work stops as soon as the distance must exceed it, and
    /// <c>maxDistance + 1</c> is returned for every distance beyond it (so "is it within 2?" reads
    /// <c>Distance(a, b, 2) &lt;= 2</c>).
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int maxDistance = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);

        // A shared start or end never needs editing, and names often share one; trimming it shrinks
        // the table (the exhaustive test checks this against the untrimmed table).
        var start = a.CommonPrefixLength(b);
        a = a[start..];
        b = b[start..];
        var end = 0;
        while (end < a.Length && end < b.Length && a[^(end + 1)] == b[^(end + 1)]) end++;
        a = a[..^end];
        b = b[..^end];

        // Rows run along the shorter string; the length difference alone is a lower bound.
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }
        if (a.Length - b.Length > maxDistance) return Beyond(maxDistance);
        if (b.IsEmpty) return a.Length;

        var width = b.Length + 1;
        int[]? rented = null;
        // Exactly the rows needed: a fixed-size stack buffer is zeroed whole on every call, even
        // one that returns early, and that zeroing cost more than the comparisons themselves.
        Span<int> rows = 3 * width <= StackLimit
            ? stackalloc int[3 * width]
            : (rented = ArrayPool<int>.Shared.Rent(3 * width));
        try
        {
            var distance = Distance(a, b, rows[..width], rows[width..(2 * width)], rows[(2 * width)..(3 * width)], maxDistance);
            return distance > maxDistance ? Beyond(maxDistance) : distance;
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b,
        Span<int> twoBack, Span<int> previous, Span<int> current, int maxDistance)
    {
        // previous[j] is the distance between a[..i-1] and b[..j]; twoBack is the row before that,
        // needed for a swap of a[i-2..i] with b[j-2..j].
        for (var j = 0; j < previous.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, twoBack[j - 2] + 1);
                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }

            // No row has a smaller minimum than the row above it (a swap costs at least what the
            // substitution path to the same cell does), so once a whole row is over the limit the
            // final distance is too.
            if (rowMinimum > maxDistance) return rowMinimum;

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    // "More than maxDistance", without overflowing when no limit was given.
    private static int Beyond(int maxDistance) => maxDistance == int.MaxValue ? maxDistance : maxDistance + 1;
}

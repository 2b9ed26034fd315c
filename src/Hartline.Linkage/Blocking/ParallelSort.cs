namespace Hartline.Linkage.Blocking;

/// <summary>Sorts a large array of longs on several cores: chunks sorted in parallel, then merged pairwise.</summary>
internal static class ParallelSort
{
    // Below this a single sort is faster than splitting and merging.
    private const int MinimumChunk = 1 << 16;

    /// <summary>Sorts the first <paramref name="length"/> items; returns the array that holds the result (the input or a new one).</summary>
    public static long[] Sort(long[] items, int length, int parallelism)
    {
        var chunks = Math.Max(1, Math.Min(parallelism, length / MinimumChunk));
        if (chunks == 1)
        {
            Array.Sort(items, 0, length);
            return items;
        }

        var bounds = new int[chunks + 1];
        for (var c = 0; c <= chunks; c++) bounds[c] = (int)((long)length * c / chunks);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            c => Array.Sort(items, bounds[c], bounds[c + 1] - bounds[c]));

        var source = items;
        var target = new long[length];
        var runs = bounds.ToList();
        while (runs.Count > 2)
        {
            var next = new List<int> { 0 };
            var merges = new List<(int Start, int Middle, int End)>();
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                var end = r + 2 < runs.Count ? runs[r + 2] : runs[r + 1];
                merges.Add((runs[r], runs[r + 1], end));
                next.Add(end);
            }
            var (from, to) = (source, target);
            Parallel.ForEach(merges, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                m => Merge(from, to, m.Start, m.Middle, m.End));
            (source, target) = (target, source);
            runs = next;
        }
        return source;
    }

    private static void Merge(long[] from, long[] to, int start, int middle, int end)
    {
        int i = start, j = middle, k = start;
        while (i < middle && j < end) to[k++] = from[i] <= from[j] ? from[i++] : from[j++];
        while (i < middle) to[k++] = from[i++];
        while (j < end) to[k++] = from[j++];
    }
}

namespace Hartline.Linkage.Blocking;

/// <summary>
/// Merges the candidate pairs of every rule into one sorted array, each pair once: a counting sort
/// on the pair's first record, then a small sort and a scan within each record's pairs.
/// </summary>
/// <remarks>
/// A record has a few dozen candidate pairs at most (blocks are capped), so bucketing by the first
/// record leaves only tiny sorts, which both cores share; one comparison sort of all twenty-odd
/// million pairs, then a merge, took most of the block stage. The result is the same sorted order,
/// whatever the thread timing.
/// </remarks>
internal static class PairSort
{
    // Record ranges handed out to the cores for the in-bucket sorts: many, so both finish together.
    private const int Slices = 64;

    /// <summary>
    /// The pairs of all rules sorted, each pair once with the earliest rule that made it (as packed),
    /// <c>Made</c>: for each kept pair, a bit per rule that made it, and the count of pairs credited to each rule.
    /// Empties <paramref name="perRule"/> as it goes.
    /// </summary>
    public static (long[] Pairs, uint[] Made, int Count, long[] PerRule) SortAndMerge(long[][] perRule, int records, int ruleCount, int parallelism)
    {
        long total = 0;
        foreach (var pairs in perRule) total += pairs.Length;
        if (total > Array.MaxLength) throw new InvalidOperationException($"Blocking made {total} candidate pairs, more than fit in memory.");
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        var all = new long[total];

        // Each core counts, then places, the pairs of its own rules; its share of every bucket follows
        // the shares of the cores before it.
        var parts = Math.Max(1, Math.Min(parallelism, perRule.Length));
        var partRules = Enumerable.Range(0, parts).Select(p => Enumerable.Range(0, perRule.Length).Where(r => r % parts == p).ToArray()).ToArray();
        var histograms = new int[parts][];
        Parallel.For(0, parts, options, p =>
        {
            var histogram = histograms[p] = new int[records + 1];
            foreach (var r in partRules[p])
                foreach (var pair in perRule[r]) histogram[PairPacking.First(pair)]++;
        });
        var bucketStart = new int[records + 1];
        var position = 0;
        for (var b = 0; b < records; b++)
        {
            bucketStart[b] = position;
            for (var p = 0; p < parts; p++)
            {
                var count = histograms[p][b];
                histograms[p][b] = position; // from here on: where this part's next pair of bucket b goes
                position += count;
            }
        }
        bucketStart[records] = position;
        Parallel.For(0, parts, options, p =>
        {
            var next = histograms[p];
            foreach (var r in partRules[p])
            {
                foreach (var pair in perRule[r]) all[next[PairPacking.First(pair)]++] = pair;
                perRule[r] = [];
            }
        });
        histograms = null;

        // Sort and deduplicate each bucket in place, slice by slice: a slice's kept pairs move to its start.
        var made = new uint[total];
        var kept = new int[Slices];
        var credited = new long[Slices][];
        Parallel.For(0, Slices, options, s =>
        {
            int first = (int)((long)records * s / Slices), last = (int)((long)records * (s + 1) / Slices);
            var counts = credited[s] = new long[ruleCount];
            var write = bucketStart[first];
            for (var b = first; b < last; b++)
            {
                int start = bucketStart[b], end = bucketStart[b + 1];
                if (end - start > 1) all.AsSpan(start, end - start).Sort();
                var bucketFirst = write;
                for (var i = start; i < end; i++)
                {
                    var pair = all[i];
                    var rule = PairPacking.Rule(pair);
                    // Sorted, a pair's copies are adjacent, the earliest rule first: a rule is credited
                    // only with the pairs no earlier rule made.
                    if (write > bucketFirst && PairPacking.WithoutRule(all[write - 1]) == PairPacking.WithoutRule(pair))
                    {
                        made[write - 1] |= 1u << rule;
                        continue;
                    }
                    all[write] = pair;
                    made[write++] = 1u << rule;
                    counts[rule]++;
                }
            }
            kept[s] = write - bucketStart[first];
        });

        // Close the gaps between the slices.
        var length = 0;
        for (var s = 0; s < Slices; s++)
        {
            var from = bucketStart[(int)((long)records * s / Slices)];
            Array.Copy(all, from, all, length, kept[s]);
            Array.Copy(made, from, made, length, kept[s]);
            length += kept[s];
        }
        var perRuleCounts = new long[ruleCount];
        foreach (var counts in credited)
            for (var r = 0; r < ruleCount; r++) perRuleCounts[r] += counts[r];
        return (all, made, length, perRuleCounts);
    }
}

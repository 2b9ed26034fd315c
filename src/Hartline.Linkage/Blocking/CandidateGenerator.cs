using Hartline.Linkage.Model;

namespace Hartline.Linkage.Blocking;

/// <summary>
/// The candidate pairs of a batch: packed (see <see cref="PairPacking"/>), sorted, each pair once.
/// <see cref="Rules"/> holds, pair by pair, a bit for every rule that made it (the packed pair keeps
/// only the first). <see cref="SkippedKeys"/> holds, per rule, the keys of the records in blocks it
/// skipped (null when it skipped none): two records in one such block share the key without the
/// rule having made their pair.
/// </summary>
internal sealed record CandidateSet(long[] Pairs, int Count, long[] PairsPerRule, int[] SkippedBlocks, long[] SkippedRecords)
{
    public uint[] Rules { get; init; } = [];

    public ulong[]?[] SkippedKeys { get; init; } = [];
}

/// <summary>Turns blocking rules into deduplicated candidate pairs.</summary>
internal static class CandidateGenerator
{
    /// <summary>
    /// Blocks larger than this are skipped: a key shared by thousands of records ("Maria" born on
    /// some 1 January) would add millions of pairs that the other rules cover far more cheaply.
    /// </summary>
    public const int MaxBlockSize = 600;

    public static CandidateSet Generate(PreparedPerson[] people, BlockingRule[] rules, int parallelism)
    {
        if (people.Length > PairPacking.MaxRecords) throw new ArgumentException($"At most {PairPacking.MaxRecords} records can be linked at once.");
        if (rules.Length > PairPacking.MaxRules) throw new ArgumentException("Too many blocking rules.");

        var perRule = new long[rules.Length][];
        var skippedBlocks = new int[rules.Length];
        var skippedRecords = new long[rules.Length];
        var skippedKeys = new ulong[]?[rules.Length];
        // Each core reuses one set of key buffers for all its rules: a fresh set per rule was a third
        // of a gigabyte of large objects at a million records, and full collections to reclaim them.
        Parallel.For(0, rules.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => new KeyBuffers(people.Length),
            (r, _, buffers) =>
            {
                perRule[r] = rules[r].IsWindow
                    ? WindowPairs(people, rules[r], r, buffers)
                    : RulePairs(people, rules[r].Key, r, buffers, out skippedBlocks[r], out skippedRecords[r], out skippedKeys[r]);
                return buffers;
            }, _ => { });

        var (pairs, made, count, counts) = PairSort.SortAndMerge(perRule, people.Length, rules.Length, parallelism);
        return new CandidateSet(pairs, count, counts, skippedBlocks, skippedRecords) { Rules = made, SkippedKeys = skippedKeys };
    }

    /// <summary>
    /// The records a window rule keys, sorted by group and then position (see <see cref="BlockingRule"/>):
    /// their keys and record indexes, <paramref name="count"/> of them.
    /// </summary>
    public static (ulong[] Keys, int[] Indexes, int Count) SortedByKey(PreparedPerson[] people, BlockingKey key) =>
        SortedByKey(people, key, new KeyBuffers(people.Length), sameKeyOrder: true);

    /// <summary>
    /// The keyed records sorted by key, in <paramref name="buffers"/>. A window rule pairs neighbours,
    /// so the order among equal keys matters and is the comparison sort's (<paramref name="sameKeyOrder"/>);
    /// an equality rule pairs a whole block whatever its order, and a radix sort is several times faster.
    /// </summary>
    private static (ulong[] Keys, int[] Indexes, int Count) SortedByKey(PreparedPerson[] people, BlockingKey key, KeyBuffers buffers, bool sameKeyOrder)
    {
        var (keys, indexes) = (buffers.Keys, buffers.Indexes);
        var n = 0;
        for (var i = 0; i < people.Length; i++)
        {
            var k = key(people[i]);
            if (k == 0) continue;
            keys[n] = k;
            indexes[n++] = i;
        }
        if (sameKeyOrder) Array.Sort(keys, indexes, 0, n);
        else buffers.RadixSort(n);
        return (buffers.Keys, buffers.Indexes, n);
    }

    /// <summary>Each record with the next <c>Window − 1</c> records of its group, in the sorted order.</summary>
    private static long[] WindowPairs(PreparedPerson[] people, BlockingRule rule, int ruleIndex, KeyBuffers buffers)
    {
        var (keys, indexes, n) = SortedByKey(people, rule.Key, buffers, sameKeyOrder: true);
        long count = 0;
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n && b < a + rule.Window && rule.SameGroup(keys[a], keys[b]); b++) count++;
        var pairs = new long[count];
        var p = 0;
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n && b < a + rule.Window && rule.SameGroup(keys[a], keys[b]); b++)
                pairs[p++] = PairPacking.Pack(indexes[a], indexes[b], ruleIndex);
        return pairs;
    }

    private static long[] RulePairs(PreparedPerson[] people, BlockingKey key, int rule, KeyBuffers buffers, out int skippedBlocks,
        out long skippedRecords, out ulong[]? skippedKeys)
    {
        var (keys, indexes, n) = SortedByKey(people, key, buffers, sameKeyOrder: false);

        // Two passes over the blocks: count, then fill an array of exactly the right size.
        long count = 0;
        skippedBlocks = 0;
        skippedRecords = 0;
        skippedKeys = null;
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            long size = end - start;
            if (size > MaxBlockSize)
            {
                skippedBlocks++;
                skippedRecords += size;
                skippedKeys ??= new ulong[people.Length];
                for (var i = start; i < end; i++) skippedKeys[indexes[i]] = keys[i];
            }
            else count += size * (size - 1) / 2;
        }

        var pairs = new long[count];
        var p = 0;
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            if (end - start > MaxBlockSize) continue;
            for (var a = start; a < end; a++)
                for (var b = a + 1; b < end; b++)
                    pairs[p++] = PairPacking.Pack(indexes[a], indexes[b], rule);
        }
        return pairs;
    }
}

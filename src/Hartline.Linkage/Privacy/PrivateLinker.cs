namespace Hartline.Linkage.Privacy;

public sealed record PrivateLinkOptions
{
    /// <summary>Dice coefficient at or above which two filters are taken to be one youth.</summary>
    public double Threshold { get; init; } = 0.78;

    public BitSamplingLsh Lsh { get; init; } = new();

    /// <summary>Also pair records that share a non-empty block key (it costs little; the key is in the files anyway).</summary>
    public bool UseBlocks { get; init; } = true;

    /// <summary>A band bucket or block this large is a degenerate signature (say, nearly empty filters), not a person; it is skipped.</summary>
    public int MaxBucket { get; init; } = 1_000;

    /// <summary>No youth has this many records across agencies; a cluster that would grow past it is a chain of different youth.</summary>
    public int MaxClusterSize { get; init; } = 50;

    /// <summary>
    /// Two clusters join only when every pair across them has a Dice of at least threshold − slack: a link
    /// between two youth's records through a third record (A~B, B~C) must not join A and C when they clearly differ.
    /// </summary>
    public double ClusterSlack { get; init; } = 0.15;
}

public sealed record PrivateLinkStats(int Records, long CandidatePairs, long AcceptedPairs, int SkippedBuckets, int Clusters);

/// <summary>The cluster (a youth) of each record, numbered 0.. in order of first record.</summary>
public sealed record PrivateLinkResult(int[] ClusterOfRecord, PrivateLinkStats Stats);

/// <summary>
/// Links encoded records from any number of agencies (and within one agency, whose own duplicates are
/// one youth too): candidates from LSH bands and block keys, accepted at a Dice threshold, clustered by
/// union–find from the most similar pair down. Needs no key and sees no name.
/// </summary>
public static class PrivateLinker
{
    public static PrivateLinkResult Link(IReadOnlyList<EncodedRecord> records, PrivateLinkOptions? options = null)
    {
        options ??= new PrivateLinkOptions();
        if (options.Threshold is <= 0 or > 1 || double.IsNaN(options.Threshold))
            throw new ArgumentOutOfRangeException(nameof(options), "the threshold must lie in (0, 1]");
        var n = records.Count;
        var accepted = new List<(double Dice, int First, int Second)>();
        long compared = 0;
        var skipped = 0;
        // A pair met in several bands is compared again each time: cheaper than remembering every
        // candidate pair, and only the accepted ones (few) are deduplicated.
        void Compare(int i, int j)
        {
            compared++;
            var dice = BloomFilter.Dice(records[i].Bloom, records[j].Bloom);
            if (dice >= options.Threshold) accepted.Add((dice, i, j));
        }

        if (n > 0)
        {
            var keys = new ulong[n];
            var order = new int[n];
            foreach (var positions in options.Lsh.Positions(records[0].Bloom.Length))
            {
                var count = 0;
                for (var i = 0; i < n; i++)
                    if (records[i].Bloom.Count > 0) (keys[count], order[count++]) = (BitSamplingLsh.Signature(records[i].Bloom, positions), i);
                skipped += ForEachPairInRuns(keys.AsSpan(0, count), order.AsSpan(0, count), options.MaxBucket, Compare);
            }
            if (options.UseBlocks)
            {
                var count = 0;
                for (var i = 0; i < n; i++)
                    if (records[i].Block.Length > 0) (keys[count], order[count++]) = (BlockNumber(records[i].Block), i);
                skipped += ForEachPairInRuns(keys.AsSpan(0, count), order.AsSpan(0, count), options.MaxBucket, Compare);
            }
        }

        // Strongest first, ties by position: the same input always gives the same clusters.
        accepted.Sort((a, b) => b.Dice != a.Dice ? b.Dice.CompareTo(a.Dice) : a.First != b.First ? a.First.CompareTo(b.First) : a.Second.CompareTo(b.Second));
        var clusters = new GuardedUnion(n, options.MaxClusterSize, options.Threshold - options.ClusterSlack, (i, j) => BloomFilter.Dice(records[i].Bloom, records[j].Bloom));
        var distinctAccepted = 0L;
        for (var a = 0; a < accepted.Count; a++)
        {
            if (a > 0 && accepted[a].First == accepted[a - 1].First && accepted[a].Second == accepted[a - 1].Second) continue;
            distinctAccepted++;
            clusters.TryJoin(accepted[a].First, accepted[a].Second);
        }
        var sets = clusters.Sets;

        var numberOfRoot = new Dictionary<int, int>();
        var cluster = new int[n];
        for (var i = 0; i < n; i++)
        {
            var root = sets.Find(i);
            if (!numberOfRoot.TryGetValue(root, out var number)) numberOfRoot[root] = number = numberOfRoot.Count;
            cluster[i] = number;
        }
        return new PrivateLinkResult(cluster, new PrivateLinkStats(n, compared, distinctAccepted, skipped, numberOfRoot.Count));
    }

    /// <summary>Sorts by key and calls <paramref name="compare"/> for every pair within a run of equal keys (lower index first).</summary>
    private static int ForEachPairInRuns(Span<ulong> keys, Span<int> order, int maxBucket, Action<int, int> compare)
    {
        keys.Sort(order);
        var skipped = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > maxBucket) skipped++;
            else
                for (var a = start; a < end; a++)
                    for (var b = a + 1; b < end; b++)
                        compare(Math.Min(order[a], order[b]), Math.Max(order[a], order[b]));
            start = end;
        }
        return skipped;
    }

    /// <summary>The first 64 bits of a block key (itself 96 bits of HMAC): plenty to tell blocks apart.</summary>
    private static ulong BlockNumber(string block)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(block));
        return BitConverter.ToUInt64(hash);
    }
}

namespace Hartline.Bench.Linkage;

/// <summary>
/// How well found clusters agree with the true persons, by pairs and by persons.
/// Pairwise: a pair of records is a true pair when both describe one person and a found pair when both
/// are in one cluster. <see cref="Precision"/> = both / found, <see cref="Recall"/> = both / true.
/// With no found pairs precision is 1 (nothing was claimed wrongly); with no true pairs recall is 1.
/// </summary>
public sealed record LinkageQuality(int Records, long TruePairs, long FoundPairs, long TruePositivePairs,
    double Precision, double Recall, double F1,
    int TruePersons, int FoundClusters, int PersonsExact, int PersonsSplit, int PersonsMerged, int ClustersMixed);

/// <summary>
/// Pairwise precision, recall and F1 without enumerating pairs: a group of n records holds n(n−1)/2
/// pairs, so the counts come from the sizes of the persons, the clusters and their intersections.
/// </summary>
public static class PairwiseEvaluation
{
    /// <summary>Labels may be any strings; <paramref name="truth"/>[i] and <paramref name="found"/>[i] describe record i.</summary>
    public static LinkageQuality Evaluate(IReadOnlyList<string> truth, IReadOnlyList<string> found) =>
        Evaluate(Number(truth), Number(found));

    /// <summary>Labels are dense numbers 0..k−1 (any numbering works, gaps only waste memory).</summary>
    public static LinkageQuality Evaluate(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        if (truth.Count != found.Count) throw new ArgumentException("Each record needs one true person and one found cluster.");
        var n = truth.Count;
        var personSize = new int[n == 0 ? 0 : truth.Max() + 1];
        var clusterSize = new int[n == 0 ? 0 : found.Max() + 1];
        // One key per record, (person, cluster); sorted, equal keys are the records one person has in one cluster.
        var cells = new long[n];
        for (var i = 0; i < n; i++)
        {
            personSize[truth[i]]++;
            clusterSize[found[i]]++;
            cells[i] = ((long)truth[i] << 32) | (uint)found[i];
        }
        Array.Sort(cells);

        var personClusters = new int[personSize.Length];   // clusters holding some of the person's records
        var clusterPersons = new int[clusterSize.Length];   // persons having records in the cluster
        long truePositive = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end < n && cells[end] == cells[start]) end++;
            truePositive += Pairs(end - start);
            personClusters[(int)(cells[start] >> 32)]++;
            clusterPersons[(int)(uint)cells[start]]++;
            start = end;
        }

        // Second pass over the cells: a person is exact when one cluster holds all its records and nothing
        // else, merged when any cluster it is in also holds someone else.
        var merged = new bool[personSize.Length];
        var exact = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end < n && cells[end] == cells[start]) end++;
            var person = (int)(cells[start] >> 32);
            var cluster = (int)(uint)cells[start];
            if (clusterPersons[cluster] > 1) merged[person] = true;
            else if (personClusters[person] == 1 && end - start == clusterSize[cluster]) exact++;
            start = end;
        }

        var truePairs = personSize.Sum(s => Pairs(s));
        var foundPairs = clusterSize.Sum(s => Pairs(s));
        var precision = foundPairs == 0 ? 1.0 : (double)truePositive / foundPairs;
        var recall = truePairs == 0 ? 1.0 : (double)truePositive / truePairs;
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new LinkageQuality(n, truePairs, foundPairs, truePositive, precision, recall, f1,
            TruePersons: personSize.Count(s => s > 0),
            FoundClusters: clusterSize.Count(s => s > 0),
            PersonsExact: exact,
            PersonsSplit: personClusters.Count(c => c > 1),
            PersonsMerged: merged.Count(m => m),
            ClustersMixed: clusterPersons.Count(p => p > 1));
    }

    public static long Pairs(long size) => size * (size - 1) / 2;

    /// <summary>Dense numbers for string labels, in order of first appearance.</summary>
    public static int[] Number(IReadOnlyList<string> labels)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!numbers.TryGetValue(labels[i], out var number)) numbers.Add(labels[i], number = numbers.Count);
            result[i] = number;
        }
        return result;
    }
}

using Hartline.Linkage;
using Hartline.Linkage.Privacy;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Blocking coverage of the pairs the evidence supports. A true pair is <em>linkable</em> when the
/// run's own model would accept it if it were compared (its weight reaches the cut-off): blocking that
/// misses such a pair is what loses recall. A true pair below the cut-off (a copy with a blank given
/// name, no date and a new family name shares less with its person than a stranger often does) is
/// lost whatever the blocking proposes, so the raw share of true pairs proposed cannot reach 1 on a
/// messy file; this share can, and it is what a rule change moves.
/// </summary>
/// <remarks>
/// Also reports the evidence ceiling: the share of true pairs whose two records are joined by a chain
/// of linkable true pairs, the best recall any clustering of this model's links could reach.
/// </remarks>
internal static class LinkableCoverage
{
    public sealed record Result(long LinkablePairs, long ProposedLinkable, long ReachablePairs, long TruePairs)
    {
        public double Coverage => LinkablePairs == 0 ? 1 : (double)ProposedLinkable / LinkablePairs;
        public double EvidenceCeiling => TruePairs == 0 ? 1 : (double)ReachablePairs / TruePairs;
    }

    public static Result Measure(LinkageDataset data, BlockingCoverage.Result coverage, LinkageModel model, double threshold)
    {
        var n = data.Records.Count;
        var weights = new PairWeights(data, model, threshold);
        var pairs = coverage.Pairs;
        var linkable = new bool[pairs.Length];
        Parallel.For(0, pairs.Length, p => linkable[p] = weights.Of(pairs[p].A, pairs[p].B) >= weights.Cutoff);

        var chains = new UnionFind(n);
        long linkablePairs = 0, proposedLinkable = 0;
        for (var p = 0; p < pairs.Length; p++)
        {
            if (!linkable[p]) continue;
            linkablePairs++;
            if (coverage.WasProposed[p]) proposedLinkable++;
            chains.Union(pairs[p].A, pairs[p].B);
        }
        long reachable = 0;
        foreach (var (a, b) in pairs)
            if (chains.Find(a) == chains.Find(b)) reachable++;
        return new Result(linkablePairs, proposedLinkable, reachable, pairs.Length);
    }
}

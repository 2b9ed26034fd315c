extern alias bench;

using bench::Hartline.Bench.Linkage;

namespace Hartline.Tests.Linkage;

/// <summary>Pairwise precision, recall and F1 of the linkage benchmark, on clusterings worked out by hand.</summary>
public sealed class PairwiseEvaluationTests
{
    // Three persons: a has 3 records, b has 2, c has 1. True pairs: 3 + 1 = 4.
    private static readonly string[] Truth = ["a", "a", "a", "b", "b", "c"];

    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var q = PairwiseEvaluation.Evaluate(Truth, ["x", "x", "x", "y", "y", "z"]);
        Assert.Equal((4L, 4L, 4L), (q.TruePairs, q.FoundPairs, q.TruePositivePairs));
        Assert.Equal((1.0, 1.0, 1.0), (q.Precision, q.Recall, q.F1));
        Assert.Equal((3, 3, 3, 0, 0, 0), (q.TruePersons, q.FoundClusters, q.PersonsExact, q.PersonsSplit, q.PersonsMerged, q.ClustersMixed));
    }

    [Fact]
    public void Everything_in_one_cluster_has_full_recall_and_poor_precision()
    {
        var q = PairwiseEvaluation.Evaluate(Truth, ["x", "x", "x", "x", "x", "x"]);
        Assert.Equal((4L, 15L, 4L), (q.TruePairs, q.FoundPairs, q.TruePositivePairs));
        Assert.Equal(4.0 / 15, q.Precision, 12);
        Assert.Equal(1.0, q.Recall);
        Assert.Equal(2 * (4.0 / 15) / (4.0 / 15 + 1), q.F1, 12);
        Assert.Equal((1, 0, 0, 3, 1), (q.FoundClusters, q.PersonsExact, q.PersonsSplit, q.PersonsMerged, q.ClustersMixed));
    }

    [Fact]
    public void Every_record_alone_has_no_recall()
    {
        var q = PairwiseEvaluation.Evaluate(Truth, ["1", "2", "3", "4", "5", "6"]);
        Assert.Equal((4L, 0L, 0L), (q.TruePairs, q.FoundPairs, q.TruePositivePairs));
        Assert.Equal(1.0, q.Precision); // nothing claimed, nothing claimed wrongly
        Assert.Equal(0.0, q.Recall);
        Assert.Equal(0.0, q.F1);
        // c, alone in truth too, is still found exactly; a and b are split.
        Assert.Equal((6, 1, 2, 0, 0), (q.FoundClusters, q.PersonsExact, q.PersonsSplit, q.PersonsMerged, q.ClustersMixed));
    }

    [Fact]
    public void A_split_and_a_merge_are_counted_apart()
    {
        // a is split over x and y; y also holds both of b's records.
        var q = PairwiseEvaluation.Evaluate(Truth, ["x", "x", "y", "y", "y", "z"]);
        Assert.Equal((4L, 4L, 2L), (q.TruePairs, q.FoundPairs, q.TruePositivePairs));
        Assert.Equal((0.5, 0.5, 0.5), (q.Precision, q.Recall, q.F1));
        Assert.Equal((1, 1, 2, 1), (q.PersonsExact, q.PersonsSplit, q.PersonsMerged, q.ClustersMixed));
    }

    [Fact]
    public void Labels_are_names_only()
    {
        var byName = PairwiseEvaluation.Evaluate(Truth, ["x", "x", "y", "y", "y", "z"]);
        var byNumber = PairwiseEvaluation.Evaluate([7, 7, 7, 0, 0, 3], [2, 2, 9, 9, 9, 0]);
        Assert.Equal(byName, byNumber);
    }

    [Fact]
    public void Pair_counts_do_not_overflow_at_a_million()
    {
        var n = 1_000_000;
        var truth = new int[n];
        var found = new int[n];
        var q = PairwiseEvaluation.Evaluate(truth, found);
        Assert.Equal(499_999_500_000L, q.TruePairs);
        Assert.Equal(1.0, q.F1);
    }

    [Fact]
    public void No_records_is_no_error()
    {
        var q = PairwiseEvaluation.Evaluate(Array.Empty<string>(), Array.Empty<string>());
        Assert.Equal((0, 0L, 1.0, 1.0), (q.Records, q.TruePairs, q.Precision, q.Recall));
    }
}

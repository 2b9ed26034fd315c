using Hartline.Linkage.Clustering;

namespace Hartline.Tests.Linkage;

/// <summary>A record left alone joins its one plausible cluster, and only when there is exactly one.</summary>
public sealed class LoneRecordsTests
{
    private const double Cutoff = 20;

    // Every cross pair is compatible and dates always fit: the tests are about the choice, not the guard.
    private static CrossPair Any(int a, int b) => new(10, false);
    private static bool Fit(IReadOnlyList<int> a, IReadOnlyList<int> b) => true;

    private static ClusterForest TwoRecordCluster(int records)
    {
        var forest = new ClusterForest(records);
        forest.Join(0, 1);
        return forest;
    }

    [Fact]
    public void A_lone_record_a_little_below_the_cut_off_joins_its_only_plausible_cluster()
    {
        var forest = TwoRecordCluster(3);
        var joins = LoneRecords.Assign(forest, 3, [new Link(0, 1, 30), new Link(1, 2, Cutoff - 2)], Cutoff, Any, Fit);
        Assert.Equal(1, joins);
        Assert.Equal(forest.Find(0), forest.Find(2));
    }

    [Fact]
    public void A_lone_record_with_a_rival_cluster_close_behind_stays_alone()
    {
        // Records 0–1 and 3–4 are two youths; record 2 is almost as close to both.
        var forest = new ClusterForest(5);
        forest.Join(0, 1);
        forest.Join(3, 4);
        var joins = LoneRecords.Assign(forest, 5, [new Link(1, 2, Cutoff - 1), new Link(2, 3, Cutoff - 2)], Cutoff, Any, Fit);
        Assert.Equal(0, joins);
        Assert.Equal(1, forest.Size(forest.Find(2)));
    }

    [Fact]
    public void A_lone_record_too_far_below_the_cut_off_stays_alone()
    {
        var forest = TwoRecordCluster(3);
        Assert.Equal(0, LoneRecords.Assign(forest, 3, [new Link(1, 2, Cutoff - LoneRecords.Reach - 0.5)], Cutoff, Any, Fit));
    }

    [Fact]
    public void Two_lone_records_join_only_when_each_is_the_others_clear_choice()
    {
        // 0 and 1 choose each other (1's other candidate, 2, is far behind); 2 is too far for anything.
        var forest = new ClusterForest(3);
        var joins = LoneRecords.Assign(forest, 3, [new Link(0, 1, Cutoff - 1), new Link(1, 2, Cutoff - 4.5)], Cutoff, Any, Fit);
        Assert.Equal(1, joins);
        Assert.Equal(forest.Find(0), forest.Find(1));
        Assert.NotEqual(forest.Find(1), forest.Find(2));

        // Here 1 has two candidates close together: its choice is not clear, so 0 does not get it.
        var unclear = new ClusterForest(3);
        Assert.Equal(0, LoneRecords.Assign(unclear, 3, [new Link(0, 1, Cutoff - 1), new Link(1, 2, Cutoff - 2.5)], Cutoff, Any, Fit));
    }

    [Fact]
    public void The_guard_still_applies()
    {
        var forest = TwoRecordCluster(3);
        var joins = LoneRecords.Assign(forest, 3, [new Link(1, 2, Cutoff - 1)], Cutoff, (a, b) => new CrossPair(a == 0 || b == 0 ? -3 : 10, false), Fit);
        Assert.Equal(0, joins);
        var datesApart = TwoRecordCluster(3);
        Assert.Equal(0, LoneRecords.Assign(datesApart, 3, [new Link(1, 2, Cutoff - 1)], Cutoff, (_, _) => new CrossPair(10, true), (_, _) => false));
    }

    [Theory]
    [InlineData(new[] { 10.0, 9, 12 }, new[] { 1, 2, 1 }, 1, 12, 9)]
    [InlineData(new[] { 5.0, 9, 12 }, new[] { 1, 2, 1 }, 1, 12, 9)]
    [InlineData(new[] { 9.0, 5, 12 }, new[] { 2, 1, 1 }, 1, 12, 9)]
    [InlineData(new[] { 12.0, 11, 10 }, new[] { 1, 2, 1 }, 1, 12, 11)]
    public void The_best_cluster_and_its_strongest_rival(double[] weights, int[] others, int bestRoot, double best, double rival)
    {
        // Record 0 alone; records 1 and 2 alone too (each its own root).
        var forest = new ClusterForest(3);
        var neighbours = Neighbours.Of(3, weights.Select((w, i) => new Link(0, others[i], w)));
        var choice = LoneRecords.BestCluster(forest, neighbours, 0);
        Assert.Equal((bestRoot, best, rival), (choice.Root, choice.Weight, choice.Rival));
    }
}

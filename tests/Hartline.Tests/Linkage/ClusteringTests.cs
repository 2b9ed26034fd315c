using Hartline.Linkage;
using Hartline.Linkage.Clustering;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

public sealed class ClusteringTests
{
    [Fact]
    public void A_chain_through_a_middle_record_does_not_join_two_clearly_different_records()
    {
        // 0–1 and 1–2 are accepted, but 0 and 2 speak against each other.
        double Weight(int a, int b) => (Math.Min(a, b), Math.Max(a, b)) switch { (0, 1) => 30, (1, 2) => 25, _ => -12 };
        var roots = GuardedClustering.Cluster(3, [new Link(0, 1, 30), new Link(1, 2, 25)], Weight);
        Assert.Equal(roots[0], roots[1]);
        Assert.NotEqual(roots[0], roots[2]);
    }

    [Fact]
    public void A_chain_whose_ends_are_compatible_is_one_person()
    {
        double Weight(int a, int b) => (Math.Min(a, b), Math.Max(a, b)) == (0, 2) ? 4 : 30;
        var roots = GuardedClustering.Cluster(3, [new Link(0, 1, 30), new Link(1, 2, 25)], Weight);
        Assert.Equal(roots[0], roots[2]);
    }

    [Fact]
    public void Deduplicator_does_not_chain_three_records_of_two_people()
    {
        // Ana Ruiz 2008-03-04 and 2008-04-03 are one youth (swapped date). The third record is
        // another Ana Ruiz, a year older, a boy, elsewhere: close to the second, not to the first.
        var ana = new PersonRecord("a", "Ana", null, "Ruiz", new DateOnly(2008, 3, 4), "F", "12 Elm St", "Hartford", "06106", "8605551234");
        var anaAgain = ana with { Id = "b", DateOfBirth = new DateOnly(2008, 4, 3), Phone = null };
        var other = new PersonRecord("c", "Ana", null, "Ruiz", new DateOnly(2009, 4, 3), "M", "7 Oak Ave", "Waterbury", "06702", "2035559876");
        var result = Deduplicator.Run([ana, anaAgain, other], new DedupeOptions { Threshold = 0.5 });
        var cluster = result.Assignments.ToDictionary(a => a.Id, a => a.ClusterId);
        Assert.Equal(cluster["a"], cluster["b"]);
        Assert.NotEqual(cluster["a"], cluster["c"]);
    }

    [Fact]
    public void Records_born_on_clearly_different_days_do_not_join_through_a_record_without_a_date()
    {
        var model = LinkageModel.Default;
        var ana = new PreparedPerson(new PersonRecord("a", "Ana", null, "Ruiz", new DateOnly(2008, 3, 4), "F", null, null, "06106", null));
        var other = new PreparedPerson(new PersonRecord("c", "Ana", null, "Ruiz", new DateOnly(2010, 9, 21), "F", null, null, "06106", null));
        var gamma = PairComparer.Compare(ana, other);
        var weight = model.Weight(gamma, NameFrequency.None);
        Assert.True(weight > 0, $"names and home outweigh the dates ({weight} bits)");
        // Below the cut-off the dates veto the join; a pair strong enough to be accepted alone is left to its weight.
        Assert.True(GuardedClustering.CrossPairOf(weight, gamma, cutoff: weight + 1).DatesApart);
        Assert.False(GuardedClustering.CrossPairOf(weight, gamma, cutoff: weight - 1).DatesApart);
        // A date slip (one digit) is no veto.
        var slip = new PreparedPerson(new PersonRecord("d", "Ana", null, "Ruiz", new DateOnly(2008, 3, 5), "F", null, null, "06106", null));
        var slipGamma = PairComparer.Compare(ana, slip);
        Assert.False(GuardedClustering.CrossPairOf(model.Weight(slipGamma, NameFrequency.None), slipGamma, cutoff: 100).DatesApart);
    }
}

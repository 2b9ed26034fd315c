using Hartline.Linkage.Clustering;

namespace Hartline.Tests.Linkage;

/// <summary>Clustering each part of the link graph on its own, all at once, gives the clusters of one pass over the whole graph.</summary>
public sealed class LinkComponentsTests
{
    private const double Cutoff = 20;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parts_clustered_in_parallel_give_the_clusters_of_one_pass(int seed)
    {
        const int records = 3_000;
        var random = new Random(seed);
        // Mostly small groups, some long chains and a few hubs: the guard and the lone-record pass both have work.
        var links = RandomLinks(random, records, 2_500, Cutoff, Cutoff + 30);
        var near = RandomLinks(random, records, 2_000, Cutoff - LoneRecords.Reach - LoneRecords.Margin, Cutoff);

        var whole = new ClusterForest(records);
        GuardedClustering.Cluster(whole, links, CrossPair, DatesFit);
        GuardedClustering.Cluster(whole, near, CrossPair, DatesFit);
        var wholeJoins = LoneRecords.Assign(whole, records, links.Concat(near), Cutoff, CrossPair, DatesFit);

        var byParts = new ClusterForest(records);
        var parts = LinkComponents.Of(records, links, near);
        var neighbours = Neighbours.Of(records, links.Concat(near));
        var partJoins = 0;
        Parallel.ForEach(parts.LargestFirst, new ParallelOptions { MaxDegreeOfParallelism = 4 }, part =>
        {
            GuardedClustering.Cluster(byParts, parts.Links(0, part), CrossPair, DatesFit);
            GuardedClustering.Cluster(byParts, parts.Links(1, part), CrossPair, DatesFit);
            Interlocked.Add(ref partJoins, LoneRecords.Assign(byParts, parts.Records(part), neighbours, Cutoff, CrossPair, DatesFit));
        });

        Assert.Equal(Normalised(whole.Roots()), Normalised(byParts.Roots()));
        Assert.Equal(wholeJoins, partJoins);
        // The test means something only if the guard refused joins and lone records were placed.
        Assert.True(wholeJoins > 0);
        Assert.True(whole.Roots().Distinct().Count() > Components(records, links.Concat(near)));
    }

    [Fact]
    public void Each_part_keeps_its_links_in_the_order_given_and_its_records_ascending()
    {
        Link[] links = [new(5, 6, 9), new(0, 1, 8), new(6, 7, 7), new(1, 2, 6)];
        var parts = LinkComponents.Of(9, links);
        Assert.Equal(2, parts.LargestFirst.Length);
        var part = parts.LargestFirst.Single(p => parts.Records(p).Contains(5));
        Assert.Equal([5, 6, 7], parts.Records(part));
        Assert.Equal([new Link(5, 6, 9), new Link(6, 7, 7)], parts.Links(0, part));
        // Records 3, 4 and 8 have no link and belong to no part.
        Assert.DoesNotContain(parts.LargestFirst, p => parts.Records(p).Contains(3) || parts.Records(p).Contains(8));
    }

    private static Link[] RandomLinks(Random random, int records, int count, double low, double high)
    {
        var links = new Link[count];
        for (var i = 0; i < count; i++)
        {
            var a = random.Next(records);
            // Neighbours by index most of the time (chains), anyone now and then (bridges between chains).
            var b = random.Next(10) < 8 ? Math.Min(records - 1, a + 1 + random.Next(3)) : random.Next(records);
            if (a == b) b = (a + 1) % records;
            links[i] = new Link(Math.Min(a, b), Math.Max(a, b), Math.Round(low + random.NextDouble() * (high - low), 1));
        }
        // Strongest first, ties by records: the order the batch gives.
        return [.. links.OrderByDescending(l => l.Weight).ThenBy(l => l.First).ThenBy(l => l.Second)];
    }

    // A fixed verdict per pair: some pairs speak against a join, some have dates too far apart.
    private static CrossPair CrossPair(int a, int b)
    {
        var h = Hash(a, b);
        return new CrossPair(h % 7 == 0 ? -5 : 10, h % 5 == 0);
    }

    private static bool DatesFit(IReadOnlyList<int> a, IReadOnlyList<int> b) => (a.Sum() + b.Sum()) % 3 != 0;

    private static int Hash(int a, int b) => (int)((uint)(Math.Min(a, b) * 73_856_093 ^ Math.Max(a, b) * 19_349_663) % 1_000_003);

    private static int Components(int records, IEnumerable<Link> links)
    {
        var forest = new ClusterForest(records);
        foreach (var l in links)
            if (forest.Find(l.First) != forest.Find(l.Second)) forest.Join(forest.Find(l.First), forest.Find(l.Second));
        return forest.Roots().Distinct().Count();
    }

    // Roots differ with the order of joins; the clusters are what must match: each record named by its cluster's first record.
    private static int[] Normalised(int[] roots)
    {
        var first = new Dictionary<int, int>();
        return roots.Select((root, i) => first.TryAdd(root, i) ? i : first[root]).ToArray();
    }
}

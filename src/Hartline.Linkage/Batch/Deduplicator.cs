using System.Collections.Concurrent;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Clustering;
using Hartline.Linkage.Model;

namespace Hartline.Linkage;

/// <summary>
/// Batch deduplication: prepare every record once, block into candidate pairs, compare them, estimate
/// the model from them (u from random pairs, m and λ by EM), score, and cluster the accepted pairs.
/// </summary>
public static class Deduplicator
{
    // Work is handed out in chunks this size: big enough to amortise the scheduling, small enough to balance.
    private const int Chunk = 1 << 15;

    public static DedupeResult Run(IReadOnlyList<PersonRecord> records, DedupeOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var run = new Stages(options.Progress);
        var parallelism = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        var n = records.Count;
        if (n == 0)
            return new DedupeResult([], new DedupeStats(0, 0, BlockingRules.Batch.ToDictionary(r => r.Name, _ => 0L), 0, 0, 0,
                new Dictionary<string, TimeSpan>()), LinkageModel.Default);

        run.Start("prepare", n);
        var names = NameValues.Of(records, parallelism);
        var people = new PreparedPerson[n];
        Parallel.ForEach(Partitioner.Create(0, n, Chunk), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) people[i] = new PreparedPerson(records[i], names);
        });
        var compact = CompactPeople.Of(people, names, parallelism);
        var frequencies = new TermFrequencies();
        foreach (var person in people) frequencies.Add(person);
        var nameFrequency = new NameFrequency[n];
        Parallel.ForEach(Partitioner.Create(0, n, Chunk), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                nameFrequency[i] = frequencies.Of(people[i]);
        });
        run.Finish(n);

        run.Start("block", BlockingRules.Batch.Length);
        var rules = BlockingRules.Batch;
        var candidates = CandidateGenerator.Generate(people, rules, parallelism);
        for (var r = 0; r < rules.Length; r++)
            if (candidates.SkippedBlocks[r] > 0)
                options.Log?.Invoke($"Blocking rule {rules[r].Name}: skipped {candidates.SkippedBlocks[r]} blocks larger than " +
                    $"{CandidateGenerator.MaxBlockSize} records ({candidates.SkippedRecords[r]} records in them).");
        run.Finish(rules.Length);

        run.Start("compare", candidates.Count);
        var gammas = new long[candidates.Count];
        long compared = 0;
        if (candidates.Count > 0) Parallel.ForEach(Partitioner.Create(0, candidates.Count, Chunk), parallel, range =>
        {
            var pairs = candidates.Pairs;
            for (var k = range.Item1; k < range.Item2; k++)
                gammas[k] = compact.Compare(PairPacking.First(pairs[k]), PairPacking.Second(pairs[k]));
            run.Report(Interlocked.Add(ref compared, range.Item2 - range.Item1));
        });
        run.Finish(candidates.Count);

        run.Start("estimate", 3);
        var u = UEstimation.Estimate(compact, options.Seed, parallelism);
        run.Report(1);
        var patterns = MEstimation.Count(candidates, gammas, rules, parallelism);
        var (m, ruleShares, iterations) = MEstimation.Estimate(patterns, u, rules.Length);
        run.Report(2);
        var unscaled = new LinkageModel(m, u, 1, n, iterations, frequencies);
        var prior = MEstimation.EstimatePrior(patterns, unscaled, n, ruleShares, candidates.PairsPerRule);
        var model = new LinkageModel(m, u, prior * Math.Max(1, n - 1), n, iterations, frequencies);
        if (options.Model is { } given) model = given.ForPopulation(n, frequencies);
        run.Finish(3);

        run.Start("score", candidates.Count);
        var threshold = Math.Clamp(options.Threshold, 1e-12, 1 - 1e-12);
        var priorWeight = model.PriorWeight(n);
        var cutoff = Math.Log2(threshold / (1 - threshold)) - priorWeight;
        var accepted = new ConcurrentBag<(List<Link> Accepted, List<Link> Near)>();
        var nearCutoff = cutoff - ClusterEvidence.Reach;
        if (candidates.Count > 0) Parallel.ForEach(Partitioner.Create(0, candidates.Count, Chunk), parallel, () => (new List<Link>(), new List<Link>()), (range, _, local) =>
        {
            for (var k = range.Item1; k < range.Item2; k++)
            {
                var first = PairPacking.First(candidates.Pairs[k]);
                var second = PairPacking.Second(candidates.Pairs[k]);
                var weight = model.Weight(gammas[k], nameFrequency[first], nameFrequency[second]);
                if (weight >= cutoff) local.Item1.Add(new Link(first, second, weight));
                else if (weight >= nearCutoff) local.Item2.Add(new Link(first, second, weight));
            }
            return local;
        }, local => accepted.Add(local));
        var links = StrongestFirst(accepted.SelectMany(l => l.Accepted));
        var nearLinks = StrongestFirst(accepted.SelectMany(l => l.Near));
        run.Finish(candidates.Count);

        run.Start("cluster", links.Length);
        CrossPair CrossPairOf(int a, int b)
        {
            var gamma = compact.Compare(a, b);
            return GuardedClustering.CrossPairOf(model.Weight(gamma, nameFrequency[a], nameFrequency[b]), gamma, cutoff);
        }
        bool DatesFit(IReadOnlyList<int> a, IReadOnlyList<int> b) => BirthDateFit.Fits(a, b, people);
        // The link graph's parts never meet (see LinkComponents): each is clustered alone, all of them at once.
        var forest = new ClusterForest(n);
        var loneLinks = nearLinks.Where(l => l.Weight >= cutoff - LoneRecords.Reach - LoneRecords.Margin).ToArray();
        var neighbours = Neighbours.Of(n, links.Concat(loneLinks));
        var parts = LinkComponents.Of(n, links, nearLinks);
        var secondLook = 0;
        Parallel.ForEach(Partitioner.Create(parts.LargestFirst, EnumerablePartitionerOptions.NoBuffering), parallel, part =>
        {
            GuardedClustering.Cluster(forest, parts.Links(0, part), CrossPairOf, DatesFit);
            var joins = ClusterEvidence.Join(forest, parts.Links(1, part), people, nameFrequency, model, cutoff, CrossPairOf, DatesFit, compact.Compare);
            joins += LoneRecords.Assign(forest, parts.Records(part), neighbours, cutoff, CrossPairOf, DatesFit);
            if (joins > 0) Interlocked.Add(ref secondLook, joins);
        });
        var roots = forest.Roots();
        // A record joined by the second looks holds only links below the cut-off: its probability is its strongest.
        var assignments = Assign(records, roots, [.. links, .. nearLinks], priorWeight, parallel, out var clusters);
        run.Finish(links.Length);

        var stats = new DedupeStats(n, candidates.Count,
            Enumerable.Range(0, rules.Length).ToDictionary(r => rules[r].Name, r => candidates.PairsPerRule[r]),
            links.Length, clusters, iterations, run.Times) { SecondLookJoins = secondLook };
        return new DedupeResult(assignments, stats, model);
    }

    // Strongest first; ties broken by the records, so the clustering does not depend on thread timing.
    private static Link[] StrongestFirst(IEnumerable<Link> links)
    {
        var sorted = links.ToArray();
        // A comparer struct, not a delegate: the sort is specialised for it, several times faster on millions of links.
        sorted.AsSpan().Sort(new StrongestFirstOrder());
        return sorted;
    }

    private readonly struct StrongestFirstOrder : IComparer<Link>
    {
        public int Compare(Link x, Link y) => y.Weight.CompareTo(x.Weight) is var c && c != 0 ? c
            : x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second);
    }

    private static ClusterAssignment[] Assign(IReadOnlyList<PersonRecord> records, int[] roots, Link[] links, double priorWeight,
        ParallelOptions parallel, out int clusters)
    {
        var n = records.Count;
        // The cluster is named after its first record in input order.
        var firstOfCluster = new int[n];
        Array.Fill(firstOfCluster, -1);
        clusters = 0;
        for (var i = 0; i < n; i++)
            if (firstOfCluster[roots[i]] < 0) { firstOfCluster[roots[i]] = i; clusters++; }

        var strongest = new double[n];
        Array.Fill(strongest, double.NegativeInfinity);
        foreach (var link in links)
        {
            if (roots[link.First] != roots[link.Second]) continue;
            strongest[link.First] = Math.Max(strongest[link.First], link.Weight);
            strongest[link.Second] = Math.Max(strongest[link.Second], link.Weight);
        }

        // A million small objects: on both cores (the first touch of fresh memory is most of their cost).
        var assignments = new ClusterAssignment[n];
        Parallel.ForEach(Partitioner.Create(0, n, Chunk), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var probability = double.IsNegativeInfinity(strongest[i]) ? 1.0 : LinkageModel.Probability(strongest[i], priorWeight);
                assignments[i] = new ClusterAssignment(records[i].Id, records[firstOfCluster[roots[i]]].Id, probability);
            }
        });
        return assignments;
    }
}

namespace Hartline.Linkage;

/// <summary>Settings of a batch run.</summary>
public sealed record DedupeOptions
{
    /// <summary>
    /// Pairs at least this probable are linked (then clustered, see <see cref="Clustering.GuardedClustering"/>);
    /// a record left alone may still join its one plausible cluster a little below (see <see cref="Clustering.LoneRecords"/>).
    /// 0.97 is where precision reaches 0.99 at a million generated records with recall still above 0.95 (clean
    /// profile: 0.95 gave precision 0.986, 0.99 gave recall 0.936; see bench/RESULTS.md).
    /// </summary>
    public double Threshold { get; init; } = 0.97;

    /// <summary>Seeds the random pairs that estimate u: the same input and seed give the same result.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Cores to use; null for all.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Told of each stage's progress (possibly from worker threads).</summary>
    public IProgress<DedupeProgress>? Progress { get; init; }

    /// <summary>
    /// A model to score with instead of the one estimated from these records (a saved batch model, see
    /// <see cref="ModelFile"/>): its m, u and duplicates per record, with these records' population and name frequencies.
    /// </summary>
    public LinkageModel? Model { get; init; }

    /// <summary>Told of notable events, such as oversized blocks that were skipped.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>Progress of one stage of a batch run ("prepare", "block", "compare", "estimate", "score", "cluster").</summary>
public sealed record DedupeProgress(string Stage, long Done, long Total);

/// <summary>
/// The person a record was assigned to. <see cref="ClusterId"/> is the Id of the cluster's first
/// record in input order. <see cref="Probability"/> is that of the strongest accepted link from this
/// record to another record of its cluster; 1.0 for a record alone in its cluster.
/// </summary>
public sealed record ClusterAssignment(string Id, string ClusterId, double Probability);

/// <summary>
/// Figures of a batch run. <see cref="PairsPerRule"/> credits each candidate pair to the first rule
/// that made it, so the counts add up to <see cref="CandidatePairs"/>.
/// </summary>
public sealed record DedupeStats(int Records, long CandidatePairs, IReadOnlyDictionary<string, long> PairsPerRule, long AcceptedPairs,
    int Clusters, int EmIterations, IReadOnlyDictionary<string, TimeSpan> StageTimes)
{
    /// <summary>Joins made below the cut-off: on a cluster's combined evidence, and lone records to their one plausible cluster.</summary>
    public int SecondLookJoins { get; init; }
}

/// <summary>One assignment per input record, in input order; the figures; the estimated model.</summary>
public sealed record DedupeResult(IReadOnlyList<ClusterAssignment> Assignments, DedupeStats Stats, LinkageModel Model);

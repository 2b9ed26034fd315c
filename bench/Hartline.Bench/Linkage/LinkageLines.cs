using System.Text.Json.Serialization;

namespace Hartline.Bench.Linkage;

// The linkage benchmark's JSON lines, in the style of Measures/MeasureLines.cs: "measure" first, times in
// ms and memory in MiB rounded to 0.1, rates and shares to 4 decimals. Dictionary keys (stage and rule
// names) are the engine's own.

public sealed record LinkageGenerateLine(string Profile, int Records, int Seed, int Persons, IReadOnlyList<int> PersonsByCopies, double SingletonShare,
    long TruePairs, double Ms, double PeakWorkingSetMb, string? RecordsCsv, string? TruthCsv)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_generate";
}

public sealed record LinkageDedupeLine(string Profile, int Records, int Seed, double Threshold, double Ms, double RecordsPerS,
    IReadOnlyDictionary<string, double> StageMs, long CandidatePairs, IReadOnlyDictionary<string, long> PairsPerRule,
    long AcceptedPairs, int Clusters, int EmIterations, double AllocMb, double PeakWorkingSetMb)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_dedupe";
}

public sealed record LinkageQualityLine(string Profile, int Records, int Seed, double Threshold, double Precision, double Recall, double F1,
    long TruePairs, long FoundPairs, long TruePositivePairs, int TruePersons, int FoundClusters,
    int PersonsExact, int PersonsSplit, int PersonsMerged, int ClustersMixed, int Unassigned)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_quality";
}

/// <summary>
/// Blocking coverage (pair completeness): the share of true pairs proposed, in total and by each rule alone;
/// the candidate pairs each rule makes alone (before pairs made by several rules are counted once), and the true
/// pairs only that rule proposes (what the coverage would lose without it).
/// </summary>
public sealed record LinkageCoverageLine(string Profile, int Records, int Seed, long TruePairs, long ProposedTruePairs, double Coverage,
    IReadOnlyDictionary<string, double> CoverageByRule, IReadOnlyDictionary<string, long> PairsByRuleAlone, IReadOnlyDictionary<string, long> TruePairsOnlyByRule)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_blocking_coverage";
}

/// <summary>
/// Blocking coverage of the true pairs the run's model would accept if compared (see <see cref="LinkableCoverage"/>),
/// and the evidence ceiling: the share of all true pairs joined by a chain of such pairs, the most any clustering could find.
/// </summary>
public sealed record LinkageLinkableCoverageLine(string Profile, int Records, int Seed, long LinkableTruePairs, long ProposedLinkablePairs,
    double LinkableCoverage, double EvidenceCeiling)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_linkable_coverage";
}

public sealed record LinkageLookupLine(int Indexed, int Seed, double BuildMs, int Lookups, double P50Ms, double P95Ms, double P99Ms,
    double MaxMs, double MeanMs, double HitRate, double Top1Rate, double MeanMatches, double PeakWorkingSetMb)
{
    [JsonPropertyOrder(-1)] public string Measure => "linkage_lookup";
}

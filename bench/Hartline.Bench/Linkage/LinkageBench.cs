using Hartline.Bench.Measures;
using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// For each size: generate records with known truth, deduplicate them with the engine end to end,
/// score the clusters against the truth, then time interactive lookups against an index of them.
/// Measures go to stdout as JSON lines, progress to stderr.
/// </summary>
internal static class LinkageBench
{
    /// <summary>Records in the untimed warm-up run, which compiles the engine's code before the first measure.</summary>
    public const int WarmUpRecords = 2000;

    public static int Run(LinkageBenchOptions options, TextWriter log)
    {
        var warmedUp = false;
        foreach (var size in options.Sizes)
        foreach (var profile in options.Profiles ?? [GeneratorProfile.Clean])
        {
            var name = profile.ToString().ToLowerInvariant();
            log.WriteLine($"bench: generating {size:N0} person records ({name} profile, seed {options.Seed})");
            var generated = Timing.Once(() => new PersonGenerator(options.Seed, profile).Generate(size));
            var data = generated.Result;
            var csv = options.CsvFolder is null ? default : LinkageCsv.Write(data, options.CsvFolder, options.Seed, profile);
            if (options.CsvFolder is not null) log.WriteLine($"bench: wrote {csv.Records} and {csv.Truth}");
            var histogram = data.CopiesHistogram();
            MeasureLines.Write(new LinkageGenerateLine(name, size, options.Seed, data.Persons.Count, histogram,
                Math.Round((double)histogram[0] / data.Persons.Count, 4),
                histogram.Select((persons, k) => persons * PairwiseEvaluation.Pairs(k + 1)).Sum(),
                MeasureLines.Round(generated.Ms), MeasureLines.Round(generated.PeakWorkingSetMb), csv.Records, csv.Truth));
            // Blocking coverage needs only the data and the rules: measured before the engine runs (and with --generate-only).
            var coverage = BlockingCoverage.Measure(data, log);
            MeasureLines.Write(new LinkageCoverageLine(name, size, options.Seed, coverage.TruePairs, coverage.Proposed,
                Math.Round(coverage.Total, 4), coverage.PerRule, coverage.PairsPerRule, coverage.OnlyByRule));

            if (options.GenerateOnly) continue;

            var dedupeOptions = new DedupeOptions { Seed = options.Seed, Progress = new ProgressLog(log) };
            if (options.Threshold is { } threshold) dedupeOptions = dedupeOptions with { Threshold = threshold };
            if (!warmedUp)
            {
                log.WriteLine($"bench: warm-up run on {WarmUpRecords:N0} other records (untimed)");
                Deduplicator.Run(new PersonGenerator(options.Seed + 1, profile).Generate(WarmUpRecords).Records, dedupeOptions with { Progress = null });
                warmedUp = true;
            }

            log.WriteLine($"bench: deduplicating {size:N0} records");
            var deduped = Timing.Once(() => Deduplicator.Run(data.Records, dedupeOptions));
            var stats = deduped.Result.Stats;
            MeasureLines.Write(new LinkageDedupeLine(name, size, options.Seed, dedupeOptions.Threshold, MeasureLines.Round(deduped.Ms),
                Math.Round(size / (deduped.Ms / 1000)),
                stats.StageTimes.ToDictionary(s => s.Key, s => MeasureLines.Round(s.Value.TotalMilliseconds)),
                stats.CandidatePairs, stats.PairsPerRule, stats.AcceptedPairs, stats.Clusters, stats.EmIterations,
                MeasureLines.Round(deduped.AllocatedMb), MeasureLines.Round(deduped.PeakWorkingSetMb)));

            var (clusters, unassigned) = ClusterOfRecord(data, deduped.Result.Assignments);
            var q = PairwiseEvaluation.Evaluate(data.PersonOfRecord, clusters);
            MeasureLines.Write(new LinkageQualityLine(name, size, options.Seed, dedupeOptions.Threshold,
                Math.Round(q.Precision, 4), Math.Round(q.Recall, 4), Math.Round(q.F1, 4),
                q.TruePairs, q.FoundPairs, q.TruePositivePairs, q.TruePersons, q.FoundClusters,
                q.PersonsExact, q.PersonsSplit, q.PersonsMerged, q.ClustersMixed, unassigned));
            var model = deduped.Result.Model;
            var linkable = LinkableCoverage.Measure(data, coverage, model, dedupeOptions.Threshold);
            MeasureLines.Write(new LinkageLinkableCoverageLine(name, size, options.Seed, linkable.LinkablePairs, linkable.ProposedLinkable,
                Math.Round(linkable.Coverage, 4), Math.Round(linkable.EvidenceCeiling, 4)));
            deduped = null; // the assignments are not needed any more; what follows is measured alone
            if (options.Diagnose) MissedPairDiagnosis.Run(data, clusters, model, dedupeOptions.Threshold, log);

            if (options.Lookups > 0)
            {
                MeasureLines.Write(LookupBench.Run(data, model, options.Lookups, options.Seed, log));
            }
        }
        return 0;
    }

    /// <summary>
    /// Each record's cluster as a dense number. A record the engine left out counts as its own cluster
    /// (a singleton) and is counted in <c>unassigned</c>; an id the engine invented is an error.
    /// </summary>
    private static (int[] Clusters, int Unassigned) ClusterOfRecord(LinkageDataset data, IReadOnlyList<ClusterAssignment> assignments)
    {
        var clusters = new int[data.Records.Count];
        Array.Fill(clusters, -1);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in assignments)
        {
            var i = a.Id.Length > 1 && a.Id[0] == 'R' && int.TryParse(a.Id.AsSpan(1), out var n) ? n : -1;
            if (i < 0 || i >= clusters.Length || data.Records[i].Id != a.Id)
                throw new InvalidDataException($"The engine assigned a cluster to '{a.Id}', which is not one of the input records.");
            if (!numbers.TryGetValue(a.ClusterId, out var cluster)) numbers.Add(a.ClusterId, cluster = numbers.Count);
            clusters[i] = cluster;
        }
        var unassigned = 0;
        for (var i = 0; i < clusters.Length; i++)
            if (clusters[i] < 0) { clusters[i] = numbers.Count + unassigned; unassigned++; }
        return (clusters, unassigned);
    }
}

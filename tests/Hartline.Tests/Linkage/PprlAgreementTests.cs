extern alias bench;

using bench::Hartline.Bench.Linkage;
using Hartline.Linkage;
using Hartline.Linkage.Privacy;
using Xunit.Abstractions;

namespace Hartline.Tests.Linkage;

/// <summary>
/// The point of PPRL: the count of distinct youth across agencies, made from Bloom filters only, matches
/// the count from the truth behind generated records (and the plain-text deduplicator's count).
/// </summary>
public sealed class PprlAgreementTests(ITestOutputHelper output)
{
    private static readonly string[] Agencies = ["DCF", "Hospital", "Police"];
    private static readonly LinkageDataset Data = new PersonGenerator(2024).Generate(20_000);
    private static readonly LinkageKey Key = LinkageKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 3)).ToArray());

    [Fact]
    public void Distinct_youth_across_three_agencies_is_within_3_percent_of_the_truth()
    {
        var split = AgencySplit.Deal(Data, Agencies, seed: 11);
        var truth = split.TrueCounts();
        var pprl = split.PrivateCounts(Key);
        Print("truth", truth);
        Print("pprl", pprl);

        Assert.InRange(AgencySplit.Agreement(pprl.DistinctYouth, truth.DistinctYouth), 0.97, 1.0);
        foreach (var (agency, count) in truth.YouthPerAgency)
            Assert.InRange(AgencySplit.Agreement(pprl.YouthPerAgency[agency], count), 0.97, 1.0);
        // Each combination is a small slice, and a missed or false link moves a youth between slices,
        // so they agree less well (measured: 89.6–96% on this data set).
        foreach (var (combination, count) in truth.YouthPerCombination)
            Assert.InRange(AgencySplit.Agreement(pprl.YouthPerCombination.GetValueOrDefault(combination), count), 0.85, 1.0);
    }

    [Fact]
    public void Two_agencies_agree_with_the_plain_text_deduplicator()
    {
        var split = AgencySplit.Deal(Data, ["DCF", "Police"], seed: 12);
        var pprl = split.PrivateCounts(Key);
        var plain = Deduplicator.Run(split.Records, new DedupeOptions());
        var clusterIds = plain.Assignments.Select(a => a.ClusterId).Distinct().Select((id, n) => (id, n)).ToDictionary(x => x.id, x => x.n);
        var plainCounts = OverlapReport.Count(split.AgencyOfRecord, plain.Assignments.Select(a => clusterIds[a.ClusterId]).ToList());
        Print("truth", split.TrueCounts());
        Print("plain", plainCounts);
        Print("pprl", pprl);

        // Both are within 3% of the truth, and within 2% of each other: the bloom-filter encoding costs the
        // count little against names in clear (measured: 10,707 and 10,700 youth for 10,545 true).
        var truth = split.TrueCounts();
        Assert.InRange(AgencySplit.Agreement(pprl.DistinctYouth, truth.DistinctYouth), 0.97, 1.0);
        Assert.InRange(AgencySplit.Agreement(plainCounts.DistinctYouth, truth.DistinctYouth), 0.97, 1.0);
        Assert.InRange(AgencySplit.Agreement(pprl.DistinctYouth, plainCounts.DistinctYouth), 0.98, 1.0);
    }

    [Fact]
    public void On_clean_records_every_count_is_exact()
    {
        var split = AgencySplit.Clean(Data, persons: 3_000, Agencies, seed: 13);
        var truth = split.TrueCounts();
        // Copies of a clean record are identical (Dice 1), so a strict threshold isolates the pipeline
        // (encoding, candidates, clustering, counting) from fuzzy-match errors. At the default 0.78
        // about 1% of clean youth are merged with a similar youth (measured: 2,963 for 3,000).
        var pprl = split.PrivateCounts(Key, new PrivateLinkOptions { Threshold = 0.95 });
        Print("truth", truth);
        Print("pprl", pprl);
        Assert.Equal(truth.DistinctYouth, pprl.DistinctYouth);
        Assert.Equal(truth.YouthPerAgency, pprl.YouthPerAgency);
        Assert.Equal(truth.YouthPerCombination, pprl.YouthPerCombination);
    }

    private void Print(string label, OverlapReport report) =>
        output.WriteLine($"{label,-6} distinct {report.DistinctYouth}; " + string.Join(", ", report.YouthPerCombination.Select(c => $"{c.Key} {c.Value}")));
}

using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

public sealed class DeduplicatorTests
{
    // As a CSV would give them: id, given, middle, family, dob, sex, address, city, postcode, phone.
    private const string Csv = """
        1,Maria,,Rodriguez,2007-03-14,F,12 Elm St,Hartford,06106,860-555-1234
        2,María,,Rodriquez,2007-03-14,F,12 Elm Street,Hartford,06106,
        3,Maria,,Rodriguez,2007-14-03,F,,Hartford,,8605551234
        4,Kevin,,Smith,2008-04-03,M,7 Oak Ave,Bridgeport,06604,
        5,Smith,,Kevin,2008-04-03,M,7 Oak Avenue,Bridgeport,06604,
        6,Bill,J,Nguyen,2006-11-02,M,,New Haven,06511,203 555 0199
        7,William,James,Nguyen,2006-11-02,M,45 Chapel St,New Haven,06511,2035550199
        8,Kevin,,Walker,2010-01-02,M,9 Pine Rd,Waterbury,06702,
        9,Destiny,,Rodriguez,2007-03-14,F,88 Main St,Stamford,06901,
        """;

    private static List<PersonRecord> Parse(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var c = line.Split(',');
            string? Value(int i) => c[i].Length == 0 ? null : c[i];
            // A swapped date such as 2007-14-03 cannot be a DateOnly: it is read month-day swapped, as a clerk would.
            var parts = c[4].Split('-').Select(int.Parse).ToArray();
            var born = parts[1] > 12 ? new DateOnly(parts[0], parts[2], parts[1]) : new DateOnly(parts[0], parts[1], parts[2]);
            return new PersonRecord(c[0], Value(1), Value(2), Value(3), born, Value(5), Value(6), Value(7), Value(8), Value(9));
        })];

    [Fact]
    public void A_small_file_yields_the_expected_persons()
    {
        var records = Parse(Csv);
        var progress = new List<string>();
        var result = Deduplicator.Run(records, new DedupeOptions { Progress = new SyncProgress(p => progress.Add(p.Stage)) });
        var cluster = result.Assignments.ToDictionary(a => a.Id, a => a.ClusterId);

        Assert.Equal(records.Select(r => r.Id), result.Assignments.Select(a => a.Id));
        Assert.Equal("1", cluster["2"]);
        Assert.Equal("1", cluster["3"]);
        Assert.Equal("4", cluster["5"]);
        Assert.Equal("6", cluster["7"]);
        Assert.Equal("8", cluster["8"]);
        Assert.Equal("9", cluster["9"]);
        Assert.Equal(5, result.Stats.Clusters);
        Assert.Equal(1.0, result.Assignments.Single(a => a.Id == "8").Probability);
        Assert.All(result.Assignments, a => Assert.InRange(a.Probability, 0.9, 1.0));
        Assert.Equal(result.Stats.CandidatePairs, result.Stats.PairsPerRule.Values.Sum());
        Assert.Contains("cluster", progress);
        Assert.Equal(["prepare", "block", "compare", "estimate", "score", "cluster"], result.Stats.StageTimes.Keys);
    }

    [Fact]
    public void A_generated_registry_is_deduplicated_accurately()
    {
        var (records, person) = SyntheticPeople.Make(3000, seed: 21);
        var result = Deduplicator.Run(records, new DedupeOptions());
        var cluster = result.Assignments.Select(a => a.ClusterId).ToArray();
        long truePairs = 0, predicted = 0, correct = 0;
        for (var i = 0; i < records.Count; i++)
            for (var j = i + 1; j < records.Count; j++)
            {
                var same = person[i] == person[j];
                var linked = cluster[i] == cluster[j];
                if (same) truePairs++;
                if (linked) predicted++;
                if (same && linked) correct++;
            }
        Assert.True(correct >= 0.9 * truePairs, $"recall {correct}/{truePairs}");
        Assert.True(correct >= 0.97 * predicted, $"precision {correct}/{predicted}");
    }

    [Fact]
    public void Empty_and_single_inputs_work()
    {
        Assert.Empty(Deduplicator.Run([], new DedupeOptions()).Assignments);
        var one = Deduplicator.Run([new PersonRecord("x", "Ana", null, null, null, null, null, null, null, null)], new DedupeOptions());
        Assert.Equal("x", one.Assignments.Single().ClusterId);
    }

    private sealed class SyncProgress(Action<DedupeProgress> report) : IProgress<DedupeProgress>
    {
        private readonly object _gate = new();
        public void Report(DedupeProgress value) { lock (_gate) report(value); }
    }
}

using System.Diagnostics;
using System.Globalization;
using Hartline.Bench.Measures;
using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// The intake duplicate check's workload: an index of every record, built with the batch run's model,
/// then lookups of fresh agency records of known youth (copies the index has never seen, made with the
/// same errors as the data set). A lookup is a hit when any match returned is one of the youth's records.
/// </summary>
internal static class LookupBench
{
    /// <summary>Untimed lookups first, so the figures are not the JIT compiling the index's code.</summary>
    public const int WarmUpLookups = 50;

    public static LinkageLookupLine Run(LinkageDataset data, LinkageModel model, int lookups, int seed, TextWriter log)
    {
        // The queries come from their own stream and are made before any timing.
        var random = new Random(seed ^ 0x10C4);
        var queries = new (int Person, PersonRecord Record)[WarmUpLookups + lookups];
        for (var i = 0; i < queries.Length; i++)
        {
            var person = data.Persons[random.Next(data.Persons.Count)];
            queries[i] = (person.Index, PersonGenerator.Copy(person, "Q" + i.ToString("D6", CultureInfo.InvariantCulture), random));
        }

        log.WriteLine($"bench: indexing {data.Records.Count:N0} records for {lookups:N0} lookups");
        var built = Timing.Once(() =>
        {
            var index = new PersonIndex(model);
            foreach (var record in data.Records) index.Add(record);
            return index;
        });
        var index = built.Result;

        foreach (var (_, record) in queries.AsSpan(0, WarmUpLookups)) index.Find(record);

        var ms = new double[lookups];
        int hits = 0, top1 = 0;
        long matches = 0;
        for (var i = 0; i < lookups; i++)
        {
            var (person, record) = queries[WarmUpLookups + i];
            var started = Stopwatch.GetTimestamp();
            var found = index.Find(record);
            ms[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            matches += found.Count;
            if (found.Any(m => PersonOf(data, m.Id) == person)) hits++;
            if (found.Count > 0 && PersonOf(data, found.MaxBy(m => m.Probability)!.Id) == person) top1++;
        }
        // The peak covers building the index and all lookups: the index is what the app would keep in memory.
        var peak = PeakMemory.Megabytes();

        Array.Sort(ms);
        return new LinkageLookupLine(data.Records.Count, seed, MeasureLines.Round(built.Ms), lookups,
            Percentile(ms, 0.50), Percentile(ms, 0.95), Percentile(ms, 0.99), Round3(ms.Length == 0 ? 0 : ms[^1]),
            Round3(ms.Length == 0 ? 0 : ms.Average()),
            Share(hits, lookups), Share(top1, lookups), lookups == 0 ? 0 : Math.Round((double)matches / lookups, 2),
            MeasureLines.Round(peak));
    }

    private static int PersonOf(LinkageDataset data, string id) => data.PersonOfRecord[LinkageDataset.RecordIndex(id)];

    /// <summary>Nearest-rank percentile of sorted times: the smallest time at least a share p of lookups did not exceed.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Round3(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);

    // Lookups take a few milliseconds at most: 0.1 ms rounding would hide the differences that matter.
    private static double Round3(double ms) => Math.Round(ms, 3);

    private static double Share(int count, int total) => total == 0 ? 0 : Math.Round((double)count / total, 4);
}

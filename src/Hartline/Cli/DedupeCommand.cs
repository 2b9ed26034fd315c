using System.CommandLine;
using System.Diagnostics;
using Hartline.Features.People.Deduplication;
using Hartline.Linkage;

namespace Hartline.Cli;

internal static class DedupeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "CSV of persons: id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone" };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write id,cluster_id,probability" };
        var registry = new Option<bool>("--registry") { Description = "Instead of a file: check the whole registry (--db) and queue likely pairs for the coordinators" };
        var threshold = new Option<double?>("--threshold")
        {
            Description = $"Match probability to link two records (0–1; default {new DedupeOptions().Threshold} for a file, " +
                $"{RegistryDedupe.QueueThreshold} for the registry queue, which people review)",
        };
        var command = new Command("dedupe", "Find the records of a CSV (or of the registry) that are the same person (probabilistic record linkage)") { input, output, threshold, registry };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var toRegistry = parsed.GetValue(registry);
            var p = parsed.GetValue(threshold) ?? (toRegistry ? RegistryDedupe.QueueThreshold : new DedupeOptions().Threshold);
            if (p is <= 0 or >= 1 || double.IsNaN(p)) throw new UsageException($"--threshold: {p} must lie strictly between 0 and 1.");
            if (toRegistry) return await RegistryAsync(parsed, p, ct);
            var file = parsed.GetValue(input) ?? throw new UsageException("--input: give the persons CSV (or --registry).");
            if (parsed.GetValue(output) is null) throw new UsageException("--output: give the file to write the clusters to.");
            if (!file.Exists) throw new UsageException($"--input: there is no file {file.FullName}.");

            var clock = Stopwatch.StartNew();
            List<PersonRecord> records;
            using (var reader = new StreamReader(file.FullName))
            {
                try { records = PersonCsv.Read(reader, file.Name, Console.Error.WriteLine); }
                catch (PersonCsvException e) { throw new UsageException(e.Message); }
            }
            Console.Error.WriteLine($"Read {records.Count:N0} records in {clock.Elapsed.TotalSeconds:0.0} s.");

            var result = Deduplicator.Run(records, new DedupeOptions { Threshold = p, Progress = new ProgressLine(), Log = Console.Error.WriteLine });
            await using (var writer = new StreamWriter(parsed.GetValue(output)!.FullName))
                PersonCsv.WriteClusters(writer, result.Assignments);

            var s = result.Stats;
            Console.Error.WriteLine();
            Console.Error.WriteLine($"Records:          {s.Records:N0}");
            Console.Error.WriteLine($"Candidate pairs:  {s.CandidatePairs:N0} ({string.Join(", ", s.PairsPerRule.Select(r => $"{r.Key} {r.Value:N0}"))})");
            Console.Error.WriteLine($"Linked pairs:     {s.AcceptedPairs:N0} at probability ≥ {p}; {s.SecondLookJoins:N0} joins a little below " +
                "(a cluster's combined evidence, or a lone record's one plausible cluster)");
            Console.Error.WriteLine($"Persons found:    {s.Clusters:N0} ({s.Records - s.Clusters:N0} records were duplicates)");
            Console.Error.WriteLine($"Time:             {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", s.StageTimes.Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s"))})");
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static async Task<int> RegistryAsync(ParseResult parsed, double threshold, CancellationToken ct)
    {
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
        using var scope = app.Services.CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<Features.People.Deduplication.RegistryDedupe>()
            .RunAsync(threshold, new ProgressLine(), ct);
        Console.Error.WriteLine();
        Console.Error.WriteLine($"Registry records: {summary.Records:N0}; candidate pairs {summary.CandidatePairs:N0}; persons found {summary.Clusters:N0}.");
        Console.Error.WriteLine($"Pairs in the coordinators' review queue: {summary.PairsQueued:N0} (nothing was merged).");
        return HartlineCli.Ok;
    }

    /// <summary>A progress line on standard error, rewritten in place on a terminal and throttled elsewhere.</summary>
    private sealed class ProgressLine : IProgress<DedupeProgress>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();
        private string _stage = "";

        public void Report(DedupeProgress value)
        {
            var newStage = value.Stage != _stage;
            if (!newStage && _since.ElapsedMilliseconds < 500 && value.Done < value.Total) return;
            _stage = value.Stage;
            _since.Restart();
            var percent = value.Total > 0 ? 100.0 * value.Done / value.Total : 100;
            var line = $"{value.Stage,-10} {Bar(percent)} {percent,5:0.0}%  {value.Done:N0}/{value.Total:N0}";
            if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
            else Console.Error.Write($"\r{line}   ");
        }

        private static string Bar(double percent) => "[" + new string('#', (int)(percent / 5)).PadRight(20) + "]";
    }
}

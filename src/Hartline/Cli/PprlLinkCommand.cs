using System.CommandLine;
using System.Diagnostics;
using Hartline.Linkage.Privacy;

namespace Hartline.Cli;

/// <summary>hartline pprl link: several encoded files to a JSON report of distinct youth per agency and combination.</summary>
internal static class PprlLinkCommand
{
    public static Command Create()
    {
        var inputs = new Option<FileInfo[]>("--input") { Description = "An encoded file (hartline pprl encode); repeat for each agency", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Where to write the JSON report", Required = true };
        var threshold = new Option<double>("--threshold")
        {
            Description = $"Dice coefficient at which two records are one youth (0–1, default {new PrivateLinkOptions().Threshold})",
            DefaultValueFactory = _ => new PrivateLinkOptions().Threshold,
        };
        var minCell = new Option<int>("--min-cell") { Description = "Write counts 1..N−1 as \"<N\" (0 or 1: no suppression)", DefaultValueFactory = _ => 0 };
        var command = new Command("link", "Link encoded files from several agencies and count distinct youth, per agency and per combination") { inputs, output, threshold, minCell };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var t = parsed.GetValue(threshold);
            if (t is <= 0 or > 1 || double.IsNaN(t)) throw new UsageException($"--threshold: {t} must lie in (0, 1].");
            var n = parsed.GetValue(minCell);
            if (n < 0) throw new UsageException($"--min-cell: {n} must be 0 or more.");
            var clock = Stopwatch.StartNew();
            var records = ReadAll(parsed.GetValue(inputs)!);

            var result = PrivateLinker.Link(records, new PrivateLinkOptions { Threshold = t });
            var report = OverlapReport.Count(records.Select(r => r.Agency).ToList(), result.ClusterOfRecord);
            var about = new Dictionary<string, object> { ["encoding"] = "hartline-pprl/v1", ["threshold"] = t };
            await File.WriteAllTextAsync(parsed.GetValue(output)!.FullName, report.ToJson(n, about), EncodedFile.Utf8, ct);

            var s = result.Stats;
            Console.Error.WriteLine($"Records:          {s.Records:N0} from {report.RecordsPerAgency.Count} agencies");
            Console.Error.WriteLine($"Candidate pairs:  {s.CandidatePairs:N0}{(s.SkippedBuckets > 0 ? $" ({s.SkippedBuckets} oversized buckets skipped)" : "")}");
            Console.Error.WriteLine($"Linked pairs:     {s.AcceptedPairs:N0} at Dice ≥ {t}");
            Console.Error.WriteLine($"Distinct youth:   {s.Clusters:N0} (the report applies --min-cell {n})");
            Console.Error.WriteLine($"Time:             {clock.Elapsed.TotalSeconds:0.0} s");
            WarnAboutIsolatedAgencies(report);
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static List<EncodedRecord> ReadAll(FileInfo[] files)
    {
        var records = new List<EncodedRecord>();
        var seen = new HashSet<(string, string)>();
        foreach (var file in files)
        {
            if (!file.Exists) throw new UsageException($"--input: there is no file {file.FullName}.");
            List<EncodedRecord> rows;
            using (var reader = new StreamReader(file.FullName))
            {
                try { rows = EncodedFile.Read(reader, file.Name); }
                catch (EncodedFileException e) { throw new UsageException(e.Message); }
            }
            if (records.Count > 0 && rows.Count > 0 && rows[0].Bloom.Length != records[0].Bloom.Length)
                throw new UsageException($"--input: {file.Name} has {rows[0].Bloom.Length}-bit filters, the files before it {records[0].Bloom.Length}-bit: they were not encoded alike.");
            foreach (var row in rows)
                if (!seen.Add((row.Agency, row.RecordId)))
                    throw new UsageException($"--input: {file.Name}: record '{row.RecordId}' of agency '{row.Agency}' is also in another input file.");
            records.AddRange(rows);
        }
        return records;
    }

    /// <summary>An agency that shares nobody with anyone most likely encoded with another key or another version.</summary>
    private static void WarnAboutIsolatedAgencies(OverlapReport report)
    {
        if (report.RecordsPerAgency.Count < 2) return;
        foreach (var (agency, youth) in report.YouthPerAgency)
            if (youth >= 100 && report.YouthPerCombination.GetValueOrDefault(agency) == youth)
                Console.Error.WriteLine($"Warning: none of the {youth:N0} youth of {agency} was found at another agency; check that it encoded with the same key file.");
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Hartline.Features.People.Deduplication;
using Hartline.Linkage;

namespace Hartline.Cli;

/// <summary>
/// hartline dedupe: a persons CSV to id,cluster_id,probability, or the whole registry to the coordinators' queue.
/// </summary>
/// <remarks>
/// The file run builds no host: it needs neither the database, nor DI, nor the web stack, and starting them
/// cost a second of a run people time end to end. Outputs are written beside their destination and moved
/// into place at the end, so a refused or failed run leaves nothing that looks like a result.
/// </remarks>
internal static class DedupeCommand
{
    private static readonly Option<FileInfo?> Input = new("--input")
    {
        Description = $"CSV of persons with a header: {string.Join(',', PersonCsv.Columns)} and any id_* (id_dcf, id_state…); id required",
    };
    private static readonly Option<FileInfo?> Output = new("--output") { Description = $"Where to write {ClusterCsv.Header}" };
    private static readonly Option<bool> Registry = new("--registry") { Description = "Instead of a file: check the whole registry (--db) and queue likely pairs for the coordinators" };
    private static readonly Option<double?> Threshold = new("--threshold")
    {
        Description = $"Match probability to link two records (0–1; default {new DedupeOptions().Threshold} for a file, " +
            $"{RegistryDedupe.QueueThreshold} for the registry queue, which people review)",
    };
    private static readonly Option<bool> SkipInvalid = new("--skip-invalid")
    {
        Description = "Leave malformed rows out (they are listed and counted) instead of refusing the file",
    };
    private static readonly Option<FileInfo?> SaveModel = new("--save-model")
    {
        Description = "Also write the model estimated from the file (JSON), for the registry run and the intake check to use",
    };
    private static readonly Option<FileInfo?> Model = new("--model")
    {
        Description = $"Score with a saved model (--save-model) instead of estimating one; for --registry it overrides the {LinkageModels.Setting} setting",
    };

    public static Command Create()
    {
        var command = new Command("dedupe", "Find the records of a CSV (or of the registry) that are the same person (probabilistic record linkage)")
        {
            Input, Output, Threshold, Registry, SkipInvalid, SaveModel, Model,
        };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var toRegistry = parsed.GetValue(Registry);
            var p = parsed.GetValue(Threshold) ?? (toRegistry ? RegistryDedupe.QueueThreshold : new DedupeOptions().Threshold);
            if (p is <= 0 or >= 1 || double.IsNaN(p)) throw new UsageException($"--threshold: {p} must lie strictly between 0 and 1.");
            var model = LoadModel(parsed.GetValue(Model));
            if (toRegistry)
            {
                if (parsed.GetValue(SaveModel) is not null) throw new UsageException("--save-model: saves the model of a file run; give --input and --output.");
                return await RegistryAsync(parsed, p, model, ct);
            }
            return FileRun(parsed, p, model);
        }));
        return command;
    }

    private static LinkageModel? LoadModel(FileInfo? file)
    {
        if (file is null) return null;
        try { return ModelFile.Load(file.FullName); }
        catch (ModelFileException e) { throw new UsageException($"--model: {e.Message}"); }
    }

    private static int FileRun(ParseResult parsed, double threshold, LinkageModel? model)
    {
        var startUp = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var file = parsed.GetValue(Input) ?? throw new UsageException("--input: give the persons CSV (or --registry).");
        var target = parsed.GetValue(Output) ?? throw new UsageException("--output: give the file to write the clusters to.");
        if (!file.Exists) throw new UsageException($"--input: there is no file {file.FullName}.");
        if (target.FullName == file.FullName) throw new UsageException("--output: is the input file; give another name.");
        var modelTarget = parsed.GetValue(SaveModel);

        var clock = Stopwatch.StartNew();
        using var output = Open("--output", target);
        using var savedModel = modelTarget is null ? null : Open("--save-model", modelTarget);
        PersonFile persons;
        // Reading keeps nearly all it allocates (the text, then the records): some 10 bytes per byte of the file.
        try { persons = WithBatchGc(() => PersonCsv.Load(PersonCsv.ReadAllText(file.FullName), file.Name), file.Length * 10); }
        catch (PersonCsvException e) { throw new UsageException(e.Message); }
        foreach (var note in persons.Notes) Console.Error.WriteLine(note);
        if (persons.MalformedRows > 0)
        {
            Console.Error.WriteLine(PersonCsv.Describe(persons, file.Name));
            if (!parsed.GetValue(SkipInvalid))
            {
                Console.Error.WriteLine($"hartline: {file.Name} was not deduplicated and nothing was written: correct the rows above, " +
                    "or run again with --skip-invalid to leave them out.");
                return HartlineCli.BadInput;
            }
            if (persons.Records.Count == 0) throw new UsageException($"{file.Name}: no row could be read; nothing was written.");
        }
        var read = clock.Elapsed;
        Console.Error.WriteLine($"Read {persons.Records.Count:N0} records in {read.TotalSeconds:0.0} s.");

        var result = WithBatchGc(() => Deduplicator.Run(persons.Records, new DedupeOptions
        {
            Threshold = threshold, Model = model, Progress = new ProgressLine(), Log = Console.Error.WriteLine,
        }), (long)persons.Records.Count * RunBytesPerRecord);
        var written = Stopwatch.StartNew();
        using (var writer = new StreamWriter(output.Stream, leaveOpen: true, bufferSize: 1 << 16)) ClusterCsv.Write(writer, result.Assignments);
        output.Commit();
        if (savedModel is not null)
        {
            ModelFile.Save(result.Model, savedModel.Stream);
            savedModel.Commit();
        }
        Summarise(persons, result, threshold, model is not null, modelTarget, new RunTimes(startUp, read, written.Elapsed, startUp + clock.Elapsed));
        return HartlineCli.Ok;
    }

    private static AtomicFile Open(string option, FileInfo file)
    {
        if (file.Directory is { Exists: false } folder) throw new UsageException($"{option}: there is no folder {folder.FullName}.");
        try { return new AtomicFile(file.FullName); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UsageException($"{option}: cannot write beside {file.FullName}: {e.Message}"); }
    }

    /// <summary>
    /// Reading and the run allocate hundreds of megabytes (a million records, then arrays per stage) and answer nobody
    /// meanwhile: background (concurrent) collections only take a core from them. Restored afterwards, for a process that goes on (tests).
    /// </summary>
    /// <remarks>
    /// Up to <paramref name="allocations"/> bytes are also allocated without any collection (a no-GC region): the heap is
    /// nearly all live records, and each full collection of it paused both cores for half a second or more, a dozen
    /// times in a million-record run (5 s in all). A run that allocates more simply collects again from there on; the
    /// memory is bounded by the budget (<see cref="MaxNoCollection"/> at most) on top of what is live.
    /// </remarks>
    private static T WithBatchGc<T>(Func<T> run, long allocations)
    {
        // The GC mode is the process's: runs in one process (tests) take turns.
        lock (GcGate)
        {
            var before = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var noCollection = false;
            try { noCollection = GC.TryStartNoGCRegion(Math.Clamp(allocations, MinNoCollection, MaxNoCollection)); }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException) { } // more than the runtime allows: collect as usual
            try { return run(); }
            finally
            {
                // The region has ended by itself if the run allocated more than the budget.
                if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                    try { GC.EndNoGCRegion(); } catch (InvalidOperationException) { }
                GCSettings.LatencyMode = before;
            }
        }
    }

    private static readonly Lock GcGate = new();

    // What a run allocates per record beyond the records themselves (pairs, comparison vectors, per-stage arrays):
    // about 1.5 KB at a million records; the no-collection budget is bounded to keep the run within a few gigabytes.
    private const long RunBytesPerRecord = 2048, MinNoCollection = 16L << 20, MaxNoCollection = 2560L << 20;

    /// <summary>The parts of a run around the engine's stages: process start to the command, reading, writing, and all of it.</summary>
    private sealed record RunTimes(TimeSpan StartUp, TimeSpan Read, TimeSpan Write, TimeSpan Total);

    private static void Summarise(PersonFile persons, DedupeResult result, double threshold, bool savedModelUsed, FileInfo? modelTarget, RunTimes times)
    {
        var s = result.Stats;
        var e = Console.Error;
        e.WriteLine();
        e.WriteLine($"Records:          {s.Records:N0}");
        if (persons.MalformedRows > 0) e.WriteLine($"Rows skipped:     {persons.MalformedRows:N0} malformed (listed above)");
        if (persons.RepeatedRows > 0) e.WriteLine($"Rows repeated:    {persons.RepeatedRows:N0} identical to an earlier row (same id and values), read once");
        e.WriteLine($"Candidate pairs:  {s.CandidatePairs:N0} ({string.Join(", ", s.PairsPerRule.Select(r => $"{r.Key} {r.Value:N0}"))})");
        e.WriteLine($"Linked pairs:     {s.AcceptedPairs:N0} at probability ≥ {threshold}; {s.SecondLookJoins:N0} joins a little below " +
            "(a cluster's combined evidence, or a lone record's one plausible cluster)");
        e.WriteLine($"Persons found:    {s.Clusters:N0} ({s.Records - s.Clusters:N0} records were duplicates)");
        if (savedModelUsed) e.WriteLine("Model:            the saved model given with --model (not estimated from this file)");
        if (modelTarget is not null) e.WriteLine($"Model saved:      {modelTarget.FullName}");
        IEnumerable<KeyValuePair<string, TimeSpan>> stages =
            [new("start-up", times.StartUp), new("read", times.Read), .. s.StageTimes, new("write", times.Write)];
        e.WriteLine($"Time:             {times.Total.TotalSeconds:0.0} s ({string.Join(", ", stages.Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s"))})");
    }

    private static async Task<int> RegistryAsync(ParseResult parsed, double threshold, LinkageModel? model, CancellationToken ct)
    {
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
        using var scope = app.Services.CreateScope();
        RegistryDedupeSummary summary;
        try
        {
            summary = await scope.ServiceProvider.GetRequiredService<RegistryDedupe>().RunAsync(threshold, new ProgressLine(), ct, model);
        }
        catch (ModelFileException e) { throw new UsageException($"{LinkageModels.Setting}: {e.Message}"); }
        Console.Error.WriteLine();
        Console.Error.WriteLine($"Registry records: {summary.Records:N0}; candidate pairs {summary.CandidatePairs:N0}; persons found {summary.Clusters:N0}.");
        Console.Error.WriteLine($"Model:            {summary.Model}");
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

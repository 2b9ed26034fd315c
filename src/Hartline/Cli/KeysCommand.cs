using System.CommandLine;
using Hartline.Data;
using Hartline.Data.Protection;
using Hartline.Security.Protection;

namespace Hartline.Cli;

/// <summary>
/// The field keys: <c>keys new</c> adds an encryption key (the new current one), <c>keys rotate</c> re-encrypts every
/// value under it in batches while the service runs, <c>keys status</c> counts values per key. The order for a key
/// change: new, restart the service nodes (they then write under the new key and read both), rotate, and once status
/// shows nothing under the old key it may be removed from the file.
/// </summary>
internal static class KeysCommand
{
    public static Command Create() => new("keys", "The keys that encrypt identities at rest") { New(), Rotate(), Status() };

    private static Command New()
    {
        var file = new Option<string?>("--file") { Description = $"The key file (default: {FieldKeySource.FileVariable}, else beside the SQLite database)" };
        var command = new Command("new", "Add an encryption key to the key file (making the file when there is none); it becomes the current key") { file };
        command.SetAction((parsed, ct) => HartlineCli.Guard(() =>
        {
            var target = DatabaseTarget.Parse(parsed.GetValue(HartlineCli.Db) ?? Environment.GetEnvironmentVariable("HARTLINE_DB"));
            var path = parsed.GetValue(file) ?? FieldKeySource.FileOf(null, target)
                ?? throw new UsageException($"--file: name the key file (there is no default for PostgreSQL).");
            var keys = File.Exists(path) ? FieldKeys.Parse(File.ReadAllText(path), path).WithNewKey() : FieldKeys.Generate();
            FieldKeySource.Write(path, keys);
            Console.WriteLine(keys.Current == 1
                ? $"Made {Path.GetFullPath(path)} with key 1 and the index key. Keep it apart from the database and its backups."
                : $"Added key {keys.Current} to {Path.GetFullPath(path)}. Restart the service nodes, then run 'hartline keys rotate'.");
            return Task.FromResult(HartlineCli.Ok);
        }));
        return command;
    }

    private static Command Rotate()
    {
        var batch = new Option<int>("--batch") { Description = "Values re-encrypted per transaction", DefaultValueFactory = _ => FieldSweep.DefaultBatch };
        var command = new Command("rotate", "Re-encrypt every stored identity under the current key, in batches, while the service runs") { batch };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var size = parsed.GetValue(batch);
            if (size is < 1 or > 100_000) throw new UsageException("--batch: give a number from 1 to 100000.");
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
            // A second pass catches values a node still on the old key wrote during the first.
            var total = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                var report = await FieldSweep.RunAsync(db, size, Console.WriteLine, ct);
                total += report.Total;
                if (report.Total == 0) break;
            }
            Console.WriteLine($"{total:N0} values re-encrypted under key {db.FieldKeys.Current}.");
            await PrintCountsAsync(db, ct);
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static Command Status()
    {
        var command = new Command("status", "Count the stored values under each key");
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
            using var scope = app.Services.CreateScope();
            await PrintCountsAsync(scope.ServiceProvider.GetRequiredService<HartlineDb>(), ct);
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static async Task PrintCountsAsync(HartlineDb db, CancellationToken ct)
    {
        var counts = await FieldSweep.CountByVersionAsync(db, ct);
        if (counts.Count == 0) Console.WriteLine("No protected values are stored yet.");
        foreach (var (version, count) in counts)
            Console.WriteLine(version == 0 ? $"plain text (not yet encrypted): {count:N0}"
                : $"key {version}{(version == db.FieldKeys.Current ? " (current)" : "")}: {count:N0}");
    }
}

using System.CommandLine;
using System.Globalization;
using Hartline.Data;
using Hartline.Security.Audit.Chain;

namespace Hartline.Cli;

/// <summary>
/// The audit trail's tamper evidence and retention: <c>audit verify</c> checks every seal and the chain (exit 1 at the
/// first event edited, inserted or deleted), <c>audit seal</c> chains what is waiting (the server does it by itself),
/// <c>audit archive</c> moves events past retention into an archive file.
/// </summary>
internal static class AuditCommand
{
    public static Command Create() => new("audit", "The audit trail: verify it has not been tampered with, chain new events, archive old ones")
    {
        Verify(), Seal(), Archive(),
    };

    private static Command Verify()
    {
        var archive = new Option<string?>("--archive") { Description = "Check an archive file written by 'audit archive' instead of the database" };
        var command = new Command("verify", "Check every event's seal and the chain; exit 1 at the first event edited, inserted or deleted") { archive };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
            AuditVerification result;
            if (parsed.GetValue(archive) is { } file)
            {
                if (!File.Exists(file)) throw new UsageException($"--archive: there is no file at {Path.GetFullPath(file)}.");
                try { result = await AuditArchiver.VerifyFileAsync(file, AuditSeal.KeyOf(db.FieldKeys), ct); }
                catch (InvalidDataException e) { throw new UsageException($"--archive: {e.Message}"); }
                Console.WriteLine($"Archive {Path.GetFileName(file)}: events {result.FirstSeq} to {result.LastSeq} ({result.Chained:N0}).");
            }
            else
            {
                result = await AuditVerifier.VerifyAsync(db, ct);
                Console.WriteLine(result.Chained == 0
                    ? "No event is chained yet."
                    : $"Chained: events {result.FirstSeq} to {result.LastSeq} ({result.Chained:N0}), the last at {result.LastAt:yyyy-MM-dd HH:mm:ss} UTC.");
                if (result.Archived > 0) Console.WriteLine($"Archived before them: {result.Archived:N0} events.");
                if (result.Waiting > 0) Console.WriteLine($"Waiting to be chained: {result.Waiting:N0} events, each with a right seal (the server chains them within seconds; 'hartline audit seal' does it now).");
                // What a chain cannot show is its newest events cut off: keep the head elsewhere and compare it next time.
                Console.WriteLine($"Head: {result.LastSeq}:{result.Head}");
            }
            if (result.Intact)
            {
                Console.WriteLine("The audit trail is intact: no event was edited, inserted or deleted.");
                return HartlineCli.Ok;
            }
            Console.WriteLine($"The audit trail was tampered with: {result.First!.Kind.ToString().ToLowerInvariant()} — {result.First.Message}.");
            if (result.Problems > 1) Console.WriteLine($"{result.Problems} places in all do not hold together.");
            return HartlineCli.Failed;
        }));
        return command;
    }

    private static Command Seal()
    {
        var command = new Command("seal", "Chain the events waiting now (the server does this every few seconds by itself)");
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            using var scope = app.Services.CreateScope();
            var chained = await AuditChain.SealAllAsync(scope.ServiceProvider.GetRequiredService<HartlineDb>(), ct);
            Console.WriteLine($"{chained:N0} events chained.");
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static Command Archive()
    {
        var output = new Option<string>("--out") { Description = "The archive file to write (JSON lines)", Required = true };
        var before = new Option<string?>("--before")
        {
            Description = $"Archive the events before this date (yyyy-mm-dd; default: the retention, Hartline:Audit:RetentionYears, {AuditRetention.DefaultYears} years, before today)",
        };
        var command = new Command("archive", "Write the events past retention to an archive file, then take them out of the database") { output, before };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            var clock = app.Services.GetRequiredService<TimeProvider>();
            DateTime cutoff;
            if (parsed.GetValue(before) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    throw new UsageException($"--before: '{text}' is not a date written yyyy-mm-dd.");
                cutoff = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
            else cutoff = clock.GetUtcNow().UtcDateTime.Date.AddYears(-AuditRetention.Years(app.Configuration));
            var file = parsed.GetValue(output)!;
            if (File.Exists(file)) throw new UsageException($"--out: {Path.GetFullPath(file)} exists already; name a new file (an archive is never overwritten).");
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder))
                throw new UsageException($"--out: there is no folder {folder}.");
            using var scope = app.Services.CreateScope();
            var result = await AuditArchiver.ArchiveAsync(scope.ServiceProvider.GetRequiredService<HartlineDb>(), cutoff, file, clock, ct);
            Console.WriteLine(result.Count == 0
                ? $"No chained event is older than {cutoff:yyyy-MM-dd}: nothing archived."
                : $"Archived events {result.FromSeq} to {result.UpToSeq} ({result.Count:N0}, before {cutoff:yyyy-MM-dd}) to {result.File} (SHA-256 {result.FileDigest}), then took them out of the database.");
            return HartlineCli.Ok;
        }));
        return command;
    }
}

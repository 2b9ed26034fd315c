using System.CommandLine;
using Hartline.Features.People.Deduplication;
using Hartline.Features.Services.Directory.Exchange;
using Hartline.Security;

namespace Hartline.Cli;

/// <summary>
/// hartline directory import PATH [--dry-run] and hartline directory export --out DIR [--format csv|json] [--force]:
/// the service directory as HSDS 3.0 files. Everything is said on standard error (as dedupe does): the counts, the
/// notes, and each problem as FILE:LINE: column: message. A package with any problem exits 2 with nothing saved.
/// </summary>
internal static class DirectoryCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A folder holding datapackage.json and its CSV files (or that datapackage.json, or a .zip of the folder), or a .json of HSDS services",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and say what would be added and changed, but save nothing" };
        var import = new Command("import", "Import a directory by id: rows are added or updated, none is deleted; any problem and nothing is saved") { path, dryRun };
        import.SetAction((parsed, ct) => HartlineCli.Guard(() => ImportAsync(parsed, parsed.GetValue(path)!, parsed.GetValue(dryRun), ct)));

        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the files to (made if missing)", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "csv: datapackage.json and one CSV per table (the default); json: services.json, HSDS service_full objects",
            DefaultValueFactory = _ => DirectoryExport.Csv,
        };
        var force = new Option<bool>("--force") { Description = "Replace the files of an earlier export in that folder (other files are never touched)" };
        var export = new Command("export", "Write the whole directory as HSDS 3.0 files, ids kept") { output, format, force };
        export.SetAction((parsed, ct) => HartlineCli.Guard(() =>
            ExportAsync(parsed, parsed.GetValue(output)!, parsed.GetValue(format)!, parsed.GetValue(force), ct)));

        return new Command("directory", "The service directory as HSDS 3.0 (Open Referral) files: import and export") { import, export };
    }

    private static async Task<int> ImportAsync(ParseResult parsed, string path, bool dryRun, CancellationToken ct)
    {
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
        using var scope = app.Services.CreateScope();
        var package = DirectoryPackage.FromPath(path);
        // The command line is run by whoever operates the server: it acts as the system.
        var result = (await scope.ServiceProvider.GetRequiredService<DirectoryImport>().ImportAsync(package, Actor.System, dryRun, ct))!;
        var e = Console.Error;
        foreach (var note in result.Notes) e.WriteLine($"note: {note}");
        if (!result.Valid)
        {
            foreach (var problem in result.Errors) e.WriteLine(problem.ForConsole());
            if (result.ErrorsNotListed > 0) e.WriteLine($"… and {result.ErrorsNotListed:N0} more problems.");
            e.WriteLine($"hartline: {package.Name} was not imported: {Plural(result.Errors.Count + result.ErrorsNotListed, "problem")} (listed above); nothing was saved.");
            return HartlineCli.BadInput;
        }
        e.WriteLine(result.Added + result.Updated == 0 ? $"Nothing to import: everything in {package.Name} is already in the directory."
            : dryRun ? $"Checked {package.Name}: it can be imported (--dry-run: nothing was saved)." : $"Imported {package.Name}.");
        e.WriteLine($"  {"Table",-38} {"Added",7} {"Changed",8} {"Unchanged",10}");
        foreach (var t in result.Tables) e.WriteLine($"  {t.Words,-38} {t.Added,7:N0} {t.Updated,8:N0} {t.Unchanged,10:N0}");
        if (result.Tables.Count == 0) e.WriteLine("  (no rows)");
        return HartlineCli.Ok;
    }

    private static async Task<int> ExportAsync(ParseResult parsed, DirectoryInfo folder, string format, bool force, CancellationToken ct)
    {
        format = format.Trim().ToLowerInvariant();
        if (!DirectoryExport.Formats.Contains(format))
            throw new UsageException($"--format: '{format}' is not one of {string.Join(", ", DirectoryExport.Formats)}.");
        // Said before the database is read: an earlier export is replaced only when asked.
        var clashing = DirectoryExport.FileNames(format).Where(name => File.Exists(Path.Combine(folder.FullName, name))).ToList();
        if (clashing.Count > 0 && !force)
            throw new UsageException($"--out: {folder.FullName} already holds {clashing[0]}" +
                (clashing.Count > 1 ? $" and {clashing.Count - 1} more of the files this export writes" : "") + "; add --force to replace them, or give another folder.");

        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
        using var scope = app.Services.CreateScope();
        var files = await scope.ServiceProvider.GetRequiredService<DirectoryExport>().FilesAsync(format, ct);
        try { folder.Create(); }
        catch (Exception x) when (x is IOException or UnauthorizedAccessException) { throw new UsageException($"--out: cannot make {folder.FullName}: {x.Message}"); }
        // Each file is written beside its place and moved there whole: a failure never leaves half a file behind.
        foreach (var file in files)
        {
            using var atomic = new AtomicFile(Path.Combine(folder.FullName, file.Name));
            atomic.Stream.Write(file.Content);
            atomic.Commit();
        }
        Console.Error.WriteLine($"Wrote {Plural(files.Count, "file")} to {folder.FullName}: {string.Join(", ", files.Select(f => f.Name))}.");
        return HartlineCli.Ok;
    }

    private static string Plural(int n, string what) => $"{n:N0} {what}{(n == 1 ? "" : "s")}";
}

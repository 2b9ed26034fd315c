using System.CommandLine;
using Hartline.Features.Jobs;
using Hartline.Features.Reports.CaseExport;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Cli;

/// <summary>
/// hartline export cases --out FILE: the de-identified case export, run here from start to end by the same job handler
/// the server's runner uses (so its memory can be measured on the whole process). The job is saved already claimed by
/// this process, so a server on the same database never runs it too; it acts as the system, over every case.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists" };
        var cases = new Command("cases", "One de-identified line per case (numbers made up for the file, months not dates, ages not birth dates, codes; no names or free text)")
            { output, force };
        cases.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var target = parsed.GetValue(output)!;
            if (target.Directory is { Exists: false } folder) throw new UsageException($"--out: the folder {folder.FullName} does not exist.");
            if (target.Exists && !parsed.GetValue(force)) throw new UsageException($"--out: {target.FullName} exists; add --force to replace it.");
            // Writes a job row: the schema is brought up to date first (a database made before background jobs existed).
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            var job = await services.GetRequiredService<JobQueue>().StartHereAsync(CaseExportJob.JobKind, Actor.System, ct: ct);
            var started = DateTime.UtcNow;
            var state = await app.Services.GetRequiredService<JobRunner>().RunClaimedAsync(job, ct);
            var ended = await services.GetRequiredService<Data.HartlineDb>().Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == job.Id, ct);
            if (state != JobState.Finished || ended.ResultFile is null)
            {
                await Console.Error.WriteLineAsync($"hartline: the export failed: {ended.Failure ?? "it did not finish."}");
                return HartlineCli.Failed;
            }
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value;
            File.Move(Path.Combine(options.Directory, ended.ResultFile), target.FullName, overwrite: true);
            await Console.Error.WriteLineAsync($"Wrote {ended.Done:N0} cases to {target.FullName} in {(DateTime.UtcNow - started).TotalSeconds:N1} s.");
            return HartlineCli.Ok;
        }));
        return new Command("export", "De-identified exports") { cases };
    }
}

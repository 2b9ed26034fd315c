using System.Diagnostics;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>
/// <c>hartline export cases</c> killed (SIGKILL, no chance to tidy up) while it writes: the file asked for still holds the
/// last whole export, not part of a new one; the next run writes it whole; the audit trail still verifies. The export is
/// made to write one case a page (<c>Hartline:CaseExport:PageSize</c>) so the kill lands while it writes.
/// </summary>
public sealed class KilledExportTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task An_export_killed_while_it_writes_leaves_the_last_whole_file_and_the_next_run_writes_it_whole()
    {
        var investigator = await app.World.User(Roles.Investigator, await app.World.Agency("Killed export"));
        for (var i = 0; i < 24; i++) await app.World.Case(investigator);
        var folder = Directory.CreateTempSubdirectory("hartline-killed-export-").FullName;
        var target = Path.Combine(folder, "cases.csv");
        const string lastWeek = "the whole export of last week\n";
        await File.WriteAllTextAsync(target, lastWeek);

        using (var export = Start(folder, target))
        {
            var parts = Path.Combine(folder, "data", "jobs");
            var waited = Stopwatch.StartNew();
            while (!(Directory.Exists(parts) && Directory.EnumerateFiles(parts, "*.part").Any()) && !export.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(5);
            if (export.HasExited) Assert.Fail($"the export ended (code {export.ExitCode}) before it could be killed while writing");
            export.Kill(); // SIGKILL
            await export.WaitForExitAsync();
        }
        Assert.Equal(lastWeek, await File.ReadAllTextAsync(target));

        var (code, said) = await RunAsync(folder, target);
        Assert.True(code == 0, said);
        var lines = await File.ReadAllLinesAsync(target);
        Assert.True(lines.Length >= 25, $"{lines.Length} lines"); // the header and a line a case (other tests' cases too)
        Assert.Equal(lines[0].Split(',').Length, lines[^1].Split(',').Length); // the last line is whole

        var (verified, output, error) = await CliRunner.RunCaptured("audit", "verify", "--db", app.Database.Setting);
        Assert.True(verified == 0, output + error);
    }

    private async Task<(int Code, string Said)> RunAsync(string folder, string target)
    {
        using var run = Start(folder, target);
        var (said, errors) = (run.StandardOutput.ReadToEndAsync(), run.StandardError.ReadToEndAsync());
        await run.WaitForExitAsync();
        return (run.ExitCode, await errors + await said);
    }

    private Process Start(string folder, string target)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "hartline.dll"), "export", "cases", "--out", target, "--force", "--db", app.Database.Setting })
            start.ArgumentList.Add(a);
        start.Environment["Hartline__CaseExport__PageSize"] = "1";
        foreach (var (name, value) in app.FieldKeysEnvironment()) start.Environment[name] = value;
        return Process.Start(start)!;
    }
}

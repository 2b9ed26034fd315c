using System.Diagnostics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>
/// The document passes Redocly CLI's recommended rules, the linter a client author would run first.
/// It runs here rather than among the browser tests because it needs only the in-memory host (no Kestrel,
/// Chromium or demo data); the CLI is the one the browser tests' npm package installs
/// (scripts/install-test-deps.sh), found from the repository root like axe-core is.
/// </summary>
public sealed class OpenApiLintTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly string NodePackage = Path.Combine(RepositoryRoot(), "tests", "Hartline.BrowserTests");

    [Fact]
    public async Task The_openapi_document_passes_redoclys_recommended_rules()
    {
        Assert.True(File.Exists(Path.Combine(NodePackage, "node_modules", "@redocly", "cli", "package.json")),
            $"Redocly CLI is missing under {NodePackage}/node_modules: run scripts/install-test-deps.sh");
        var file = Path.Combine(Directory.CreateTempSubdirectory("hartline-openapi-").FullName, "v1.json");
        await File.WriteAllTextAsync(file, await app.NewClient().GetStringAsync("/openapi/v1.json"));

        var lint = new ProcessStartInfo("npx", ["--no", "redocly", "lint", "--extends=recommended", "--format=stylish", "--max-problems=500", file])
        {
            WorkingDirectory = NodePackage, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        // Offline and quiet: no usage report, no update check.
        lint.Environment["REDOCLY_TELEMETRY"] = "off";
        lint.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(lint)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        Assert.True(process.ExitCode == 0, $"redocly lint found errors in /openapi/v1.json:\n{await output}\n{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hartline.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Hartline.slnx not found above " + AppContext.BaseDirectory);
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>What every page a person visits gets: a screenshot to look at, and an axe-core accessibility check.</summary>
public static class PageChecks
{
    private static readonly string RepoRoot = FindRepoRoot();
    public static readonly string ScreenshotFolder = Path.Combine(RepoRoot, "test-results", "screenshots");
    private static readonly string AxeScript = Path.Combine(RepoRoot, "tests", "Hartline.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, listing them.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing at {AxeScript}: run scripts/install-test-deps.sh");
        // Evaluated through the DevTools protocol: the page's Content-Security-Policy stays in force.
        await page.EvaluateAsync($"() => {{ {AxeSource.Value}\n; return typeof axe; }}");
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        var problems = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(problems.Count == 0, $"{page.Url}: {string.Join("; ", problems)}");
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(AxeScript));

    /// <summary>
    /// The repository holding test.sh above the build output, or HARTLINE_REPO_ROOT when the build went
    /// elsewhere (a private --artifacts-path, so that parallel builds don't collide).
    /// </summary>
    private static string FindRepoRoot()
    {
        if (Environment.GetEnvironmentVariable("HARTLINE_REPO_ROOT") is { Length: > 0 } root) return root;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "test.sh"))) return dir.FullName;
        throw new InvalidOperationException("Run the browser tests from inside the Hartline repository, or set HARTLINE_REPO_ROOT.");
    }
}

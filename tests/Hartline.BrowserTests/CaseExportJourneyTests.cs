using System.Text.RegularExpressions;
using Hartline.Security;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// The Analyst finds the case-level export on Statistics, reads what it holds and leaves out, starts it, checks again
/// until it is ready, and downloads a file of codes and months; on a phone the list of exports stacks.
/// </summary>
public sealed class CaseExportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_analyst_starts_the_case_export_sees_it_finish_and_downloads_it()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst, acceptDownloads: true);
        await page.GotoAsync("/Reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Case-level export", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Case-level export", Exact = true }).WaitForAsync();
        Assert.Contains("No names", await page.Locator("main").TextContentAsync());
        await CheckAsync(page, "case-export-01-start");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the export" }).ClickAsync();
        await page.GetByText("The export has started").WaitForAsync();
        for (var i = 0; i < 60 && await page.GetByRole(AriaRole.Link, new() { Name = "Download the CSV" }).CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.GotoAsync("/Reports/CaseExport"); // what "Check again" does
        }
        Assert.Equal("Ready to download", (await page.Locator("table .usa-tag").First.TextContentAsync())?.Trim());
        Assert.Matches(new Regex(@"^[\d,]+ of [\d,]+ cases$"), (await page.Locator("td[data-label=Progress]").First.TextContentAsync())!.Trim());
        await CheckAsync(page, "case-export-02-ready");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the CSV" }).First.ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("youth_number,case_number,region,", csv);
        Assert.DoesNotMatch(new Regex(@"\d{4}-\d{2}-\d{2}"), csv);
        Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 100, "The demo caseload should fill the file.");

        var phone = await app.SignedInPageAsync(Roles.Analyst, width: 390, height: 844);
        await phone.GotoAsync("/Reports/CaseExport");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px.");
        await CheckAsync(phone, "case-export-03-phone");
    }
}

using System.IO.Compression;
using System.Text;
using Hartline.Security;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// A coordinator, at a desk and on a phone, checks a directory file with mistakes (a table says where each is),
/// then a good one, is asked before it is imported, and imports it. Each page is screenshotted, passes axe-core,
/// and does not scroll sideways.
/// </summary>
public sealed class DirectoryExchangeJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280, "desk")]
    [InlineData(390, "phone")]
    public async Task A_coordinator_checks_a_file_sees_its_problems_then_imports_a_good_one(int width, string name)
    {
        var page = await app.SignedInPageAsync(Roles.Coordinator, width: width, height: 844);
        await page.GotoAsync("/Services");
        await page.GetByRole(AriaRole.Link, new() { Name = "Download the directory, or import one" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import and export the directory", Level = 1 }).WaitForAsync();

        var (organization, service) = (Guid.NewGuid(), Guid.NewGuid());
        await UploadAsync(page, Package(organization, service, "Drop-in, \"open\" late", minimumAge: "18", maximumAge: "12", status: "open"));
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "The 2 problems" });
        await problems.WaitForAsync();
        Assert.Contains("the minimum age (18) is above the maximum age (12)", await problems.TextContentAsync());
        await CheckPageAsync(page, $"exchange-{name}-problems");

        await UploadAsync(page, Package(organization, service, "Drop-in, \"open\" late 🌙", minimumAge: "12", maximumAge: "18", status: "active"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import this directory?", Level = 1 }).WaitForAsync();
        Assert.Contains("2 records added", await page.TextContentAsync("section.confirm"));
        await CheckPageAsync(page, $"exchange-{name}-confirm");

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, import the directory" }).ClickAsync();
        await page.GetByText("Imported directory.zip: 2 records added").WaitForAsync();
        await CheckPageAsync(page, $"exchange-{name}-imported");
        await page.GotoAsync("/Services");
        Assert.Contains("Drop-in, \"open\" late 🌙", await page.TextContentAsync("main"));
        await page.Context.CloseAsync();
    }

    private static async Task UploadAsync(IPage page, byte[] zip)
    {
        await page.GotoAsync("/Services/Exchange");
        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload { Name = "directory.zip", MimeType = "application/zip", Buffer = zip });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
    }

    private static async Task CheckPageAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{screenshot}: {widths[0]} px wide on a {widths[1]} px screen");
    }

    private static byte[] Package(Guid organization, Guid service, string serviceName, string minimumAge, string maximumAge, string status)
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "organization", "path": "organizations.csv" }, { "name": "service", "path": "services.csv" } ] }""",
            ["organizations.csv"] = $"id,name,description\n{organization},Night Owl House,Open at night\n",
            ["services.csv"] = "id,organization_id,name,status,minimum_age,maximum_age\n" +
                $"{service},{organization},\"{serviceName.Replace("\"", "\"\"")}\",{status},{minimumAge},{maximumAge}\n",
        };
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (file, text) in files)
            {
                using var entry = zip.CreateEntry(file).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }
}

using Hartline.Security;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>A coordinator compares two records of one youth, merges them, and undoes the merge.</summary>
public sealed class DuplicateReviewJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Coordinator_compares_merges_and_undoes()
    {
        // The demo holds a few youth referred twice with the name spelled differently; its registry run
        // put those pairs in the queue.
        var page = await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(app.EmailOf(Roles.Coordinator));
        await page.GetByLabel("Password").FillAsync(app.PasswordOf(Roles.Coordinator));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Possible duplicates" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Possible duplicates" }).WaitForAsync();
        await page.ScreenshotAsync("20-duplicate-queue");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Compare ") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Are these the same youth?" }).WaitForAsync();
        var why = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Why the engine thinks so") });
        Assert.True(await why.GetByRole(AriaRole.Row).CountAsync() > 2, "the explanation lists the fields");
        await page.ScreenshotAsync("21-compare");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Keep A").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Same youth: confirmed by the school social worker.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge the records" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo this merge" }).WaitForAsync();
        Assert.Contains("Merged", await page.ContentAsync());
        await page.ScreenshotAsync("22-merged");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/People/Merges");
        await page.ScreenshotAsync("23-merge-history");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo merge of ") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Merge history" }).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo merge of ") }).CountAsync());
    }
}

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
        await page.GetByLabel("Code from your authenticator app").FillAsync(app.CodeOf(Roles.Coordinator));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Possible duplicates" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Possible duplicates" }).WaitForAsync();
        await page.ScreenshotAsync("20-duplicate-queue");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Compare ") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Are these the same youth?" }).WaitForAsync();
        // What agrees and what differs, in words; the engine's weights are behind a details section.
        var why = page.GetByRole(AriaRole.Region, new() { Name = "Why they may be the same youth" });
        Assert.True(await why.GetByRole(AriaRole.Listitem).CountAsync() >= 2, "the explanation lists the fields in words");
        Assert.False(await why.GetByRole(AriaRole.Table).IsVisibleAsync()); // the weights stay folded away
        await page.ScreenshotAsync("21-compare");
        await page.AssertAccessibleAsync();

        // Merging asks first, saying what moves; the reason is written there.
        await page.GetByLabel("Keep A").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge the records" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Merge these records?" }).WaitForAsync();
        Assert.True(await page.GetByLabel("Keep A").IsCheckedAsync());
        await page.GetByLabel("Why they are the same youth").FillAsync("Same youth: confirmed by the school social worker.");
        await page.ScreenshotAsync("22-merge-confirm");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, merge the records" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Undo this merge" }).WaitForAsync();
        Assert.Contains("Status: merged.", await page.TextContentAsync("main"));
        await page.ScreenshotAsync("22-merged");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/People/Merges");
        await page.ScreenshotAsync("23-merge-history");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo merge of ") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo the merge of ") }).WaitForAsync();
        await page.ScreenshotAsync("24-undo-confirm");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, undo the merge" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Merge history" }).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo merge of ") }).CountAsync());
    }
}

using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>A coordinator compares two records of one youth, merges them, and undoes the merge.</summary>
public sealed class DuplicateReviewJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Coordinator_compares_merges_and_undoes()
    {
        // Two demo youth stand in for two records of one youth (the journey is about the screens).
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>();
            var two = await db.People.OrderBy(p => p.Id).Take(2).Select(p => p.Id).ToListAsync();
            await scope.ServiceProvider.GetRequiredService<DuplicateReview>().RecordAsync(two[0], two[1], 0.964,
                new { matchWeight = 8.7, probability = 0.964, fields = new[] { new { field = "family_name", level = "same sound", weight = 5.1, description = "family names sound alike" } } },
                "browser test");
        }
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
        Assert.Contains("family names sound alike", await page.ContentAsync());
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

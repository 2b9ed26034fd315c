using Hartline.Features.Mdt;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// Each demo role walks every top-level page: the ones it may open must render and pass axe-core (the
/// journeys cover the pages behind them); the ones it may not must look like a missing page.
/// </summary>
public sealed class EveryPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Pages =
    [
        "/", "/Cases", "/Intake/Referrals", "/Intake/Referrals/New", "/Mdt", "/Mdt/Meetings", "/People/Duplicates",
        "/People/Merges", "/Reports", "/Admin/Audit", "/Account/ChangePassword",
    ];

    [Fact]
    public async Task Every_role_gets_accessible_pages_or_a_not_found()
    {
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<MdtDemo>().LoadAsync();
        var opened = new List<string>();
        foreach (var role in app.SignIns.Select(s => s.Role).Distinct())
        {
            var page = await app.SignedInPageAsync(role);
            foreach (var path in Pages)
            {
                var response = await page.GotoAsync(path);
                Assert.NotNull(response);
                Assert.True(response.Status is 200 or 404, $"{role} {path}: {response.Status}");
                if (response.Status == 404)
                {
                    Assert.Equal(0, await page.GetByRole(AriaRole.Table).CountAsync()); // nothing of the page behind it
                    continue;
                }
                await page.ScreenshotAsync($"every-{role.ToLowerInvariant()}{path.Replace('/', '-').TrimEnd('-')}");
                await page.AssertAccessibleAsync();
                opened.Add($"{role} {path}");
            }
            // A team's page, where the role may see one.
            await page.GotoAsync("/Mdt");
            var team = page.Locator("a[href^='/Mdt/Teams/']").First;
            if (await team.CountAsync() > 0)
            {
                await team.ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
                await page.ScreenshotAsync($"every-{role.ToLowerInvariant()}-mdt-team");
                await page.AssertAccessibleAsync();
                opened.Add($"{role} team");
            }
            await page.Context.CloseAsync();
        }
        // The walk reached the pages that matter to each kind of user.
        Assert.Contains("Administrator /Admin/Audit", opened);
        Assert.Contains("Analyst /Reports", opened);
        Assert.Contains("Coordinator team", opened);
        Assert.DoesNotContain("Analyst /Admin/Audit", opened);
        Assert.DoesNotContain("Provider /Admin/Audit", opened);
        Assert.DoesNotContain("Trainer /Cases", opened);
    }
}

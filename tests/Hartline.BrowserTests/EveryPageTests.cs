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
        "/People/Merges", "/Reports", "/Admin/Audit", "/Admin/Legal", "/Admin/Users", "/Admin/Users/New", "/Admin/Agencies/New", "/Account/ChangePassword", "/Account/TwoFactor", "/Services",
        "/Services/Exchange", "/Services/Referrals", "/Services/Room",
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
        Assert.Contains("Administrator /Admin/Legal", opened);
        Assert.DoesNotContain("Investigator /Admin/Legal", opened);
        Assert.Contains("Analyst /Reports", opened);
        Assert.Contains("Coordinator team", opened);
        Assert.DoesNotContain("Analyst /Admin/Audit", opened);
        Assert.DoesNotContain("Provider /Admin/Audit", opened);
        Assert.DoesNotContain("Trainer /Cases", opened);
    }

    [Fact]
    public async Task A_newcomer_finds_the_demo_accounts_on_the_sign_in_page_at_desk_and_phone_width()
    {
        // As serve --demo does: the sign-ins are kept for the sign-in page while the cases load behind it.
        var loading = app.Services.GetRequiredService<Hartline.Features.Demo.DemoLoading>();
        loading.Start(app.SignIns);
        loading.Report(new Hartline.Features.Demo.DemoProgress(40, 284));
        try
        {
            foreach (var (width, name) in new[] { (1280, "desk"), (390, "phone") })
            {
                var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = 844 } });
                var page = await context.NewPageAsync();
                // Half a minute on: the code the page shows is one no earlier sign-in of the suite has taken.
                app.Codes.Clock.Advance();
                await page.GotoAsync("/Account/SignIn");
                await page.GetByRole(AriaRole.Heading, new() { Name = "Demo accounts" }).WaitForAsync();
                Assert.Contains("40 of 284 referrals", await page.TextContentAsync("main"));
                var analyst = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Analyst" });
                Assert.Contains(app.PasswordOf(Hartline.Security.Roles.Analyst), await analyst.TextContentAsync());
                await page.ScreenshotAsync($"demo-sign-in-{name}");
                await page.AssertAccessibleAsync();

                // Sign in with what the page lists: the newcomer's first step.
                await page.GetByLabel("E-mail").FillAsync(app.EmailOf(Hartline.Security.Roles.Coordinator));
                await page.GetByLabel("Password").FillAsync(app.PasswordOf(Hartline.Security.Roles.Coordinator));
                var coordinator = page.GetByRole(AriaRole.Row).Filter(new() { HasText = app.EmailOf(Hartline.Security.Roles.Coordinator) });
                var code = (await coordinator.Locator("td[data-label='Code now']").TextContentAsync())!.Trim();
                Assert.Matches("^[0-9]{6}$", code);
                await page.GetByLabel("Code from your authenticator app").FillAsync(code);
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
                Assert.Contains("Demo cases are still loading", await page.TextContentAsync("main"));
                await context.CloseAsync();
            }
        }
        finally
        {
            loading.Finish();
        }
    }
}

using Hartline.Security;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// The Administrator adds a person to the team (shown their one-time password once), then opens a colleague's account
/// and is asked first before resetting their two-factor sign-in (and cancels: the demo's provider keeps their app); at
/// desk and phone width, axe-core clean.
/// </summary>
public sealed class AdminUsersJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280, "desk")]
    [InlineData(390, "phone")]
    public async Task The_administrator_adds_a_user_and_is_asked_before_resetting_a_colleagues_two_factor_sign_in(int width, string name)
    {
        var page = await app.SignedInPageAsync(Roles.Administrator, width: width);
        await page.GotoAsync("/Admin/Users");
        await page.ScreenshotAsync($"admin-users-01-list-{name}");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Add a user" }).WaitForAsync();
        // Nothing filled in: each field says what it needs.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await page.GetByText("Enter the person's name as colleagues know it.").WaitForAsync();
        await page.ScreenshotAsync($"admin-users-02-new-refused-{name}");
        await page.AssertAccessibleAsync();

        var email = $"d.okafor.{name}.{Guid.NewGuid():N}"[..30] + "@beacon.demo";
        await page.GetByLabel("Name").FillAsync("Daniela Okafor");
        await page.GetByLabel("Work e-mail").FillAsync(email);
        await page.GetByLabel("Agency").SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Service provider" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Daniela Okafor can sign in" }).WaitForAsync();
        Assert.Matches("^\\S{12,}$", (await page.Locator("code.key").TextContentAsync())!.Trim());
        await page.ScreenshotAsync($"admin-users-03-one-time-password-{name}");
        await page.AssertAccessibleAsync();

        // A colleague lost their phone: their account, then the reset, asked first.
        await page.GotoAsync("/Admin/Users");
        var colleague = await ProviderNameAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = colleague, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reset two-factor sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reset .*two-factor sign-in\\?$") }).WaitForAsync();
        await page.ScreenshotAsync($"admin-users-04-reset-asked-{name}");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Signing in" }).WaitForAsync();
        await page.ScreenshotAsync($"admin-users-05-account-{name}");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The demo provider's display name, read from the list (the demo names may change).</summary>
    private async Task<string> ProviderNameAsync(IPage page)
    {
        var row = page.Locator("tr").Filter(new() { HasText = app.EmailOf(Roles.Provider) });
        return (await row.Locator("td[data-label='Name'] a").TextContentAsync())!.Trim();
    }
}

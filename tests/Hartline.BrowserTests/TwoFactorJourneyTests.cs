using Hartline.Features.Admin;
using Hartline.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// A new investigator signs in for the first time with their password alone, is taken to set up an authenticator app
/// (QR code and key, at desk and phone width), types the app's code, keeps the recovery codes shown once, and goes on;
/// the next sign-in asks for a code.
/// </summary>
public sealed class TwoFactorJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280, "desk")]
    [InlineData(390, "phone")]
    public async Task A_new_investigator_sets_up_two_factor_sign_in_at_first_sign_in(int width, string name)
    {
        var (email, password) = await NewInvestigatorAsync();
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Set up your authenticator app" }).WaitForAsync();
        Assert.Contains("opens children's case files", await page.Locator("main").TextContentAsync());
        await page.ScreenshotAsync($"two-factor-01-set-up-{name}");
        await page.AssertAccessibleAsync();
        // The QR code is drawn, and fits the screen.
        var qr = await page.Locator(".qr svg").BoundingBoxAsync();
        Assert.NotNull(qr);
        Assert.True(qr.Width >= 150 && qr.X + qr.Width <= width, $"QR code {qr.Width} px wide at {qr.X}");

        // Anywhere else leads back here until it is done.
        await page.GotoAsync("/Cases");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Set up your authenticator app" }).WaitForAsync();

        // The key typed into the app; the app's code typed back (a wrong one first).
        var key = (await page.Locator("code.key").TextContentAsync())!.Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await page.GetByText("is not the one the app shows now").WaitForAsync();
        await page.GetByLabel("Code from the app").FillAsync(app.Codes.Next(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Keep these recovery codes" }).WaitForAsync();
        Assert.Equal(10, await page.Locator(".recovery-codes code").CountAsync());
        await page.ScreenshotAsync($"two-factor-02-recovery-codes-{name}");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to Hartline" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();

        await context.CloseAsync();

        // Another device: the password alone now asks for the code, kept in the form so only the code is typed.
        context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = 900 } });
        page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Enter the 6-digit code").WaitForAsync();
        await page.ScreenshotAsync($"two-factor-03-code-asked-{name}");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(app.Codes.Next(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
        await context.CloseAsync();
    }

    private async Task<(string Email, string Password)> NewInvestigatorAsync()
    {
        using var scope = app.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var (agency, _) = await admin.EnsureAgencyAsync("Journey Agency", AgencyKind.ChildWelfare);
        var email = $"new.investigator.{Guid.NewGuid():N}@hart.demo";
        var created = await admin.AddUserAsync(email, "Robin Newhire", agency, Roles.Investigator, oneTime: false);
        return (email, created.OneTimePassword);
    }
}

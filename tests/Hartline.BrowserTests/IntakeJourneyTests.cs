using Hartline.Security;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>The journeys a person walks, in a real browser: each page screenshotted and checked with axe.</summary>
public sealed class IntakeJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignInAsync(string role)
    {
        var page = await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await page.GotoAsync("/");
        await page.ScreenshotAsync("01-sign-in");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("E-mail").FillAsync(app.EmailOf(role));
        await page.GetByLabel("Password").FillAsync(app.PasswordOf(role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Investigator_enters_a_referral_sees_the_case_and_opens_the_report()
    {
        var page = await SignInAsync(Roles.Investigator);
        await page.ScreenshotAsync("02-home");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "New referral" }).WaitForAsync();
        await page.AssertAccessibleAsync();

        // First a mistake: no names. The form must say which fields, and keep what was typed.
        await page.GetByLabel("Source").SelectOptionAsync(new SelectOptionValue { Label = "School" });
        await page.GetByLabel("Reporting agency").FillAsync("Northfield High School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral and open case" }).ClickAsync();
        await page.GetByText("The referral was not saved.").WaitForAsync();
        Assert.Contains("Enter the youth's given name", await page.Locator("#Input-GivenName-error").InnerTextAsync());
        Assert.Equal("Northfield High School", await page.GetByLabel("Reporting agency").InputValueAsync());
        await page.ScreenshotAsync("03-referral-errors");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Region 2 – South Central" });
        await page.GetByLabel("Given name").FillAsync("Marisol");
        await page.GetByLabel("Family name").FillAsync("Browserton");
        await page.GetByLabel("Date of birth").FillAsync("2005-02-17");
        await page.GetByLabel("Gender").SelectOptionAsync(new SelectOptionValue { Label = "Female" });
        await page.GetByLabel("Residence at time of exploitation").SelectOptionAsync(new SelectOptionValue { Label = "Foster home" });
        await page.GetByLabel("Hispanic").CheckAsync();
        await page.ScreenshotAsync("04-referral-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral and open case" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Case file: Marisol Browserton" }).WaitForAsync();
        Assert.Contains("Referral saved and case opened.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("Foster home", await page.ContentAsync());
        await page.ScreenshotAsync("05-case");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Marisol Browserton" }).WaitForAsync();
        await page.ScreenshotAsync("06-case-list");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await page.GetByLabel("Quarter").FillAsync("2019Q3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByText("210 clients served").WaitForAsync();
        await page.ScreenshotAsync("07-report");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Analyst_sees_the_seed_table_and_no_case_files()
    {
        var page = await SignInAsync(Roles.Analyst);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).CountAsync());
        await page.GotoAsync("/Reports?quarter=2019Q3");
        var race = page.GetByRole(AriaRole.Table, new() { Name = "Race/ethnicity" });
        Assert.Equal("96", await race.GetByRole(AriaRole.Row, new() { Name = "Hispanic" }).Locator("td.num").InnerTextAsync());
        Assert.Equal("1", await race.GetByRole(AriaRole.Row, new() { Name = "Not recorded" }).Locator("td.num").InnerTextAsync());
        await page.ScreenshotAsync("08-analyst-report");
        await page.AssertAccessibleAsync();
    }
}

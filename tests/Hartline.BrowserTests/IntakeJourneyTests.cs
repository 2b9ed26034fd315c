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
        await page.GetByLabel("Code from your authenticator app").FillAsync(app.CodeOf(role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Investigator_takes_a_referral_through_screening_and_determination_to_a_case()
    {
        var existing = await app.ExistingYouthAsync();
        var page = await SignInAsync(Roles.Investigator);
        await page.ScreenshotAsync("02-home");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "New referral" }).WaitForAsync();
        await page.AssertAccessibleAsync();

        // First a mistake: no names. The form must say which fields, and keep what was typed.
        await page.GetByLabel("Source").SelectOptionAsync(new SelectOptionValue { Label = "School" });
        await page.GetByLabel("Reporting agency").FillAsync("Northfield High School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await page.GetByText("The referral was not saved.").WaitForAsync();
        Assert.Contains("Enter the youth's given name", await page.Locator("#Input-GivenName-error").InnerTextAsync());
        Assert.Equal("Northfield High School", await page.GetByLabel("Reporting agency").InputValueAsync());
        await page.ScreenshotAsync("03-referral-errors");
        await page.AssertAccessibleAsync();

        // Typing a near-copy of a youth already in Hartline brings them up while typing.
        await page.GetByLabel("Given name").FillAsync(existing.GivenName);
        await page.GetByLabel("Family name").FillAsync(existing.FamilyName[..^1] + existing.FamilyName[^1..].ToUpperInvariant() + "e");
        await page.GetByLabel("Date of birth").FillAsync(existing.DateOfBirth!.Value.ToString("yyyy-MM-dd"));
        var duplicates = page.Locator("#duplicates");
        await duplicates.GetByText($"{existing.GivenName} {existing.FamilyName}").First.WaitForAsync();
        await page.ScreenshotAsync("04-duplicate-check");
        await page.AssertAccessibleAsync();
        await duplicates.GetByLabel("A different youth").First.CheckAsync();

        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Region 2 – South Central" });
        await page.GetByLabel("Gender").SelectOptionAsync(new SelectOptionValue { Label = "Female" });
        await page.GetByLabel("Exploitation suspected").SelectOptionAsync(new SelectOptionValue { Label = "Sex" });
        await page.GetByLabel("Residence at time of exploitation").SelectOptionAsync(new SelectOptionValue { Label = "Foster home" });
        await page.GetByLabel("Hispanic").CheckAsync();
        await page.GetByLabel("Narrative").FillAsync("Disclosed to the school nurse that an older friend arranges 'dates'.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Referral:" }).WaitForAsync();
        Assert.Contains("Referral saved", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("Report to the DCF Careline", await page.ContentAsync());
        await page.ScreenshotAsync("05-referral");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Screen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Screening:" }).WaitForAsync();
        foreach (var item in await page.Locator("fieldset.item").AllAsync())
            await item.GetByLabel("Possible concern").CheckAsync();
        await page.ScreenshotAsync("06-screening");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save screening" }).ClickAsync();
        await page.GetByText("Screening saved").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a determination" }).ClickAsync();
        await page.GetByLabel("Recruit").CheckAsync();
        await page.GetByLabel("Harbor").CheckAsync();
        await page.GetByLabel("Commercial sex").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Table, new() { Name = "Sex trafficking: elements met" }).WaitForAsync();
        Assert.Equal(0, await page.GetByText("The determination was not saved.").CountAsync()); // checking is not saving
        await page.GetByLabel("Determination", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Possible victim" });
        await page.GetByLabel("Decided by").SelectOptionAsync(new SelectOptionValue { Label = "Child welfare" });
        await page.ScreenshotAsync("07-determination");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record determination" }).ClickAsync();
        await page.GetByText("Determination recorded.").WaitForAsync();
        Assert.Contains("uncared for", await page.ContentAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Case file:" }).WaitForAsync();
        Assert.Contains("Foster home", await page.ContentAsync());
        // The determination made on the referral is the case's trafficking status, in the header of every tab.
        var determination = page.Locator(".case-header dt", new() { HasText = "Determination" }).Locator("xpath=following-sibling::dd");
        Assert.StartsWith("Possible victim", (await determination.TextContentAsync())?.Trim());
        await page.ScreenshotAsync("08-case");
        await page.AssertAccessibleAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("08-case-390");
        await page.AssertAccessibleAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Link, new() { Name = "Referrals", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "Linked to a case" }).First.WaitForAsync();
        await page.ScreenshotAsync("09-referral-list");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await page.GetByLabel("Period", new() { Exact = true }).FillAsync("2019Q3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByText("210 clients served").WaitForAsync();
        await page.GetByRole(AriaRole.Table, new() { Name = "Intake funnel" }).WaitForAsync();
        await page.ScreenshotAsync("10-report");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Analyst_sees_the_seed_table_and_no_case_files()
    {
        var page = await SignInAsync(Roles.Analyst);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).CountAsync());
        await page.GotoAsync("/Reports?quarter=2019Q3");
        var race = page.GetByRole(AriaRole.Table, new() { Name = "Clients served by race/ethnicity" });
        Assert.Equal("96", await race.GetByRole(AriaRole.Row, new() { Name = "Hispanic" }).Locator("td.num").First.InnerTextAsync());
        // The one client with no race recorded is a small number: the analyst sees it withheld, never the 1.
        Assert.Equal("withheld", await race.GetByRole(AriaRole.Row, new() { Name = "Not recorded" }).Locator("td.num").First.InnerTextAsync());
        await page.ScreenshotAsync("11-analyst-report");
        await page.AssertAccessibleAsync();
    }
}

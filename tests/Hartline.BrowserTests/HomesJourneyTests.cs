using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// Each role's home and the pages it leads to, at desk and phone width; and the determination aid, which
/// reads the evidence as it is ticked and, without a script, when the worker asks.
/// </summary>
public sealed class HomesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly (int Width, string Name)[] Widths = [(1280, "1280"), (390, "390")];

    private async Task CheckAtBothWidthsAsync(IPage page, string name)
    {
        foreach (var (width, suffix) in Widths)
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.ScreenshotAsync($"{name}-{suffix}");
            await page.AssertAccessibleAsync();
        }
        await page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>A demo referral of the investigator's agency still waiting for its determination.</summary>
    private async Task<Guid> UndeterminedReferralAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
        return await db.Referrals.Where(r => r.DeterminedAt == null && r.LinkedAt == null).OrderByDescending(r => r.ReceivedAt).Select(r => r.Id).FirstAsync();
    }

    private static ILocator Evidence(IPage page, string field, string value) => page.Locator($"input[name='Input.{field}'][value='{value}']");

    private static ILocator SexReading(IPage page, string state) =>
        page.GetByRole(AriaRole.Table, new() { Name = $"Sex trafficking: elements {state}" });

    [Fact]
    public async Task The_determination_aid_reads_the_evidence_as_it_is_ticked_and_without_a_script_on_a_form_post()
    {
        var referral = await UndeterminedReferralAsync();
        var page = await app.SignedInPageAsync(Roles.Investigator);
        await page.GotoAsync($"/Intake/Referrals/{referral}/Determine");
        await SexReading(page, "missing").WaitForAsync();

        await Evidence(page, "Actions", "Recruit").CheckAsync();
        await Evidence(page, "Means", "Coercion").CheckAsync();
        await Evidence(page, "Purposes", "CommercialSex").CheckAsync();
        // No button pressed: the server's reading arrives as the boxes are ticked.
        await SexReading(page, "met").WaitForAsync();
        Assert.StartsWith("Reading updated: Sex trafficking: elements met", await page.Locator("#amp-reading-status").TextContentAsync());
        Assert.Equal(0, await page.GetByText("The determination was not saved.").CountAsync());
        await CheckAtBothWidthsAsync(page, "aid-01-updated-as-ticked");

        await Evidence(page, "Purposes", "CommercialSex").UncheckAsync();
        await SexReading(page, "missing").WaitForAsync();
        await page.Context.CloseAsync();

        // Without JavaScript the page still works: the reading changes only when the worker asks, by a form post.
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        var plain = await context.NewPageAsync();
        await plain.GotoAsync("/Account/SignIn");
        await plain.GetByLabel("E-mail").FillAsync(app.EmailOf(Roles.Investigator));
        await plain.GetByLabel("Password").FillAsync(app.PasswordOf(Roles.Investigator));
        await plain.GetByLabel("Code from your authenticator app").FillAsync(app.CodeOf(Roles.Investigator));
        await plain.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await plain.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
        await plain.GotoAsync($"/Intake/Referrals/{referral}/Determine");
        foreach (var (field, value) in new[] { ("Actions", "Recruit"), ("Means", "Coercion"), ("Purposes", "CommercialSex") })
            await Evidence(plain, field, value).CheckAsync();
        await Task.Delay(500);
        Assert.Equal(1, await SexReading(plain, "missing").CountAsync()); // no script, no change yet
        await plain.GetByRole(AriaRole.Button, new() { Name = "Check the evidence" }).ClickAsync();
        await SexReading(plain, "met").WaitForAsync();
        Assert.True(await Evidence(plain, "Purposes", "CommercialSex").IsCheckedAsync()); // what was ticked stays ticked
        await plain.ScreenshotAsync("aid-02-without-script-390");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Every_role_lands_on_a_home_that_answers_its_first_question_and_leads_on()
    {
        var analyst = await app.SignedInPageAsync(Roles.Analyst);
        await analyst.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Last complete quarter: ") }).WaitForAsync();
        await CheckAtBothWidthsAsync(analyst, "home-analyst");
        await analyst.GotoAsync("/Reports?quarter=2030Q1");
        await analyst.GetByText("2030Q1 has not begun yet").WaitForAsync();
        await CheckAtBothWidthsAsync(analyst, "reports-future-quarter");

        var liaison = await app.SignedInPageAsync(Roles.LawEnforcement);
        await liaison.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Shared with your agency for law enforcement") }).WaitForAsync();
        await liaison.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Shared with your agency for the MDT only") }).WaitForAsync();
        await CheckAtBothWidthsAsync(liaison, "home-liaison");
        var mdtOnly = liaison.Locator("section[aria-labelledby=h-shared-mdt] a[href^='/Cases/']").First;
        await liaison.GotoAsync(await mdtOnly.GetAttributeAsync("href") + "/Legal");
        Assert.Contains("not for law enforcement", await liaison.Locator("#read-only").InnerTextAsync());
        await CheckAtBothWidthsAsync(liaison, "legal-read-only-liaison");

        var trainer = await app.SignedInPageAsync(Roles.Trainer);
        await CheckAtBothWidthsAsync(trainer, "home-trainer");
        await trainer.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Guide" }).ClickAsync();
        await trainer.GetByRole(AriaRole.Heading, new() { Name = "Guide: how Hartline works" }).WaitForAsync();
        await CheckAtBothWidthsAsync(trainer, "guide");
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Taylor Trainer" }).ClickAsync();
        await trainer.GetByRole(AriaRole.Heading, new() { Name = "Your account" }).WaitForAsync();
        Assert.Contains("Signed in", await trainer.Locator("table").InnerTextAsync());
        await CheckAtBothWidthsAsync(trainer, "account");

        var provider = await app.SignedInPageAsync(Roles.Provider);
        await provider.GetByRole(AriaRole.Heading, new() { Name = "Referred to your agency for services" }).WaitForAsync();
        await CheckAtBothWidthsAsync(provider, "home-provider");

        var admin = await app.SignedInPageAsync(Roles.Administrator);
        await CheckAtBothWidthsAsync(admin, "home-administrator");
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users and agencies" }).ClickAsync();
        await admin.GetByRole(AriaRole.Cell, new() { Name = "analyst@hart.demo" }).WaitForAsync();
        await CheckAtBothWidthsAsync(admin, "admin-users");

        var investigator = await app.SignedInPageAsync(Roles.Investigator);
        await investigator.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Waiting longer than the targets") }).WaitForAsync();
        await CheckAtBothWidthsAsync(investigator, "home-investigator");
        await investigator.GotoAsync("/Intake/Referrals?status=Received");
        await investigator.GetByText("Waiting 3 days — target 2").First.WaitForAsync(); // the demo's re-referrals, three days old
        await CheckAtBothWidthsAsync(investigator, "referrals-waiting");
    }
}

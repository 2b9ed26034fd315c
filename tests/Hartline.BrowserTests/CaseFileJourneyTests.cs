using Hartline.Features.Cases;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>An investigator keeps a case file: profile, status, a missing episode, the care team, consent and sharing.</summary>
public sealed class CaseFileJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>An open demo case of the investigator's agency that no other agency can see yet (the newest, or the one after it).</summary>
    private async Task<Guid> UnsharedOpenCaseAsync(int skip = 0)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>();
        return await db.Cases.Where(c => c.Status != CaseStatus.Closed && !c.Grants.Any())
            .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Skip(skip).Select(c => c.Id).FirstAsync();
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Investigator_keeps_the_case_file_and_shares_it_only_with_the_youths_consent()
    {
        var caseId = await UnsharedOpenCaseAsync();
        var page = await app.SignedInPageAsync(Roles.Investigator);
        await page.GotoAsync($"/Cases/{caseId}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Case file:" }).WaitForAsync();
        await CheckAsync(page, "casefile-01-overview");

        // The profile, in the standard's terms.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the profile" }).ClickAsync();
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Confirmed victim" });
        await page.GetByLabel("Sexual exploitation").CheckAsync();
        await page.GetByLabel("Commercial sex (in person)").CheckAsync();
        await page.GetByLabel("False promises").CheckAsync();
        await page.GetByLabel("How the youth was recruited").SelectOptionAsync(new SelectOptionValue { Label = "Online (social media, apps, games)" });
        await page.GetByLabel("Snapchat").CheckAsync();
        await page.GetByLabel("Runaway or missing history").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        // Forgot who decided: the form says so and keeps what was ticked.
        await page.GetByText("The profile was not saved.").WaitForAsync();
        Assert.True(await page.GetByLabel("Snapchat").IsCheckedAsync());
        await CheckAsync(page, "casefile-02-profile-errors");
        await page.GetByLabel("Decided by").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await page.GetByText("Profile saved.").WaitForAsync();
        await page.GetByText("False promises").WaitForAsync();

        // Work starts; then the youth runs from the group home and is found two days later.
        await page.GetByLabel("Change status to").SelectOptionAsync("Active");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await page.GetByText("The case is now active.").WaitForAsync();
        await page.GetByText("Report the youth missing").ClickAsync();
        await page.GetByLabel("Missing since").FillAsync(app.LocalNow.AddDays(-3).ToString("yyyy-MM-ddT21:00"));
        await page.GetByLabel("Missing from", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Congregate care" });
        await page.GetByLabel("Reported to police").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the missing episode" }).ClickAsync();
        await page.GetByText("Missing now:").WaitForAsync();
        await CheckAsync(page, "casefile-03-missing");
        await page.GetByLabel("Found on").FillAsync(app.LocalNow.AddDays(-1).ToString("yyyy-MM-ddT08:30"));
        await page.GetByLabel("Where found").FillAsync("Bus station, Hartford");
        await page.GetByRole(AriaRole.Button, new() { Name = "The youth was found" }).ClickAsync();
        await page.GetByText("the youth was found").WaitForAsync();
        Assert.Equal(0, await page.GetByText("Missing now:").CountAsync());

        // The care team: a school counselor without an account joins.
        await page.GetByRole(AriaRole.Link, new() { Name = "Care team" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Care team:" }).WaitForAsync();
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "School contact" });
        await page.GetByLabel("Or their name").FillAsync("Mr. Okafor (school counselor)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the team" }).ClickAsync();
        await page.GetByText("Added to the care team.").WaitForAsync();
        await CheckAsync(page, "casefile-04-team");

        // Sharing with the provider is refused until the youth consents; then it works.
        await page.GetByRole(AriaRole.Link, new() { Name = "Consent and sharing" }).ClickAsync();
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "a service referral" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await page.GetByText("has not consented to share this case with Beacon Youth Survivor Care").First.WaitForAsync();
        await CheckAsync(page, "casefile-05-no-consent");

        await page.GetByLabel("Given by").SelectOptionAsync("Youth");
        await page.GetByLabel("Share with").SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("a service referral").CheckAsync();
        await page.GetByLabel("Given on").FillAsync(app.LocalNow.ToString("yyyy-MM-dd"));
        await page.GetByLabel("What the youth does not want shared").FillAsync("Nothing about my little brother");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();
        await page.GetByText("Consent recorded.").WaitForAsync();
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "a service referral" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await page.GetByText("Shared with Beacon Youth Survivor Care for a service referral.").WaitForAsync();
        await CheckAsync(page, "casefile-06-shared");

        // The provider now sees the case, without the buttons that change it.
        var provider = await app.SignedInPageAsync(Roles.Provider);
        await provider.GotoAsync($"/Cases/{caseId}");
        await provider.GetByRole(AriaRole.Heading, new() { Name = "Case file:" }).WaitForAsync();
        Assert.Equal(0, await provider.GetByRole(AriaRole.Button, new() { Name = "Change status" }).CountAsync());
        await CheckAsync(provider, "casefile-07-provider-view");
    }

    [Fact]
    public async Task A_withdrawn_consent_asks_first()
    {
        var caseId = await UnsharedOpenCaseAsync(skip: 1);
        var page = await app.SignedInPageAsync(Roles.Investigator);
        await page.GotoAsync($"/Cases/{caseId}/Consent");
        await page.GetByLabel("Given by").SelectOptionAsync("Youth");
        await page.GetByLabel("Share with").SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("a service referral").CheckAsync();
        await page.GetByLabel("Given on").FillAsync(app.LocalNow.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();
        await page.GetByText("Consent recorded.").WaitForAsync();
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await page.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "a service referral" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await page.GetByText("Shared with Beacon Youth Survivor Care for a service referral.").WaitForAsync();

        // Withdrawing is not one click: a page says what will stop, at desk and phone width.
        var withdraw = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Withdraw the consent given on .* Beacon Youth Survivor Care$") });
        await withdraw.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Withdraw this consent?" }).WaitForAsync();
        Assert.Contains("Sharing stops at once with Beacon Youth Survivor Care (for a service referral)", await page.TextContentAsync("main"));
        await CheckAsync(page, "consent-withdraw-confirm-desk");
        await page.SetViewportSizeAsync(390, 844);
        await CheckAsync(page, "consent-withdraw-confirm-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // Cancel changes nothing; the second time the worker says yes.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Consent and sharing") }).WaitForAsync();
        var provider = await app.SignedInPageAsync(Roles.Provider);
        Assert.Equal(200, (await provider.GotoAsync($"/Cases/{caseId}"))!.Status);
        await withdraw.ClickAsync();
        await page.GetByLabel("Why the consent is withdrawn").FillAsync("The youth asked to stop sharing with Beacon.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw the consent" }).ClickAsync();
        await page.GetByText("Consent withdrawn. Sharing with 1 agency stopped.").WaitForAsync();
        await CheckAsync(page, "consent-withdrawn");
        Assert.Equal(404, (await provider.GotoAsync($"/Cases/{caseId}"))!.Status);
    }
}

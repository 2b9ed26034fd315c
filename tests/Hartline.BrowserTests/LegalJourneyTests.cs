using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>An investigator works a case's legal tab: a defense raised and accepted, a vacatur, a charge with its class, a court date.</summary>
public sealed class LegalJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A demo case of the investigator's agency whose youth has a date of birth, and that date.</summary>
    private async Task<(Guid CaseId, DateOnly Born)> InvestigatorsCaseAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
        var email = app.EmailOf(Roles.Investigator);
        var agency = await db.Set<HartlineUser>().Where(u => u.Email == email).Select(u => u.AgencyId).SingleAsync();
        var found = await db.Cases.Where(c => c.OwnerAgencyId == agency && c.Person!.DateOfBirth != null)
            .OrderBy(c => c.OpenedOn).Select(c => new { c.Id, c.Person!.DateOfBirth }).FirstAsync();
        return (found.Id, found.DateOfBirth!.Value);
    }

    private static ILocator Form(IPage page, string summary) =>
        page.Locator("details.legal-form").Filter(new() { Has = page.Locator("summary").GetByText(summary, new() { Exact = true }) });

    private static async Task OpenAsync(IPage page, string summary)
    {
        var form = Form(page, summary);
        await form.Locator("summary").ClickAsync();
        await form.Locator("form").WaitForAsync();
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(name);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Investigator_records_protections_a_charge_with_its_class_and_a_court_date()
    {
        var (caseId, born) = await InvestigatorsCaseAsync();
        // An offense date on which the youth was 15 (Class B), or 10 (Class A) when 15 is still ahead.
        var fifteen = born.AddYears(15).AddDays(30);
        var today = app.LocalToday;
        var (offense, expected) = fifteen < today ? (fifteen, "Class B felony") : (born.AddYears(10), "Class A felony");

        var page = await app.SignedInPageAsync(Roles.Investigator);

        await page.GotoAsync($"/Cases/{caseId}/Legal");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Legal and justice:" }).WaitForAsync();
        Assert.Equal("page", await page.GetByRole(AriaRole.Navigation, new() { Name = "Case file" }).GetByRole(AriaRole.Link, new() { Name = "Legal and justice" }).GetAttributeAsync("aria-current"));
        Assert.Contains("Minors cannot be arrested for prostitution", await page.Locator("aside.legal-notices").InnerTextAsync());
        await CheckAsync(page, "legal-01-tab");

        // An affirmative defense, raised and then accepted.
        await OpenAsync(page, "Record a protection");
        await page.GetByLabel("Protection", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Affirmative defense" });
        await page.GetByLabel("Date raised, requested or applied for").FillAsync("2024-01-10");
        await page.GetByLabel("Court or agency").FillAsync("Hartford Juvenile Court");
        await CheckAsync(page, "legal-02-protection-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record protection" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Protection recorded." }).WaitForAsync();

        var defense = page.Locator("article.protection").Filter(new() { HasText = "Affirmative defense" });
        await defense.GetByLabel("Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Accepted" });
        await defense.GetByLabel("Date decided").FillAsync("2024-02-20");
        await defense.GetByRole(AriaRole.Button, new() { Name = "Record the outcome of the affirmative defense" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Outcome recorded." }).WaitForAsync();
        Assert.Equal(["Raised", "Accepted"], await page.Locator("article.protection").Filter(new() { HasText = "Affirmative defense" }).Locator("ol.legal-steps li strong").AllInnerTextsAsync());

        // A vacatur, requested.
        await OpenAsync(page, "Record a protection");
        await page.GetByLabel("Protection", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Vacatur of records" });
        await page.GetByLabel("Date raised, requested or applied for").FillAsync("2024-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record protection" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Protection recorded." }).WaitForAsync();
        Assert.Contains("Requested", await page.Locator("article.protection").Filter(new() { HasText = "Vacatur of records" }).Locator("h3").InnerTextAsync());
        await CheckAsync(page, "legal-03-protections");

        // A buyer, charged with commercial sexual abuse of a minor: the class comes from the youth's age on the offense date.
        await OpenAsync(page, "Add an offender");
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Buyer" });
        await page.GetByLabel("Name or alias").FillAsync("'Coach'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add offender" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Offender added." }).WaitForAsync();

        await OpenAsync(page, "Record a charge");
        var charge = Form(page, "Record a charge");
        await charge.GetByRole(AriaRole.Button, new() { Name = "Record charge" }).ClickAsync(); // first a mistake: nothing chosen
        await page.GetByText("Nothing was saved.").WaitForAsync();
        Assert.Equal("Choose the offense.", await page.Locator("#NewCharge_Offense-error").InnerTextAsync());
        await CheckAsync(page, "legal-04-charge-errors");

        charge = Form(page, "Record a charge");
        await charge.GetByLabel("Offender").SelectOptionAsync(new SelectOptionValue { Label = "Buyer: 'Coach'" });
        await charge.GetByLabel("Offense", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Commercial sexual abuse of a minor (C.G.S. § 53a-83b)" });
        await charge.GetByLabel("Offense date").FillAsync(offense.ToString("yyyy-MM-dd"));
        await charge.GetByLabel("Date charged").FillAsync(today.ToString("yyyy-MM-dd"));
        await charge.GetByRole(AriaRole.Button, new() { Name = "Record charge" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Charge recorded." }).WaitForAsync();
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Charges" }).Locator("tbody tr").First;
        Assert.Contains(expected, await row.Locator("td.felony-class").InnerTextAsync());
        Assert.Contains("on the offense date", await row.Locator("td.felony-class").InnerTextAsync());
        await CheckAsync(page, "legal-05-charge");

        // The arraignment, typed in local time.
        await OpenAsync(page, "Add a court date");
        var court = Form(page, "Add a court date");
        await court.GetByLabel("Date and time").FillAsync($"{today.AddDays(14):yyyy-MM-dd}T09:30");
        await court.GetByLabel("Court", new() { Exact = true }).FillAsync("Hartford Superior Court, GA 14");
        await court.GetByLabel("Purpose").SelectOptionAsync(new SelectOptionValue { Label = "Arraignment" });
        await court.GetByLabel("Offender").SelectOptionAsync(new SelectOptionValue { Label = "Buyer: 'Coach'" });
        await court.GetByRole(AriaRole.Button, new() { Name = "Add court date" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Court date added." }).WaitForAsync();
        var hearing = await page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Court dates") }).Locator("tbody").InnerTextAsync();
        Assert.Contains($"{today.AddDays(14):yyyy-MM-dd} 09:30", hearing);
        Assert.Contains("upcoming", hearing);
        await CheckAsync(page, "legal-06-court-date");
    }
}

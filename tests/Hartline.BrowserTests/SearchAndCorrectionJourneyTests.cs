using Hartline.Data;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// The two everyday journeys of issue 20: a coordinator finds a youth from a misspelled name typed in the header's
/// search box and opens the case; an investigator corrects a date of birth typed with day and month swapped and
/// records the Careline report number made after intake, and the referral's history shows both changes.
/// Both at desk and phone width, with axe.
/// </summary>
public sealed class SearchAndCorrectionJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task CheckAtBothWidthsAsync(IPage page, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.ScreenshotAsync($"{name}-{width}");
            await page.AssertAccessibleAsync();
        }
        await page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>"Okafor" → "Okfaor": two letters inside the name swapped, the commonest slip of a hurried typist.</summary>
    private static string Misspelled(string name)
    {
        var i = name.Length / 2;
        var swapped = name[..(i - 1)] + name[i] + name[i - 1] + name[(i + 1)..];
        return swapped == name ? name[..(i - 1)] + "e" + name[i..] : swapped; // "Lee": swapping equal letters changes nothing
    }

    [Fact]
    public async Task A_coordinator_finds_a_youth_by_a_misspelled_name_and_opens_the_case()
    {
        (string Given, string Family, Guid CaseId) youth;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
            // Names are encrypted in the database: read, then chosen here. No middle name: the result's heading is then "Given Family".
            youth = (await db.Cases.Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { p.GivenName, p.MiddleName, p.FamilyName, CaseId = c.Id })
                    .Where(x => x.MiddleName == null).ToListAsync())
                .Where(x => x.FamilyName.Length >= 5).OrderBy(x => x.CaseId)
                .Select(x => ValueTuple.Create(x.GivenName, x.FamilyName, x.CaseId)).First();
        }
        var typed = $"{youth.Given} {Misspelled(youth.Family)}";
        Assert.NotEqual($"{youth.Given} {youth.Family}", typed);

        var page = await app.SignedInPageAsync(Roles.Coordinator);
        // The box in the header, on every page.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a youth, case or referral" }).FillAsync(typed);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a youth, case or referral" }).PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Find a youth" }).WaitForAsync();

        var result = page.Locator("li.search-result").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"{youth.Given} {youth.Family}" }) }).First;
        await result.WaitForAsync();
        // It says why this youth is listed, in words, quoting the youth's own spelling.
        var matched = await result.Locator(".hint").TextContentAsync();
        Assert.Contains("first name: same", matched);
        Assert.Contains($"family name: ", matched);
        Assert.Contains($"({youth.Family})", matched);
        Assert.Contains("Search results", await page.TitleAsync());
        await CheckAtBothWidthsAsync(page, "search-01-misspelled-name");

        await result.Locator($"a[href='/Cases/{youth.CaseId}']").ClickAsync();
        await page.WaitForURLAsync($"**/Cases/{youth.CaseId}");
        // The case header names the youth on the case's first tab.
        await page.Locator(".case-header").GetByText($"{youth.Given} {youth.Family}").First.WaitForAsync();
        await CheckAtBothWidthsAsync(page, "search-02-case-opened");
        await page.Context.CloseAsync();

        // On a phone the box is behind the menu button, and finds the youth the same way.
        var phone = await app.SignedInPageAsync(Roles.Coordinator, width: 390, height: 844);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var box = phone.GetByRole(AriaRole.Searchbox, new() { Name = "Find a youth, case or referral" });
        await box.FillAsync(typed);
        await box.PressAsync("Enter");
        await phone.Locator("li.search-result").Filter(new() { HasText = $"{youth.Given} {youth.Family}" }).First.WaitForAsync();
        await phone.ScreenshotAsync("search-03-from-the-phone-menu-390");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task An_investigator_corrects_a_date_of_birth_and_records_the_careline_number_and_the_history_shows_both()
    {
        // A referral of the investigator's agency with a date of birth whose day and month can be swapped (both 1–12, not equal).
        (Guid Id, DateOnly Born) referral;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
            var agency = await db.Users.Where(u => u.Email == app.EmailOf(Roles.Investigator)).Select(u => u.AgencyId).SingleAsync();
            var candidates = await db.Referrals.Where(r => r.ReceivingAgencyId == agency && r.CarelineReportNumber == null)
                .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { r.Id, p.DateOfBirth }).Where(x => x.DateOfBirth != null)
                .OrderBy(x => x.Id).ToListAsync();
            var pick = candidates.First(x => x.DateOfBirth!.Value.Day <= 12 && x.DateOfBirth.Value.Day != x.DateOfBirth.Value.Month);
            referral = (pick.Id, pick.DateOfBirth!.Value);
        }
        var corrected = new DateOnly(referral.Born.Year, referral.Born.Day, referral.Born.Month);

        var page = await app.SignedInPageAsync(Roles.Investigator);
        await page.GotoAsync($"/Intake/Referrals/{referral.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct details" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Correct the referral" }).WaitForAsync();
        Assert.Equal(referral.Born.ToString("yyyy-MM-dd"), await page.GetByLabel("Date of birth").InputValueAsync());
        await page.GetByLabel("Date of birth").FillAsync(corrected.ToString("yyyy-MM-dd"));
        await page.GetByLabel("DCF Careline report number").FillAsync("CR-2026-51234");
        await page.GetByLabel("Why the correction").FillAsync("Day and month swapped at intake; the Careline report was made the next morning.");
        await CheckAtBothWidthsAsync(page, "correct-01-form-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();

        // Back on the referral: the new values, and the history with both changes, before and after, and why.
        await page.WaitForURLAsync($"**/Intake/Referrals/{referral.Id}");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Each change with its reason, newest first" });
        await history.WaitForAsync();
        var dob = history.Locator("tr").Filter(new() { HasText = "Date of birth" });
        Assert.Contains(referral.Born.ToString("yyyy-MM-dd"), await dob.Locator("td[data-label='Before']").TextContentAsync());
        Assert.Contains(corrected.ToString("yyyy-MM-dd"), await dob.Locator("td[data-label='After']").TextContentAsync());
        var careline = history.Locator("tr").Filter(new() { HasText = "Careline report number" });
        Assert.Contains("CR-2026-51234", await careline.Locator("td[data-label='After']").TextContentAsync());
        Assert.Contains("Day and month swapped at intake", await careline.Locator("td[data-label='Why']").TextContentAsync());
        Assert.Contains("CR-2026-51234", await page.Locator("main").TextContentAsync());
        await CheckAtBothWidthsAsync(page, "correct-02-history");

        // The youth is found by the corrected date of birth and by the new report number.
        await page.GotoAsync($"/Search?q=CR-2026-51234");
        await page.Locator("li.search-result").Locator($"a[href='/Intake/Referrals/{referral.Id}']").WaitForAsync();
        await page.Context.CloseAsync();
    }
}

using Hartline.Features.Cases;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// A coordinator finds the services that fit a youth's need and sends a referral with the guardian's consent; the
/// provider (on a phone) sees only that referral and what was shared, accepts it, records two services and completes
/// it; the coordinator sees the status and the clock.
/// </summary>
public sealed class ServiceReferralJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    /// <summary>The open case of the youngest youth the demo provider has no access to, and the youth's names.</summary>
    private async Task<(Guid CaseId, string Family, string Given)> MinorNotSharedWithTheProviderAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>();
        var beacon = await db.Agencies.Where(a => a.Name == "Beacon Youth Survivor Care").Select(a => a.Id).SingleAsync();
        // Dates of birth are encrypted in the database: the youngest is found here.
        var found = (await db.Cases.Where(c => c.Status != CaseStatus.Closed && c.Person!.DateOfBirth != null && !c.Grants.Any(g => g.AgencyId == beacon))
                .Select(c => new { c.Id, c.Person!.FamilyName, c.Person.GivenName, c.Person.DateOfBirth }).ToListAsync())
            .OrderByDescending(c => c.DateOfBirth).ThenBy(c => c.Id).First();
        return (found.Id, found.FamilyName, found.GivenName);
    }

    [Fact]
    public async Task A_coordinator_refers_with_consent_and_the_provider_accepts_records_two_services_and_completes()
    {
        var (caseId, family, given) = await MinorNotSharedWithTheProviderAsync();
        var coordinator = await app.SignedInPageAsync(Roles.Coordinator);

        // The guardian consents to a referral to Beacon.
        await coordinator.GotoAsync($"/Cases/{caseId}/Consent");
        await coordinator.GetByLabel("Given by").SelectOptionAsync("Guardian");
        await coordinator.GetByLabel("Name of the guardian or court").FillAsync("Rosa Guardian");
        await coordinator.GetByLabel("Share with").SelectOptionAsync(new SelectOptionValue { Label = "Beacon Youth Survivor Care" });
        await coordinator.GetByLabel("a service referral").CheckAsync();
        await coordinator.GetByLabel("Given on").FillAsync(app.LocalNow.ToString("yyyy-MM-dd"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync();
        await coordinator.GetByText("Consent recorded.").WaitForAsync();

        // The need, and the services that fit it.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Services", Exact = true }).Last.ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Needs and the services that fit" }).WaitForAsync();
        await coordinator.GetByLabel("Kind of help").SelectOptionAsync(new SelectOptionValue { Label = "Rapid response" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the need" }).ClickAsync();
        await coordinator.GetByText("Need added.").WaitForAsync();
        await coordinator.GetByText("Offers rapid response.").First.WaitForAsync();
        await CheckAsync(coordinator, "service-referral-01-matches");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Refer to Rapid response for identified youth" }).ClickAsync();
        await coordinator.GetByText("The consent on file covers a referral to Beacon Youth Survivor Care.").WaitForAsync();
        await coordinator.GetByLabel("Minimum: first name", new() { Exact = false }).CheckAsync();
        await coordinator.GetByLabel("Message to the provider").FillAsync("She asked for someone to meet her after school; call me first.");
        await CheckAsync(coordinator, "service-referral-02-refer");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await coordinator.GetByText("Referral sent.").WaitForAsync();
        await coordinator.GetByText("Sent, waiting for an answer").First.WaitForAsync();
        await CheckAsync(coordinator, "service-referral-03-sent");
        var number = System.Text.RegularExpressions.Regex.Match(await coordinator.Locator(".record-number").InnerTextAsync(), @"S-\d{4}-\d{5}").Value;

        // The provider, on a phone: only this referral, only the first name.
        var provider = await app.SignedInPageAsync(Roles.Provider, width: 390, height: 844);
        // The provider's home page lists the open referrals sent to Beacon, this one among them.
        var panel = provider.Locator("section[aria-labelledby='h-provider']");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Service referrals to your agency" }).WaitForAsync();
        Assert.Equal(1, await panel.GetByRole(AriaRole.Link, new() { Name = number }).CountAsync());
        await CheckAsync(provider, "service-referral-04a-provider-home-phone");
        await provider.GotoAsync("/Services/Referrals");
        // Beacon's inbox: this referral once, and only referrals sent to Beacon (the demo has a few more).
        var rows = provider.Locator("tbody tr");
        foreach (var text in await rows.AllInnerTextsAsync()) Assert.Contains("Beacon Youth Survivor Care", text);
        var ours = rows.Filter(new() { HasText = number });
        Assert.Equal(1, await ours.CountAsync());
        Assert.DoesNotContain(family, await provider.ContentAsync());
        await CheckAsync(provider, "service-referral-04-provider-inbox-phone");
        await ours.GetByRole(AriaRole.Link).ClickAsync();
        await provider.GetByText("Shared as “Minimum”").WaitForAsync();
        Assert.Contains(given, await provider.Locator("#h-youth + dl").InnerTextAsync());
        Assert.DoesNotContain(family, await provider.ContentAsync());
        Assert.Equal(0, await provider.GetByText("Date of birth").CountAsync());
        await CheckAsync(provider, "service-referral-05-provider-referral-phone");
        // The referral does not open the case file.
        Assert.Equal(404, (await provider.GotoAsync($"/Cases/{caseId}"))!.Status);
        await provider.GoBackAsync();

        await provider.GetByRole(AriaRole.Button, new() { Name = "Accept the referral" }).ClickAsync();
        await provider.GetByText("Referral accepted.").WaitForAsync();
        await provider.GetByLabel("Minutes").FillAsync("90");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Record the service" }).ClickAsync();
        await provider.GetByText("Service recorded.", new() { Exact = true }).WaitForAsync();
        await provider.GetByLabel("Service given", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Basic needs (food, clothing, a phone)" });
        await provider.GetByLabel("or units").FillAsync("1");
        await provider.GetByLabel("Note (optional)").FillAsync("A phone and a winter coat.");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Record the service" }).ClickAsync();
        await provider.GetByText("Service recorded.", new() { Exact = true }).WaitForAsync();
        await provider.GetByText("A phone and a winter coat.").WaitForAsync();
        await CheckAsync(provider, "service-referral-06-services-phone");

        await provider.GetByRole(AriaRole.Link, new() { Name = "Complete…" }).ClickAsync();
        await provider.GetByRole(AriaRole.Heading, new() { Name = "Complete the referral" }).WaitForAsync();
        await provider.GetByLabel("Goals met", new() { Exact = true }).CheckAsync();
        await CheckAsync(provider, "service-referral-07-complete-phone");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Yes, complete it" }).ClickAsync();
        await provider.GetByText("Referral completed.").WaitForAsync();
        Assert.Equal(0, await provider.GetByText(given, new() { Exact = true }).CountAsync());
        await CheckAsync(provider, "service-referral-08-completed-phone");

        // The coordinator sees the status and the clock, at desk and phone width.
        await coordinator.GotoAsync($"/Cases/{caseId}/Services");
        var row = coordinator.Locator("#h-referrals ~ table tbody tr").First;
        Assert.Contains("Completed", await row.InnerTextAsync());
        Assert.Contains("Answered in under a day", await row.InnerTextAsync());
        await CheckAsync(coordinator, "service-referral-09-case-services");
        await coordinator.SetViewportSizeAsync(390, 844);
        await coordinator.ReloadAsync();
        await CheckAsync(coordinator, "service-referral-10-case-services-phone");
    }

    [Fact]
    public async Task A_provider_updates_its_services_room_on_a_phone_and_the_directory_shows_it()
    {
        var provider = await app.SignedInPageAsync(Roles.Provider, width: 390, height: 844);
        await provider.GotoAsync("/Services/Room");
        var form = provider.GetByRole(AriaRole.Form, new() { Name = "Room in Youth prevention groups today" });
        await form.GetByRole(AriaRole.Radio, new() { Name = "No" }).CheckAsync();
        await form.GetByLabel("Places free").FillAsync("-3");
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await provider.GetByText("a number of zero or more").First.WaitForAsync();
        await CheckAsync(provider, "service-room-01-error-phone");

        form = provider.GetByRole(AriaRole.Form, new() { Name = "Room in Youth prevention groups today" });
        await form.GetByLabel("Places free").FillAsync("0");
        await form.GetByLabel("Waiting").FillAsync("4");
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await provider.GetByText("Room recorded.").WaitForAsync();
        await CheckAsync(provider, "service-room-02-saved-phone");

        await provider.GotoAsync("/Services?type=prevention-curriculum");
        var card = provider.Locator(".usa-card", new() { HasText = "Youth prevention groups" });
        Assert.Contains("Not taking youth", await card.InnerTextAsync());
        Assert.Contains("4 waiting", await card.InnerTextAsync());
        Assert.Contains("Updated today", await card.InnerTextAsync());
    }
}

using Hartline.Features.Account;
using Hartline.Features.Intake;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>A referral intake linked by itself to a youth with the same name and date of birth: shown, and undone after a confirmation.</summary>
public sealed class AutomaticLinkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Investigator_undoes_an_automatic_link_after_confirming()
    {
        var second = await ReceiveTwiceAsync();
        var page = await app.SignedInPageAsync(Roles.Investigator);

        await page.GotoAsync($"/Intake/Referrals/{second}");
        await page.GetByText("Linked automatically to an existing youth with the same name and date of birth").WaitForAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "This is a different youth: undo the link" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Is this a different youth?" }).WaitForAsync();
        await page.ScreenshotAsync("undo-link-confirm");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo the link: this is a different youth" }).ClickAsync();

        await page.GetByText("The link is undone").WaitForAsync();
        Assert.Equal(0, await page.GetByText("Linked automatically").CountAsync());
    }

    /// <summary>Two referrals of the same new youth by the demo investigator; returns the second, linked automatically.</summary>
    private async Task<Guid> ReceiveTwiceAsync()
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<HartlineUser>>().FindByEmailAsync(app.EmailOf(Roles.Investigator));
        var actor = new Actor(user!.Id, user.Email!, user.AgencyId, new HashSet<string> { Roles.Investigator });
        var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var family = "Twinley" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray());
        ReferralInput Referral() => new()
        {
            ReceivedAt = app.LocalNow.AddHours(-2), Source = "careline", ReportingAgency = "Test Middle School", Region = "R2",
            GivenName = "Morgan", FamilyName = family, DateOfBirth = app.LocalToday.AddYears(-15), Gender = "female", Residence = "parent",
        };
        Assert.True((await intake.ReceiveAsync(Referral(), actor)).Succeeded);
        var second = await intake.ReceiveAsync(Referral(), actor);
        Assert.True(second.Value!.LinkedExistingPerson);
        return second.Value.ReferralId;
    }
}

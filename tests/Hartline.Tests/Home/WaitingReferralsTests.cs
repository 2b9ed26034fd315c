using Hartline.Features;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Home;

/// <summary>
/// Referrals waiting to be screened or determined longer than the jurisdiction's targets (Connecticut's file:
/// 2 and 10 days, Hartline's defaults) carry a "Waiting N days — target T" tag on the list, the referral page
/// and the dashboards; counts and lists go through the scope function.
/// </summary>
public sealed class WaitingReferralsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public void The_targets_come_from_the_jurisdiction_file_and_say_they_are_defaults_not_law()
    {
        var targets = app.Services.GetRequiredService<Jurisdiction>().IntakeTargets!;
        Assert.Equal(2, targets.ScreeningDays);
        Assert.Equal(10, targets.DeterminationDays);
        Assert.Contains("not set by statute", targets.Basis);
    }

    [Theory]
    [InlineData(ReferralStatus.Received, 2, null)]
    [InlineData(ReferralStatus.Received, 3, "Waiting 3 days — target 2")]
    [InlineData(ReferralStatus.Screened, 10, null)]
    [InlineData(ReferralStatus.Screened, 11, "Waiting 11 days — target 10")]
    [InlineData(ReferralStatus.Determined, 40, null)]
    [InlineData(ReferralStatus.LinkedToCase, 40, null)]
    public void A_referral_is_flagged_only_past_its_current_steps_target(ReferralStatus status, int daysAgo, string? tag)
    {
        var today = new DateOnly(2026, 3, 2);
        Assert.Equal(tag, ReferralWaiting.Of(status, today.AddDays(-daysAgo), today, new IntakeTargets(2, 10, "test"))?.Text);
        Assert.Null(ReferralWaiting.Of(status, today.AddDays(-daysAgo), today, null)); // a state without targets flags nothing
    }

    [Fact]
    public async Task Late_referrals_are_tagged_on_the_list_the_referral_page_and_the_dashboards_and_only_those_in_scope_are_counted()
    {
        var agency = await World.Agency();
        var investigator = await World.User(Roles.Investigator, agency);
        var today = app.LocalToday;
        var late = await ReceiveAsync(investigator, "Latescreen", today.AddDays(-5));
        var fresh = await ReceiveAsync(investigator, "Freshscreen", today.AddDays(-2));
        var lateDecision = await ReceiveAsync(investigator, "Latedecision", today.AddDays(-12), screen: true);
        var freshDecision = await ReceiveAsync(investigator, "Freshdecision", today.AddDays(-7), screen: true);
        var decided = await ReceiveAsync(investigator, "Decided", today.AddDays(-12), screen: true, determine: true);
        var elsewhere = await ReceiveAsync(await World.User(Roles.Investigator, await World.Agency()), "Elsewhere", today.AddDays(-9));
        var client = await World.SignedIn(investigator);

        var list = Forms.Html(await client.GetStringAsync("/Intake/Referrals"));
        string? Tag(string family) => list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(family)).QuerySelector(".flag")?.TextContent;
        Assert.Equal("Waiting 5 days — target 2", Tag(late.Family));
        Assert.Equal("Waiting 12 days — target 10", Tag(lateDecision.Family));
        Assert.Null(Tag(fresh.Family));
        Assert.Null(Tag(freshDecision.Family));
        Assert.Null(Tag(decided.Family));
        Assert.DoesNotContain(elsewhere.Family, list.Body!.TextContent);

        Assert.Contains("Waiting 5 days — target 2", await client.GetStringAsync($"/Intake/Referrals/{late.Id}"));

        var home = await World.HomeAsync(investigator);
        var waiting = home.Panel("h-waiting")!;
        Assert.Equal("2", waiting.QuerySelector(".count")!.TextContent);
        Assert.Contains(late.Family, waiting.TextContent);
        Assert.Contains(lateDecision.Family, waiting.TextContent);
        foreach (var other in new[] { fresh, freshDecision, decided, elsewhere }) Assert.DoesNotContain(other.Family, waiting.TextContent);
        Assert.Contains("Hartline's default targets", waiting.TextContent);
        // The referrals-to-screen list carries the same tag.
        Assert.Contains("Waiting 5 days — target 2", home.Panel("h-screen")!.QuerySelectorAll("li").Single(li => li.TextContent.Contains(late.Family)).TextContent);

        // An analyst counts every agency's (statistics reach all), names none.
        var analyst = await World.HomeAsync(await World.User(Roles.Analyst, await World.Agency("HART")));
        Assert.Equal("3", analyst.Panel("h-counts")!.Fact("Referrals waiting longer than the targets"));
        Assert.DoesNotContain(late.Family, analyst.Body!.TextContent);
    }

    private sealed record Made(Guid Id, string Family);

    private async Task<Made> ReceiveAsync(TestUser by, string prefix, DateOnly received, bool screen = false, bool determine = false)
    {
        var family = World.UniqueName(prefix, 18);
        var receipt = await World.Receive(by, World.Referral(family: family, received: received));
        var actor = Actor.FromPrincipal(await World.Principal(by));
        await app.WithScope(async sp =>
        {
            var workflow = sp.GetRequiredService<ReferralWorkflow>();
            if (screen)
                Assert.Equal(OutcomeKind.Done, (await workflow.ScreenAsync(receipt.ReferralId,
                    new ScreeningInput { Instrument = "brief-intake-screen", Responses = [] }, actor)).Kind);
            if (determine)
                Assert.Equal(OutcomeKind.Done, (await workflow.DetermineAsync(receipt.ReferralId, new DeterminationInput
                {
                    Status = TraffickingStatus.NotAVictim, DecidedBy = DecidingOrganisation.ChildWelfare, Exploitation = ExploitationType.Sex,
                    Note = "No indication of trafficking.",
                }, actor)).Kind);
            return 0;
        });
        return new Made(receipt.ReferralId, family);
    }
}

using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Mdt;

/// <summary>The home page per role: each sees its own work, analysts only numbers.</summary>
public sealed class DashboardTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Home(TestUser user) =>
        Forms.Html(await (await World.SignedIn(user)).GetStringAsync("/"));

    [Fact]
    public async Task Investigator_sees_new_referrals_to_screen_and_own_cases_but_not_another_agencys()
    {
        var scene = await MdtScene.BuildAsync(app);
        var waiting = World.UniqueName("Waiting", 15);
        await World.Receive(scene.Investigator, World.Referral(given: "Sky", family: waiting));
        var elsewhere = World.UniqueName("Elsewhere", 17);
        await World.Receive(await World.User(Roles.Investigator, await World.Agency()), World.Referral(family: elsewhere));

        var home = await Home(scene.Investigator);
        var screen = home.QuerySelector("section[aria-labelledby=h-screen]")!.TextContent;
        Assert.Contains($"Sky {waiting}", screen);
        Assert.DoesNotContain(elsewhere, home.Body!.TextContent);
        // The case walked to a case file by the investigator is assigned to them.
        Assert.Contains(scene.YouthFamilyName, home.QuerySelector("section[aria-labelledby=h-cases]")!.TextContent);
        Assert.Contains("South Central MDT", home.QuerySelector("section[aria-labelledby=h-meetings]")!.TextContent);
    }

    [Fact]
    public async Task A_member_sees_action_items_due_and_upcoming_meetings_of_the_team()
    {
        var scene = await MdtScene.BuildAsync(app);
        var today = app.LocalToday;
        await scene.AddActionItem("Late statement", "police", today.AddDays(-1));
        await scene.AddActionItem("Soon: court date", "police", today.AddDays(10));
        await scene.AddActionItem("Far off review", "police", today.AddDays(40));
        await scene.AddActionItem("Someone else's task", "investigator", today.AddDays(2));

        var home = await Home(scene.Police);
        var due = home.QuerySelector("section[aria-labelledby=h-due]")!.TextContent;
        Assert.Contains("Late statement", due);
        Assert.Contains("Soon: court date", due);
        Assert.DoesNotContain("Far off review", due);
        Assert.DoesNotContain("Someone else's task", due);
        Assert.Contains("Late statement", home.QuerySelector("section[aria-labelledby=h-overdue]")!.TextContent);
        Assert.Contains("South Central MDT", home.QuerySelector("section[aria-labelledby=h-meetings]")!.TextContent);
        Assert.Null(home.QuerySelector("section[aria-labelledby=h-screen]")); // liaisons do not screen referrals
    }

    [Fact]
    public async Task Analyst_sees_counts_and_no_names_administrator_the_audit_and_trainer_no_case_work()
    {
        var scene = await MdtScene.BuildAsync(app);
        var hart = await World.Agency("HART", AgencyKind.Coordination);

        var analyst = await Home(await World.User(Roles.Analyst, hart));
        Assert.NotNull(analyst.QuerySelector("section[aria-labelledby=h-counts]"));
        Assert.DoesNotContain(scene.YouthFamilyName, analyst.Body!.TextContent);
        Assert.Null(analyst.QuerySelector("section[aria-labelledby=h-cases]"));
        Assert.Null(analyst.QuerySelector("section[aria-labelledby=h-meetings]"));
        Assert.Empty(analyst.QuerySelectorAll("a[href^='/Cases/'], a[href^='/Mdt/']"));

        var admin = await Home(await World.User(Roles.Administrator, hart));
        Assert.NotNull(admin.QuerySelector("section[aria-labelledby=h-audit] a[href='/Admin/Audit']"));
        Assert.Null(admin.QuerySelector("section[aria-labelledby=h-counts]"));

        var trainer = await Home(await World.User(Roles.Trainer, hart));
        Assert.NotNull(trainer.QuerySelector("section[aria-labelledby=h-training]"));
        Assert.Null(trainer.QuerySelector("section[aria-labelledby=h-screen]"));
        Assert.DoesNotContain(scene.YouthFamilyName, trainer.Body!.TextContent);

        var coordinator = await Home(scene.Coordinator);
        Assert.NotNull(coordinator.QuerySelector("section[aria-labelledby=h-screen]"));
        Assert.Contains("South Central MDT", coordinator.QuerySelector("section[aria-labelledby=h-meetings]")!.TextContent);
    }
}

using System.Net;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Mdt;
using Hartline.Tests.Support;

namespace Hartline.Tests.Home;

/// <summary>Every role's home answers its first question and leads somewhere: never a dead end.</summary>
public sealed class RoleHomesTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_liaison_sees_cases_shared_for_law_enforcement_apart_from_MDT_only_ones_and_is_told_why_the_legal_tab_is_read_only()
    {
        var scene = await MdtScene.BuildAsync(app); // the scene's case is on the agenda: shared with the police for the MDT only
        var forPolice = World.UniqueName("Forpolice", 16);
        var lawCase = await World.Case(scene.Investigator, World.Referral(family: forPolice));
        await World.Grant(lawCase, scene.PoliceAgency, GrantKind.LawEnforcement);
        var unshared = World.UniqueName("Unshared", 16);
        await World.Case(scene.Investigator, World.Referral(family: unshared));
        var withdrawn = World.UniqueName("Withdrawn", 16);
        await World.Grant(await World.Case(scene.Investigator, World.Referral(family: withdrawn)), scene.PoliceAgency, GrantKind.LawEnforcement, revoked: true);

        var home = await World.HomeAsync(scene.Police);
        var own = home.Panel("h-shared-own")!;
        var mdt = home.Panel("h-shared-mdt")!;
        Assert.Contains("for law enforcement", own.QuerySelector("h2")!.TextContent);
        Assert.Contains(forPolice, own.TextContent);
        Assert.DoesNotContain(scene.YouthFamilyName, own.TextContent);
        Assert.Contains(scene.YouthFamilyName, mdt.TextContent);
        Assert.DoesNotContain(forPolice, mdt.TextContent);
        foreach (var hidden in new[] { unshared, withdrawn }) Assert.DoesNotContain(hidden, home.Body!.TextContent);

        var client = await World.SignedIn(scene.Police);
        var readOnly = Forms.Html(await client.GetStringAsync($"/Cases/{scene.CaseId}/Legal")).QuerySelector("#read-only")!.TextContent;
        Assert.Contains("shared with your agency for the MDT, not for law enforcement", readOnly);
        var recording = Forms.Html(await client.GetStringAsync($"/Cases/{lawCase}/Legal")).QuerySelector("#read-only")!.TextContent;
        Assert.Contains("you can record offenders, arrests, charges", recording);
        // The owner's worker may do everything: nothing to explain.
        Assert.Null(Forms.Html(await (await World.SignedIn(scene.Investigator)).GetStringAsync($"/Cases/{lawCase}/Legal")).QuerySelector("#read-only"));
    }

    [Fact]
    public async Task A_provider_sees_its_referred_cases_and_the_service_referrals_sent_to_it()
    {
        var dcf = await World.Agency();
        var beacon = await World.Agency("Beacon", AgencyKind.ServiceProvider);
        var investigator = await World.User(Roles.Investigator, dcf);
        var referred = World.UniqueName("Referred", 16);
        await World.Grant(await World.Case(investigator, World.Referral(family: referred)), beacon, GrantKind.ServiceReferral);

        var home = await World.HomeAsync(await World.User(Roles.Provider, beacon));
        Assert.Contains(referred, home.Panel("h-shared-own")!.TextContent);
        // The service referrals panel comes first; with none open it says so and leads to the room and the directory.
        var referrals = home.Panel("h-provider")!;
        Assert.Contains("No referral to your agency is open.", referrals.TextContent);
        Assert.NotNull(referrals.QuerySelector("a[href='/Services/Room']"));
        Assert.NotNull(referrals.QuerySelector("a[href='/Services']"));
        Assert.NotNull(home.QuerySelector("nav a[href='/Cases']"));
    }

    [Fact]
    public async Task A_trainer_is_led_to_the_guide_and_the_account_and_the_guide_shows_the_instruments()
    {
        var trainer = await World.User(Roles.Trainer, await World.Agency("HART", AgencyKind.Coordination));
        var home = await World.HomeAsync(trainer);
        var training = home.Panel("h-training")!;
        Assert.NotNull(training.QuerySelector("a[href='/Guide']"));
        Assert.NotNull(training.QuerySelector("a[href='/Account']"));
        Assert.NotNull(home.QuerySelector("nav a[href='/Guide']")); // a menu entry that works

        var guide = await (await World.SignedIn(trainer)).GetAsync("/Guide");
        Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
        var text = await guide.Content.ReadAsStringAsync();
        Assert.Contains("Brief intake screen", text);
        Assert.Contains("screened within 2 days of receipt", text);
    }

    [Fact]
    public async Task An_administrator_reaches_users_agencies_and_the_audit_and_no_one_else_sees_the_user_list()
    {
        var hart = await World.Agency("HART", AgencyKind.Coordination);
        var police = await World.Agency("Police", AgencyKind.LawEnforcement);
        var admin = await World.User(Roles.Administrator, hart);
        var liaison = await World.User(Roles.LawEnforcement, police);
        await World.SignedIn(liaison); // a sign-in, shown as the liaison's last

        var home = await World.HomeAsync(admin);
        Assert.NotNull(home.Panel("h-admin")!.QuerySelector("a[href='/Admin/Users']"));
        Assert.NotNull(home.Panel("h-audit")!.QuerySelector("a[href='/Admin/Audit']"));

        var page = Forms.Html(await (await World.SignedIn(admin)).GetStringAsync("/Admin/Users"));
        var agencyRow = page.QuerySelectorAll("table")[0].QuerySelectorAll("tr").Single(r => r.TextContent.Contains(police.Name));
        Assert.Contains("Law enforcement", agencyRow.TextContent); // the kind in words, not LawEnforcement
        var userRow = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(liaison.Email));
        Assert.Contains("Law-enforcement liaison", userRow.TextContent);
        Assert.Contains(police.Name, userRow.TextContent);
        Assert.Contains(app.LocalToday.ToString("yyyy-MM-dd"), userRow.TextContent);

        foreach (var other in new[] { liaison, await World.User(Roles.Coordinator, hart) })
            Assert.Equal(HttpStatusCode.NotFound, (await (await World.SignedIn(other)).GetAsync("/Admin/Users")).StatusCode);
    }
}

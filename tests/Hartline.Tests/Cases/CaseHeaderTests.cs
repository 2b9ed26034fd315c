using System.Net;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases;

/// <summary>The age beside a date of birth is counted on the jurisdiction's calendar, not the server's (UTC).</summary>
public sealed class BirthDateTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // 02:00 UTC on 12 May 2026 is 22:00 on 11 May in Hartford (daylight time, UTC-4).
    private static readonly BirthDates LateEveningInHartford =
        new(Jurisdiction.Load("connecticut"), new FixedClock(new DateTimeOffset(2026, 5, 12, 2, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_birthday_that_is_already_today_in_UTC_has_not_come_yet_in_Connecticut()
    {
        Assert.Equal(16, LateEveningInHartford.AgeToday(new DateOnly(2009, 5, 12)));
        Assert.Equal("12 May 2009 (16)", LateEveningInHartford.Show(new DateOnly(2009, 5, 12)));
    }

    [Fact]
    public void A_birthday_that_is_today_in_Connecticut_counts_although_UTC_has_moved_on() =>
        Assert.Equal("11 May 2009 (17)", LateEveningInHartford.Show(new DateOnly(2009, 5, 11)));

    [Fact]
    public void An_unknown_date_of_birth_says_so() => Assert.Equal("date unknown", LateEveningInHartford.Show(null, "date unknown"));

    [Theory]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2010-06-15", "2010-06-15", 0)]
    public void Age_counts_whole_years(string born, string on, int expected) =>
        Assert.Equal(expected, Age.On(DateOnly.Parse(born), DateOnly.Parse(on)));
}

/// <summary>
/// Every tab of a case opens with the same header and the tabs under it; the header tells each reader how the
/// case reaches them and what that lets them do, as the authorization handlers decide it.
/// </summary>
public sealed class CaseHeaderTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly string[] Tabs = ["", "/Team", "/Notes", "/Plan", "/Legal", "/Consent"];

    private async Task<(Guid CaseId, TestUser Owner)> CaseAsync()
    {
        var owner = await app.World.User(Roles.Investigator, await app.World.Agency("DCF"));
        return (await app.World.Case(owner, World.Referral(given: "Maya", family: World.UniqueName("Header"), dob: new DateOnly(2010, 1, 15))), owner);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.Html(await response.Content.ReadAsStringAsync());
    }

    private static string Sharing(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".case-header__sharing")!.TextContent.Trim();

    [Fact]
    public async Task Every_tab_starts_with_the_header_and_the_tabs_right_under_it()
    {
        var (caseId, owner) = await CaseAsync();
        var client = await app.World.SignedIn(owner);
        foreach (var tab in Tabs)
        {
            var page = await PageAsync(client, $"/Cases/{caseId}{tab}");
            var header = page.QuerySelector("main header.case-header");
            Assert.NotNull(header);
            Assert.Contains("Maya Header", header.QuerySelector("h1")!.TextContent);
            Assert.Equal("nav", header.NextElementSibling?.LocalName); // the tabs, in the same place on every tab
            Assert.Equal("Case file", header.NextElementSibling!.GetAttribute("aria-label"));
            Assert.Equal(1, page.QuerySelectorAll("h1").Length);
            var facts = header.QuerySelector(".case-header__facts")!.TextContent;
            Assert.Contains("15 January 2010", facts);
            Assert.Contains(owner.Agency.Name, facts);
            Assert.Contains("Test Investigator", facts); // the opener is the first primary worker
        }
    }

    [Fact]
    public async Task The_owner_agency_is_told_it_owns_the_case_and_may_do_everything()
    {
        var (caseId, owner) = await CaseAsync();
        Assert.Equal("Your agency owns this case: you can read it, add notes, change the case file, share it, see offenders and charges and record arrests and charges.",
            Sharing(await PageAsync(await app.World.SignedIn(owner), $"/Cases/{caseId}/Notes")));
    }

    [Theory]
    [InlineData(Roles.LawEnforcement, GrantKind.LawEnforcement,
        "Shared with your agency for law enforcement: you can read it, add notes, see offenders and charges and record arrests and charges; you cannot change the rest of the case file or share it.")]
    [InlineData(Roles.LawEnforcement, GrantKind.Mdt,
        "Shared with your agency for the MDT: you can read it and add notes; you cannot change the case file, share it, see offenders and charges or record arrests and charges.")]
    [InlineData(Roles.MdtMember, GrantKind.Mdt,
        "Shared with your agency for the MDT: you can read it and add notes; you cannot change the case file, share it, see offenders and charges or record arrests and charges.")]
    [InlineData(Roles.Provider, GrantKind.ServiceReferral,
        "Shared with your agency for a service referral: you can read it and add notes; you cannot change the case file, share it, see offenders and charges or record arrests and charges.")]
    public async Task A_partner_is_told_how_the_case_was_shared_with_it_and_what_that_allows(string role, GrantKind kind, string expected)
    {
        var (caseId, _) = await CaseAsync();
        var partner = await app.World.User(role, await app.World.Agency("Partner", AgencyKind.Other));
        await app.World.Grant(caseId, partner.Agency, kind);
        var client = await app.World.SignedIn(partner);
        foreach (var tab in Tabs) Assert.Equal(expected, Sharing(await PageAsync(client, $"/Cases/{caseId}{tab}")));
    }

    [Fact]
    public async Task A_coordinator_is_told_they_see_every_case()
    {
        var (caseId, _) = await CaseAsync();
        var coordinator = await app.World.User(Roles.Coordinator, await app.World.Agency("HART", AgencyKind.Coordination));
        await app.World.Grant(caseId, coordinator.Agency, GrantKind.Mdt);
        Assert.StartsWith("You see every case as a HART coordinator: you can read it, add notes, change the case file",
            Sharing(await PageAsync(await app.World.SignedIn(coordinator), $"/Cases/{caseId}/Legal")));
    }

    [Fact]
    public async Task A_revoked_share_shows_no_header_but_a_missing_page_on_every_tab()
    {
        var (caseId, _) = await CaseAsync();
        var police = await app.World.User(Roles.LawEnforcement, await app.World.Agency("Police", AgencyKind.LawEnforcement));
        await app.World.Grant(caseId, police.Agency, GrantKind.LawEnforcement, revoked: true);
        var client = await app.World.SignedIn(police);
        foreach (var tab in Tabs)
        {
            var response = await client.GetAsync($"/Cases/{caseId}{tab}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Maya", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_open_missing_episode_and_a_safety_concern_are_in_the_header()
    {
        var owner = await app.World.User(Roles.Investigator, await app.World.Agency("DCF"));
        var referral = World.Referral(given: "Rosa", family: World.UniqueName("Header"));
        referral.ImmediateSafetyConcern = true;
        var caseId = await app.World.Case(owner, referral);
        await app.WithDb(async db =>
        {
            db.Add(new Features.Cases.Missing.MissingEpisode { CaseId = caseId, StartedAt = DateTime.UtcNow.AddDays(-2), RecordedById = owner.Id });
            await db.SaveChangesAsync();
        });
        var header = (await PageAsync(await app.World.SignedIn(owner), $"/Cases/{caseId}/Plan")).QuerySelector("header.case-header")!;
        Assert.Contains("Immediate safety concern", header.TextContent);
        Assert.Contains("has been missing since", header.QuerySelector("[role=alert]")!.TextContent);
    }
}

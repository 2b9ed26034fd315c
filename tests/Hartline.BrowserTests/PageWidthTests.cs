using System.Text.RegularExpressions;
using Hartline.Features.Mdt;
using Hartline.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// Every page each demo role can reach, on a phone (390 × 844) and at a desk (1280): none may scroll
/// sideways, each passes axe-core, and each leaves a screenshot to look at. Besides the menu's pages the walk
/// opens what lies behind them: a case's every tab, a referral and its intake steps, an MDT team, meeting and
/// minutes, a possible-duplicate pair.
/// </summary>
public sealed partial class PageWidthTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] TopLevel =
    [
        "/", "/Cases", "/Intake/Referrals", "/Intake/Referrals/New", "/Mdt", "/Mdt/Meetings", "/People/Duplicates",
        "/People/Merges", "/Reports", "/Admin/Audit", "/Account/ChangePassword", "/Services",
        "/Services/Exchange", "/Services/Referrals", "/Services/Room",
    ];

    [Fact]
    public Task No_page_scrolls_sideways_on_a_phone() => WalkAsync(390, 844);

    [Fact]
    public Task No_page_scrolls_sideways_at_a_desk() => WalkAsync(1280, 900);

    [Fact]
    public async Task The_menu_button_opens_the_menu_on_a_phone()
    {
        var page = await app.SignedInPageAsync(Roles.Coordinator, width: 390, height: 844);
        var cases = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true });
        Assert.False(await cases.IsVisibleAsync()); // folded away behind the button

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await cases.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await page.GetByLabel("Find a youth, case or referral").IsVisibleAsync());
        await page.ScreenshotAsync("width-390-menu-open");
        await page.AssertAccessibleAsync();

        await cases.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Cases", Level = 1 }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_box_sends_the_words_to_the_search_page()
    {
        var page = await app.SignedInPageAsync(Roles.Investigator);
        await page.GetByLabel("Find a youth, case or referral").FillAsync("Jasmin Reyes");
        await page.GetByLabel("Find a youth, case or referral").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/Search\?q=Jasmin\+Reyes$"));
        await page.Context.CloseAsync();
    }

    private async Task WalkAsync(int width, int height)
    {
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<MdtDemo>().LoadAsync();
        var problems = new List<string>();
        var opened = new List<string>();
        foreach (var role in app.SignIns.Select(s => s.Role).Distinct())
        {
            var page = await app.SignedInPageAsync(role, width: width, height: height);
            var seen = new HashSet<string>();
            async Task VisitAsync(string path)
            {
                if (!seen.Add(path)) return;
                var response = await page.GotoAsync(path);
                if (response is null || response.Status == 404) return;
                if (response.Status != 200) { problems.Add($"{role} {path}: answered {response.Status}"); return; }
                opened.Add($"{role} {Shape(path)}");
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                var (scrollWidth, innerWidth) = (widths[0], widths[1]);
                await page.ScreenshotAsync($"width-{width}-{role.ToLowerInvariant()}{Shape(path).Replace('/', '-').TrimEnd('-')}");
                if (scrollWidth > innerWidth)
                    problems.Add($"{role} {path}: {scrollWidth} px wide on a {innerWidth} px screen (widest: {await WidestAsync(page)})");
                try { await page.AssertAccessibleAsync(); }
                catch (Xunit.Sdk.XunitException e) { problems.Add($"{role} {path}: {e.Message}"); }
            }

            foreach (var path in TopLevel) await VisitAsync(path);
            if (await FirstLinkAsync(page, "/Cases", CaseLink()) is { } caseFile)
                foreach (var tab in new[] { "", "/Team", "/Notes", "/Plan", "/Legal", "/Consent", "/Profile" })
                    await VisitAsync(caseFile + tab);
            if (await FirstLinkAsync(page, "/Intake/Referrals", ReferralLink()) is { } referral)
                foreach (var step in new[] { "", "/Screen", "/Determine" })
                    await VisitAsync(referral + step);
            if (await FirstLinkAsync(page, "/Mdt", TeamLink()) is { } team) await VisitAsync(team);
            if (await FirstLinkAsync(page, "/Mdt/Meetings", MeetingLink()) is { } meeting)
                foreach (var part in new[] { "", "/Minutes" })
                    await VisitAsync(meeting + part);
            if (await FirstLinkAsync(page, "/People/Duplicates", PairLink()) is { } pair) await VisitAsync(pair);
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"At {width} px:\n" + string.Join("\n", problems));
        // The walk reached what matters to each kind of user, behind the menus too.
        foreach (var expected in new[]
                 {
                     "Coordinator /Cases/{id}/Legal", "Coordinator /Intake/Referrals/{id}/Determine", "Coordinator /Mdt/Meetings/{id}",
                     "Coordinator /People/Duplicates/{id}", "Investigator /Cases/{id}/Plan", "LawEnforcement /Cases/{id}/Legal",
                     "Provider /Cases/{id}/Notes", "MdtMember /Mdt/Meetings/{id}/Minutes", "Analyst /Reports", "Administrator /Admin/Audit",
                 })
            Assert.Contains(expected, opened);
    }

    /// <summary>The address of the first link on <paramref name="list"/> matching <paramref name="pattern"/>, or null.</summary>
    private static async Task<string?> FirstLinkAsync(IPage page, string list, Regex pattern)
    {
        var response = await page.GotoAsync(list);
        if (response is null || response.Status != 200) return null;
        foreach (var href in await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            if (pattern.IsMatch(href)) return href;
        return null;
    }

    /// <summary>What the element that sticks out furthest is, to say where to look.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          let widest = null, right = 0;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect().right;
            if (r > right) { right = r; widest = el; }
          }
          if (!widest) return 'nothing';
          return widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '') + (widest.className && typeof widest.className === 'string' ? '.' + widest.className.trim().split(/\s+/).join('.') : '')
            + ' "' + (widest.textContent || '').trim().slice(0, 40) + '" to ' + Math.round(right) + ' px';
        }
        """);

    private static string Shape(string path) => IdPattern().Replace(path, "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^/Cases/[0-9a-f-]{36}$")]
    private static partial Regex CaseLink();

    [GeneratedRegex("^/Intake/Referrals/[0-9a-f-]{36}$")]
    private static partial Regex ReferralLink();

    [GeneratedRegex("^/Mdt/Teams/[0-9a-f-]{36}$")]
    private static partial Regex TeamLink();

    [GeneratedRegex("^/Mdt/Meetings/[0-9a-f-]{36}$")]
    private static partial Regex MeetingLink();

    [GeneratedRegex("^/People/Duplicates/[0-9a-f-]{36}$")]
    private static partial Regex PairLink();
}

using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Tests.Mdt;
using Hartline.Tests.Support;

namespace Hartline.Tests.Home;

/// <summary>
/// The analyst's home answers "how did the last quarter go" with the figures Reports gives, and counts every
/// scheduled MDT meeting (it once said 0: the analyst sits on no team). Reports opens on that quarter and
/// refuses one that has not begun.
/// </summary>
public sealed class AnalystQuarterTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Analysts_home_shows_the_last_complete_quarter_as_Reports_counts_it_and_every_scheduled_meeting()
    {
        var last = Quarter.LastComplete(app.LocalToday);
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        // In the last quarter: one referral that became a case opened then, one still waiting. This quarter: one more.
        var caseId = await World.Case(investigator, World.Referral(family: World.UniqueName("Lastquarter"), received: last.From.AddDays(3)));
        await app.WithDb(async db =>
        {
            (await db.Cases.FindAsync(caseId))!.OpenedOn = last.From.AddDays(5);
            await db.SaveChangesAsync();
        });
        await World.Receive(investigator, World.Referral(family: World.UniqueName("Lastquarter"), received: last.From.AddDays(10)));
        var thisQuarter = World.Referral(family: World.UniqueName("Thisquarter"));
        thisQuarter.ReceivedAt = app.LocalNow.AddMinutes(-5);
        await World.Receive(investigator, thisQuarter);
        await MdtScene.BuildAsync(app); // a team and a meeting three days ahead; the analyst sits on no team

        var analyst = await World.User(Roles.Analyst, await World.Agency("HART"));
        var home = await World.HomeAsync(analyst);

        var quarter = home.Panel("h-quarter")!;
        Assert.Contains($"Last complete quarter: {last}", quarter.QuerySelector("h2")!.TextContent);
        // An analyst sees published figures: one client and two referrals are small numbers, withheld.
        Assert.Equal("withheld", quarter.Fact("Clients served"));
        Assert.Equal("withheld", quarter.Fact("Referrals received"));
        Assert.Equal("withheld", quarter.Fact("Linked to a case"));
        Assert.Contains("Small numbers are withheld", quarter.TextContent);
        Assert.NotNull(quarter.QuerySelector($"a[href='/Reports?period={last}']"));
        // The same as the report an analyst opens from there.
        var report = await (await World.SignedIn(analyst)).GetFromJsonAsync<PublishedQuarterlyReport>($"/api/v1/reports/quarterly/{last}");
        Assert.Null(report!.ClientsServed);

        Assert.Equal("1", home.Panel("h-counts")!.Fact("MDT meetings scheduled"));
    }

    [Fact]
    public async Task Reports_opens_on_the_last_complete_quarter_and_refuses_one_not_begun_or_malformed()
    {
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        var today = app.LocalToday;

        var opened = Forms.Html(await analyst.GetStringAsync("/Reports"));
        Assert.Equal(Quarter.LastComplete(today).ToString(), opened.QuerySelector("input[name=period]")!.GetAttribute("value"));
        Assert.Null(opened.QuerySelector(".usa-error-message"));

        var future = Forms.Html(await analyst.GetStringAsync("/Reports?quarter=2030Q1"));
        Assert.Equal($"2030Q1 has not begun yet: choose a period that starts on or before {today:yyyy-MM-dd}.", future.QuerySelector("#period-error")!.TextContent);
        Assert.Null(future.QuerySelector("table")); // no figures that would read as real zeros

        var malformed = Forms.Html(await analyst.GetStringAsync("/Reports?period=2019Q5"));
        Assert.Equal("'2019Q5' is not a quarter: a quarter is numbered 1 to 4, as in 2019Q3.", malformed.QuerySelector("#period-error")!.TextContent);

        // The current quarter is allowed, said to be in progress.
        var current = await analyst.GetStringAsync($"/Reports?period={Quarter.Containing(today)}");
        Assert.Contains("is not over yet", current);
        var statistics = await analyst.GetAsync("/api/v1/statistics?period=2030Q1");
        Assert.Equal(HttpStatusCode.BadRequest, statistics.StatusCode);
        Assert.Contains("has not begun yet", await statistics.Content.ReadAsStringAsync());

        // The exact per-topic figures are refused to the analyst whatever the quarter, pointing to the statistics; a case role is told the quarter is wrong.
        var coordinator = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        foreach (var api in new[] { "quarterly", "intake-funnel", "continuity", "youth-voice", "legal", "service-referrals" })
        {
            var refused = await (api == "quarterly" ? analyst : coordinator).GetAsync($"/api/v1/reports/{api}/2030Q1");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("has not begun yet", await refused.Content.ReadAsStringAsync());
            if (api != "quarterly") await Hartline.Tests.Reports.Statistics.StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync($"/api/v1/reports/{api}/2030Q1"));
        }
        Assert.Equal(2, await Hartline.Cli.HartlineCli.RunAsync(["report", "quarterly", "--quarter", "2030Q1", "--db", app.Database.Setting]));
    }
}

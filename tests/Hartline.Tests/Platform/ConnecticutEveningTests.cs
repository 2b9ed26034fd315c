using System.Net;
using System.Net.Http.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// The application with its clock stopped at 22:00 on 31 March in Hartford, which is already 1 April (and
/// the next quarter) in UTC: the hours in which a UTC date is tomorrow's.
/// </summary>
public sealed class EveningInConnecticutApp : HartlineApp
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 2, 0, 0, TimeSpan.Zero);

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new StoppedClock()));
    }
}

/// <summary>"Today", "in the future" and "this quarter" are Connecticut's, whatever the date in UTC.</summary>
public sealed class ConnecticutEveningTests(EveningInConnecticutApp app) : IClassFixture<EveningInConnecticutApp>
{
    [Fact]
    public async Task A_consent_given_today_in_Connecticut_is_accepted_and_tomorrow_is_the_future()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(worker);
        var client = await app.World.SignedIn(worker);

        var today = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "ServiceReferral" }, givenOn = "2026-03-31" });
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        var tomorrow = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents",
            new { givenBy = "Youth", purposes = new[] { "ServiceReferral" }, givenOn = "2026-04-01" });
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.StatusCode);
        Assert.Contains("in the future", await tomorrow.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reports_page_opens_on_the_last_quarter_Connecticut_has_finished_and_refuses_the_next()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency()));
        // 31 March in Hartford: 2026Q1 is not over there, though it is in UTC.
        var page = Forms.Html(await analyst.GetStringAsync("/Reports"));
        Assert.Equal("2025Q4", page.QuerySelector("input[name=period]")!.GetAttribute("value"));
        Assert.Contains("2026Q2 has not begun yet", await analyst.GetStringAsync("/Reports?quarter=2026Q2"));
    }
}

using System.Net;
using Hartline.Security;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports;

/// <summary>
/// The older per-topic figures are exact, small numbers included: only roles that may open case files get them. Every
/// other role with the statistics (the Analyst) is refused with a problem that points to the published statistics.
/// </summary>
public sealed class ExactFiguresEndpointTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task Only_roles_that_may_open_case_files_get_the_exact_per_topic_figures()
    {
        var quarter = Hartline.Features.Reports.Quarter.LastComplete(app.LocalToday);
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        foreach (var api in new[] { "intake-funnel", "continuity", "youth-voice", "legal", "service-referrals" })
        {
            await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync($"/api/v1/reports/{api}/{quarter}"));
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/reports/{api}/{quarter}")).StatusCode);
        }
        // The statistics the refusal points to answer the analyst, published.
        Assert.True((await StatisticsJson.GetAsync(analyst, quarter.ToString())).GetProperty("published").GetBoolean());
    }
}

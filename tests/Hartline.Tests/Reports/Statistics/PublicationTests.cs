using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// Figures kept as published: the request, the time of the data and every figure are kept; re-running later shows
/// what reads differently; only roles whose statistics reach every case keep or open them; never exact figures.
/// </summary>
public sealed class PublicationTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_kept_publication_shows_what_changed_since_and_only_to_those_who_may_keep_them()
    {
        const string period = "2016Q3"; // a quarter no other test writes to
        var analyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        var kept = await analyst.PostAsJsonAsync("/api/v1/statistics/publications", new { period, note = "Quarterly figures to DCF", trend = false });
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var id = (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var fresh = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/statistics/publications/{id}")).RootElement;
        Assert.Equal(0, fresh.GetProperty("changesSince").GetArrayLength());
        Assert.Equal(5, fresh.GetProperty("summary").GetProperty("minCell").GetInt32());
        Assert.Equal("Quarterly figures to DCF", fresh.GetProperty("summary").GetProperty("note").GetString());

        // A late entry: a case opened in that quarter.
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator, World.Referral(family: World.UniqueName("Lateentry"), received: new DateOnly(2016, 8, 2)));
        await app.WithDb(async db =>
        {
            (await db.Cases.FindAsync(caseId))!.OpenedOn = new DateOnly(2016, 8, 3);
            await db.SaveChangesAsync();
        });
        var later = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/statistics/publications/{id}")).RootElement;
        var changes = later.GetProperty("changesSince").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("row").GetString() == "Clients served" && c.GetProperty("then").GetString() == "0"
            && c.GetProperty("now").GetString() == "withheld"); // one youth: a small number, withheld today as well
        // What was published is kept as it was.
        var clients = later.GetProperty("published").GetProperty("tables").EnumerateArray().First(t => t.GetProperty("key").GetString() == "region");
        Assert.Equal(0, clients.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("isTotal").GetBoolean()).GetProperty("cells")[0].GetProperty("value").GetDouble());

        var page = Forms.Html(await analyst.GetStringAsync($"/Reports/Publications/{id}"));
        Assert.Contains("What has changed since", page.QuerySelector("#h-changes")!.TextContent);
        Assert.NotNull(page.QuerySelector("#t-region"));
        Assert.Contains(id.ToString(), await analyst.GetStringAsync("/Reports/Publications"));

        // Someone whose statistics reach only their agency cannot keep or open one: the same request would read other cases.
        var agencyOnly = await World.SignedIn(investigator);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.GetAsync($"/api/v1/statistics/publications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.GetAsync($"/Reports/Publications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.PostAsJsonAsync("/api/v1/statistics/publications", new { period })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/v1/statistics/publications/{Guid.NewGuid()}")).StatusCode);

        var bad = await analyst.PostAsJsonAsync("/api/v1/statistics/publications", new { period = "2016Q9", minCell = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("period", out _) && errors.TryGetProperty("minCell", out _));
    }
}

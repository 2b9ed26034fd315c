using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>
/// The quarter's legal counts through the scope function: exact for case roles from the older endpoint and in the
/// statistics, published (small numbers withheld) for Analysts. Own fixture: counts must not see other tests' cases.
/// </summary>
public sealed class LegalFiguresTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static int Count(JsonElement figures, string table, string label) =>
        figures.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == table)
            .GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("label").GetString() == label).Sum(r => r.GetProperty("count").GetInt32());

    [Fact]
    public async Task A_quarter_counts_protections_arrests_and_charges_by_class_without_names()
    {
        var c = await LegalCase.CreateAsync(app); // born 2004-03-09
        var defense = await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2019-07-10" });
        await c.CreatedAsync($"/protections/{defense}/steps", new { step = "Accepted", on = "2019-08-01" });
        await c.CreatedAsync("/protections", new { kind = "Vacatur", on = "2019-09-30" });
        await c.CreatedAsync("/protections", new { kind = "Vacatur", on = "2019-10-01" }); // next quarter
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer", nameOrAlias = "Never Shown" });
        await c.CreatedAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-07-02", agency = "CSP" });
        await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-03-08", chargedOn = "2019-07-02" });
        await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-03-09", chargedOn = "2019-07-02" });
        await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", chargedOn = "2019-07-02" });

        // A case role (the case's owner) gets the exact counts from the older endpoint.
        var response = await c.Client.GetAsync("/api/v1/reports/legal/2019Q3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Never Shown", text);
        Assert.DoesNotContain("2004-03-09", text);
        var figures = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, Count(figures, "protections", "Affirmative defense"));
        Assert.Equal(1, Count(figures, "protections", "Vacatur of records"));
        Assert.Equal(1, Count(figures, "outcomes", "Affirmative defense: accepted"));
        Assert.Equal(1, Count(figures, "arrests", "Buyer"));
        Assert.Equal(1, Count(figures, "charges", "Commercial sexual abuse of a minor: Class A felony"));
        Assert.Equal(1, Count(figures, "charges", "Commercial sexual abuse of a minor: Class B felony"));
        Assert.Equal(1, Count(figures, "charges", "Commercial sexual abuse of a minor: class not computable"));

        // The same figures in the statistics, exact, coded in lower-case words.
        var exact = await StatisticsJson.GetAsync(c.Client, "2019Q3", exact: true);
        Assert.Equal([1.0, 1, 2], new[] { "affirmative-defense", "vacatur", "total" }.Select(r => StatisticsJson.Value(exact, "legal_protections", r)!.Value));
        Assert.Equal(1, StatisticsJson.Value(exact, "legal_outcomes", "affirmative-defense/accepted"));
        Assert.Equal(1, StatisticsJson.Value(exact, "legal_arrests", "buyer"));
        Assert.Equal([1.0, 1, 1, 3], new[] { "53a-83b/class-a-felony", "53a-83b/class-b-felony", "53a-83b/class-not-computable", "total" }
            .Select(r => StatisticsJson.Value(exact, "legal_charges", r)!.Value));
        Assert.Equal(0, StatisticsJson.Value(exact, "legal_dispositions", "total"));

        // The analyst counts but cannot open the file, and gets the counts only as published: small ones withheld.
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync("/api/v1/reports/legal/2019Q3"));
        var published = await StatisticsJson.GetAsync(analyst, "2019Q3");
        Assert.DoesNotContain("Never Shown", published.GetRawText());
        Assert.DoesNotContain("2004-03-09", published.GetRawText());
        Assert.Equal(["primary", "primary", "primary"], new[] { "affirmative-defense", "vacatur", "total" }.Select(r => StatisticsJson.Suppressed(published, "legal_protections", r)));
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "legal_arrests", "buyer"));
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "legal_charges", "total"));
        Assert.Equal(0, StatisticsJson.Value(published, "legal_dispositions", "total"));
        Assert.Contains(published.GetProperty("notes").EnumerateArray(), n => n.GetProperty("heading").GetString() == "How legal protections and justice are counted");
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(c.Api)).StatusCode);

        // Another agency's investigator counts only its own cases.
        var other = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/v1/reports/legal/2019Q3");
        Assert.Equal(0, Count(theirs, "arrests", "Buyer"));
        Assert.Equal(0, StatisticsJson.Value(await StatisticsJson.GetAsync(other, "2019Q3", exact: true), "legal_arrests", "total"));
    }

    [Fact]
    public async Task A_bad_quarter_names_the_field_and_an_analyst_is_sent_to_the_statistics()
    {
        var investigator = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));
        var response = await investigator.GetAsync("/api/v1/reports/legal/2019Q5");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quarter", await response.Content.ReadAsStringAsync());
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync("/api/v1/reports/legal/2019Q5"));
    }
}

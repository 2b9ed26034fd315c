using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Reports;

/// <summary>The demo caseload is loaded once; its 2019 Q3 report must equal the published HART table (seed 002).</summary>
public sealed class DemoApp : HartlineApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithScope(sp => sp.GetRequiredService<Hartline.Features.Demo.DemoData>().LoadAsync());
    }
}

public sealed class QuarterlyReportTests(DemoApp app) : IClassFixture<DemoApp>
{
    // Seed 002, "HART Quarter 3 Data": race/ethnicity and residence at time of exploitation.
    private static readonly Dictionary<string, int> SeedRace = new()
    {
        ["African American/Black"] = 39, ["Caucasian"] = 55, ["Hispanic"] = 96, ["Asian"] = 0,
        ["Multi-racial"] = 18, ["Other"] = 1, ["Unknown"] = 0, ["Not recorded"] = 1,
    };

    private static readonly Dictionary<string, int> SeedResidence = new()
    {
        ["AWOL/Runaway"] = 7, ["Congregate care"] = 20, ["Detention"] = 1, ["Foster home"] = 38,
        ["Parent/Guardian home"] = 133, ["Relative/Other home"] = 4, ["Shelter"] = 0, ["Missing/Unknown"] = 7, ["Not recorded"] = 0,
    };

    private static Dictionary<string, int> Rows(QuarterlyReportResult r, string key) =>
        r.Dimensions.Single(d => d.Key == key).Rows.ToDictionary(x => x.Label, x => x.Count);

    [Fact]
    public async Task The_2019_Q3_report_equals_the_published_HART_table()
    {
        // Exact figures: a coordinator's (a role that may open case files).
        var coordinator = await app.World.User(Roles.Coordinator, await app.World.Agency("HART"));
        var report = await (await app.World.SignedIn(coordinator)).GetFromJsonAsync<QuarterlyReportResult>("/api/v1/reports/quarterly/2019Q3");

        Assert.Equal(210, report!.ClientsServed);
        Assert.Equal(SeedRace, Rows(report, "race_ethnicity"));
        Assert.Equal(SeedResidence, Rows(report, "residence"));
        Assert.Equal(210, report.Dimensions.Single(d => d.Key == "region").Total);
        Assert.Equal(210, report.Dimensions.Single(d => d.Key == "gender").Total);
        // The one client without a race recorded is why the published race rows add to 209.
        Assert.Equal(209, Rows(report, "race_ethnicity").Where(r => r.Key != "Not recorded").Sum(r => r.Value));
    }

    [Fact]
    public async Task The_analyst_gets_the_seed_table_as_published_and_never_the_exact_small_counts()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        var published = await analyst.GetFromJsonAsync<PublishedQuarterlyReport>("/api/v1/reports/quarterly/2019Q3");
        Assert.Equal(210, published!.ClientsServed);
        Assert.Equal(5, published.MinCell);
        var race = published.Dimensions.Single(d => d.Key == "race_ethnicity").Rows.ToDictionary(r => r.Label);
        Assert.Equal((int?)96, race["Hispanic"].Count);
        Assert.Equal((int?)0, race["Asian"].Count); // zeros are shown
        foreach (var small in new[] { "Other", "Not recorded" })
            Assert.Equal((null, "primary"), (race[small].Count, race[small].Suppressed));
        // 1 + 1 withheld from a total of 210 with everything else shown would give both back: something else goes too.
        Assert.Contains(race.Values, r => r.Suppressed == "complementary");
        // Asking for less protection, or for exact figures, does not help a role that may not open case files.
        var refused = await analyst.GetAsync("/api/v1/reports/quarterly/2019Q3?minCell=2");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("minCell", await refused.Content.ReadAsStringAsync());
        var stats = await analyst.GetStringAsync("/api/v1/statistics?period=2019Q3&exact=true&format=csv");
        Assert.Contains("2019Q3,race_ethnicity,other,Other,count,,count,primary", stats);
    }

    [Fact]
    public async Task The_cli_writes_the_same_report_as_csv_and_json()
    {
        var csvFile = Path.Combine(app.Database.Folder, "q3.csv");
        var jsonFile = Path.Combine(app.Database.Folder, "q3.json");
        Assert.Equal(0, await Hartline.Cli.HartlineCli.RunAsync(["report", "quarterly", "--quarter", "2019Q3", "--exact", "--format", "csv", "--out", csvFile, "--db", app.Database.Setting]));
        Assert.Equal(0, await Hartline.Cli.HartlineCli.RunAsync(["report", "quarterly", "--quarter", "2019Q3", "--exact", "--format", "json", "--out", jsonFile, "--db", app.Database.Setting]));

        var lines = await File.ReadAllLinesAsync(csvFile);
        Assert.Equal("period,table,code,category,column,count,unit,suppressed", lines[0]);
        Assert.Contains("2019Q3,race_ethnicity,total,Clients served,count,210,count,", lines);
        Assert.Contains("2019Q3,race_ethnicity,hispanic,Hispanic,count,96,count,", lines);
        Assert.Contains("2019Q3,race_ethnicity,,Not recorded,count,1,count,", lines);
        Assert.Contains("2019Q3,residence,parent,Parent/Guardian home,count,133,count,", lines);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(jsonFile));
        var residence = json.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "residence");
        var rows = residence.GetProperty("rows").EnumerateArray().Where(r => !r.TryGetProperty("total", out _))
            .ToDictionary(r => r.GetProperty("label").GetString()!, r => r.GetProperty("cells")[0].GetProperty("count").GetInt32());
        Assert.Equal(SeedResidence, rows);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("minCell").ValueKind);
    }

    [Fact]
    public async Task Cases_closed_before_or_opened_after_the_quarter_are_not_counted()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        var q2 = await analyst.GetFromJsonAsync<QuarterlyReportResult>("/api/v1/reports/quarterly/2019Q2");
        var q4 = await analyst.GetFromJsonAsync<QuarterlyReportResult>("/api/v1/reports/quarterly/2019Q4");
        Assert.Equal(24, q2!.ClientsServed);         // the demo's Q2 cases, all closed by 30 June
        Assert.Equal(18 + 210, q4!.ClientsServed);    // Q4 openings, plus every Q3 case: none closed before 1 October
    }

    [Fact]
    public async Task An_investigator_reports_only_on_cases_in_their_scope()
    {
        // The case opens today, outside the demo's 2019 quarters that the other tests read.
        var other = await app.World.User(Roles.Investigator, await app.World.Agency());
        await app.World.Case(other, World.Referral(received: app.LocalToday.AddDays(-1)));
        var today = Quarter.Containing(app.LocalToday);
        var report = await (await app.World.SignedIn(other)).GetFromJsonAsync<QuarterlyReportResult>($"/api/v1/reports/quarterly/{today}");
        Assert.Equal(1, report!.ClientsServed);
    }

    [Fact]
    public async Task A_bad_quarter_gets_a_message_naming_it()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        var response = await analyst.GetAsync("/api/v1/reports/quarterly/2019Q7");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quarter", await response.Content.ReadAsStringAsync());
        var page = await analyst.GetStringAsync("/Reports?quarter=Q3-2019");
        Assert.Contains("Enter a quarter like 2019Q3", page);
        Assert.Equal(2, await Hartline.Cli.HartlineCli.RunAsync(["report", "quarterly", "--quarter", "2019Q7", "--db", app.Database.Setting]));
        Assert.Equal(2, await Hartline.Cli.HartlineCli.RunAsync(["report", "quarterly", "--quarter", "2019Q3", "--format", "docx", "--db", app.Database.Setting]));
    }
}

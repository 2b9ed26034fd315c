using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Tests.Platform;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Services;

/// <summary>
/// The service-referral figures of a quarter, on a database of their own so every count is known: one referral
/// completed with two services, one declined, and a need no service fits. Exact through the older API (a coordinator),
/// the statistics and the CLI; published, small numbers withheld, for an analyst.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ServiceReferralFiguresTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task A_quarter_counts_referrals_by_type_acceptance_completion_services_and_unmet_needs_in_the_api_and_the_cli()
    {
        var s = await ReferralSetup.ArrangeAsync(app);
        var coordinator = await app.World.SignedIn(s.Coordinator);
        var today = ReferralSetup.Today(app).ToString("yyyy-MM-dd");
        async Task<JsonElement> Post(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
            await ReferralSetup.Json(await client.PostAsJsonAsync(path, body), expected);

        await Post(coordinator, $"/api/v1/cases/{s.CaseId}/consents", new { givenBy = "Guardian", giverName = "Rosa Guardian", purposes = new[] { "ServiceReferral" }, givenOn = today });
        await Post(coordinator, $"/api/v1/cases/{s.CaseId}/services/needs", new { typeCode = "emergency-shelter" }, HttpStatusCode.Created);
        await Post(coordinator, $"/api/v1/cases/{s.CaseId}/services/needs", new { typeCode = "legal" }, HttpStatusCode.Created); // nothing in this directory
        var shelterNeed = (await ReferralSetup.Json(await coordinator.GetAsync($"/api/v1/cases/{s.CaseId}/services"), HttpStatusCode.OK))
            .GetProperty("needs").EnumerateArray().Single(n => n.GetProperty("typeCode").GetString() == "emergency-shelter").GetProperty("id").GetGuid();
        var accepted = (await Post(coordinator, $"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Shelter, needId = shelterNeed, shareProfile = "Minimum" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var declined = (await Post(coordinator, $"/api/v1/cases/{s.CaseId}/services/referrals",
            new { serviceId = s.Adults, shareProfile = "Enquiry", eligibilityNote = "Asking ahead of her birthday." }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var provider = await app.World.SignedIn(s.Provider);
        await Post(provider, $"/api/v1/service-referrals/{accepted}/accept", new { });
        await Post(provider, $"/api/v1/service-referrals/{accepted}/services", new { typeCode = "emergency-shelter", deliveredOn = today, units = 3, minutes = 600 }, HttpStatusCode.Created);
        await Post(provider, $"/api/v1/service-referrals/{accepted}/services", new { typeCode = "basic-needs", deliveredOn = today, units = 1 }, HttpStatusCode.Created);
        await Post(provider, $"/api/v1/service-referrals/{accepted}/complete", new { result = "PartlyMet" });
        await Post(provider, $"/api/v1/service-referrals/{declined}/decline", new { declineReason = "NoCapacity" });

        var quarter = Quarter.Containing(app.Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>().Today(TimeProvider.System)).ToString();
        var f = await ReferralSetup.Json(await coordinator.GetAsync($"/api/v1/reports/service-referrals/{quarter}"), HttpStatusCode.OK);
        Assert.Equal(2, f.GetProperty("referralsSent").GetInt32());
        var byType = Assert.Single(f.GetProperty("referralsByType").EnumerateArray());
        Assert.Equal(("emergency-shelter", 2), (byType.GetProperty("typeCode").GetString(), byType.GetProperty("count").GetInt32()));
        var p = Assert.Single(f.GetProperty("providers").EnumerateArray());
        Assert.Equal((2, 1, 1, 0.5), (p.GetProperty("sent").GetInt32(), p.GetProperty("accepted").GetInt32(), p.GetProperty("declined").GetInt32(),
            p.GetProperty("acceptanceRate").GetDouble()));
        Assert.InRange(p.GetProperty("medianDaysToAcceptance").GetDouble(), 0, 0.1);
        Assert.Equal((1, 0, 1.0), (f.GetProperty("completion").GetProperty("completed").GetInt32(), f.GetProperty("completion").GetProperty("ended").GetInt32(),
            f.GetProperty("completion").GetProperty("completionRate").GetDouble()));
        var delivered = f.GetProperty("servicesDelivered").EnumerateArray().ToDictionary(d => d.GetProperty("typeCode").GetString()!);
        Assert.Equal((1, 600, 3), (delivered["emergency-shelter"].GetProperty("services").GetInt32(), delivered["emergency-shelter"].GetProperty("minutes").GetInt32(),
            delivered["emergency-shelter"].GetProperty("units").GetInt32()));
        Assert.Equal(1, delivered["basic-needs"].GetProperty("services").GetInt32());
        var unmet = Assert.Single(f.GetProperty("unmetNeeds").EnumerateArray());
        Assert.Equal(("legal", 0, 1), (unmet.GetProperty("typeCode").GetString(), unmet.GetProperty("allDeclined").GetInt32(), unmet.GetProperty("noFittingService").GetInt32()));

        // The statistics carry the same figures: exact for the coordinator…
        var exact = await StatisticsJson.GetAsync(coordinator, quarter, exact: true);
        Assert.Equal((2.0, 2.0), (StatisticsJson.Value(exact, "service_referrals_by_type", "emergency-shelter")!.Value, StatisticsJson.Value(exact, "service_referrals_by_type", "total")!.Value));
        var org = p.GetProperty("organizationId").GetGuid().ToString();
        Assert.Equal([2.0, 2, 1, 1, 0, 0.5], new[] { "sent", "answered", "accepted", "declined", "waiting", "acceptance" }
            .Select(c => StatisticsJson.Value(exact, "service_referrals_providers", org, c)!.Value));
        Assert.InRange(StatisticsJson.Value(exact, "service_referrals_providers", org, "median_days")!.Value, 0, 0.1);
        Assert.Equal((1.0, 1.0), (StatisticsJson.Value(exact, "service_referrals_completion", "completed")!.Value, StatisticsJson.Value(exact, "service_referrals_completion", "completed", "share")!.Value));
        Assert.Equal([1.0, 10, 3], new[] { "count", "hours", "units" }.Select(c => StatisticsJson.Value(exact, "service_referrals_delivered", "emergency-shelter", c)!.Value));
        Assert.Equal(1, StatisticsJson.Value(exact, "service_referrals_unmet", "legal", "no_fitting_service"));

        // …and for the analyst only as published: the old endpoint refuses, every count here is small and withheld, with its share, median and hours.
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, s.Coordinator.Agency));
        await StatisticsJson.AssertExactOnlyAsync(await analyst.GetAsync($"/api/v1/reports/service-referrals/{quarter}"));
        var published = await StatisticsJson.GetAsync(analyst, quarter);
        Assert.DoesNotContain(s.Family, published.GetRawText());
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "service_referrals_by_type", "total"));
        Assert.All(new[] { "sent", "accepted", "declined", "acceptance", "median_days" },
            c => Assert.Equal("primary", StatisticsJson.Suppressed(published, "service_referrals_providers", org, c)));
        Assert.Equal(0, StatisticsJson.Value(published, "service_referrals_providers", org, "waiting"));
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "service_referrals_completion", "completed", "share"));
        Assert.Equal(["primary", "primary"], new[] { "count", "hours" }.Select(c => StatisticsJson.Suppressed(published, "service_referrals_delivered", "emergency-shelter", c)));
        Assert.Equal("primary", StatisticsJson.Suppressed(published, "service_referrals_unmet", "legal", "no_fitting_service"));

        // A quarter not yet begun is refused, naming the field; the same figures come out of the command line.
        var future = await ReferralSetup.Json(await coordinator.GetAsync("/api/v1/reports/service-referrals/2999Q4"), HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("quarter", out _));
        var file = Path.Combine(app.Database.Folder, "figures.csv");
        var (code, err) = await CliRunner.Run("report", "service-referrals", "--quarter", quarter, "--out", file, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("quarter,measure,code,label,value", lines[0]);
        Assert.Contains($"{quarter},referrals_sent,,Referrals sent,2", lines);
        Assert.Contains($"{quarter},unmet_no_fitting_service,legal,Legal help,1", lines);
        Assert.Contains(lines, l => l.StartsWith($"{quarter},provider_acceptance_rate,") && l.EndsWith(",0.5"));
        var jsonFile = Path.Combine(app.Database.Folder, "figures.json");
        (code, err) = await CliRunner.Run("report", "service-referrals", "--quarter", quarter, "--format", "json", "--out", jsonFile, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        var json = await File.ReadAllTextAsync(jsonFile);
        Assert.Contains("\n  \"referralsSent\": 2,", json); // web names, indented for a person to read

        // The referrals and the case's matches on the command line; the list names no youth.
        var list = Path.Combine(app.Database.Folder, "referrals.csv");
        (code, err) = await CliRunner.Run("referrals", "list", "--out", list, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        var rows = await File.ReadAllLinesAsync(list);
        Assert.Equal("number,status,service,provider,kind_of_help,sent,answered,closed", rows[0]);
        Assert.Contains(rows, r => r.Contains(",Completed,Youth beds,") && r.Contains("Emergency shelter"));
        Assert.Contains(rows, r => r.Contains(",Declined,Young adult beds,"));
        Assert.DoesNotContain(s.Family, string.Join("\n", rows));
        (code, err) = await CliRunner.Run("referrals", "list", "--open-only", "--out", list, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        Assert.Single(await File.ReadAllLinesAsync(list)); // the header: both referrals are closed

        var number = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Cases.Where(c => c.Id == s.CaseId).Select(c => c.Number!).SingleAsync());
        var stdout = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try { (code, err) = await CliRunner.Run("referrals", "match", "--case", number, "--db", app.Database.Setting); }
        finally { Console.SetOut(stdout); }
        Assert.True(code == 0, err);
        Assert.Contains("Legal help: 0 fitting, 0 nearly fitting", captured.ToString());
        Assert.Contains("Emergency shelter: 1 fitting, 2 nearly fitting", captured.ToString());
        Assert.Contains("  - Young adult beds", captured.ToString());
        (code, err) = await CliRunner.Run("referrals", "match", "--case", "C-1999-99999", "--db", app.Database.Setting);
        Assert.Equal(2, code);
        Assert.Contains("no case C-1999-99999", err);
    }
}

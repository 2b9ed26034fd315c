using System.Net;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Security;

public sealed class AnalystTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task Analyst_never_receives_names_or_dates_of_birth()
    {
        var dcf = await app.World.Agency();
        var investigator = await app.World.User(Roles.Investigator, dcf);
        var analyst = await app.World.User(Roles.Analyst, await app.World.Agency("HART"));
        var caseId = await app.World.Case(investigator, World.Referral(given: "Zephyrine", family: "Quillfeather", dob: new DateOnly(2009, 11, 23)));
        var quarter = Hartline.Features.Reports.Quarter.Containing(app.LocalToday).ToString(); // the case opened today
        var client = await app.World.SignedIn(analyst);

        string[] urls =
        [
            "/", "/Cases", $"/Cases/{caseId}", "/Reports", $"/Reports?quarter={quarter}", "/Admin/Audit", "/Intake/Referrals",
            "/api/v1/cases", $"/api/v1/cases/{caseId}", $"/api/v1/reports/quarterly/{quarter}", $"/api/v1/reports/intake-funnel/{quarter}",
            "/api/v1/audit", "/api/v1/referrals", "/api/v1/people/duplicate-candidates?givenName=Zephyrine&familyName=Quillfeather",
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Zephyrine", body);
            Assert.DoesNotContain("Quillfeather", body);
            Assert.DoesNotContain("2009-11-23", body);
        }
        // The analyst does get the counts, as published: one youth is a small number, withheld.
        var report = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/quarterly/{quarter}")).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("clientsServed").ValueKind);
        Assert.Equal("primary", report.GetProperty("clientsServedSuppressed").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Cases")).StatusCode);
    }
}

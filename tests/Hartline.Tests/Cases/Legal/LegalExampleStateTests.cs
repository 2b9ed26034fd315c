using Hartline.Tests.Intake;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>Under the fictional example state the legal tab takes that file's protections, notices and offences.</summary>
public sealed class LegalExampleStateTests(ExampleStateApp app) : IClassFixture<ExampleStateApp>
{
    private Task<LegalCase> CaseAsync() => LegalCase.CreateAsync(app, adjust: r =>
    {
        (r.Region, r.Source, r.Residence) = ("C", "hotline", "home");
        r.DateOfBirth = new DateOnly(2008, 6, 15);
        r.ReceivedAt = new DateTime(2024, 9, 1, 10, 0, 0);
    });

    [Fact]
    public async Task The_example_states_rules_drive_the_tab()
    {
        var c = await CaseAsync();
        var page = Forms.Html(await c.Client.GetStringAsync(c.Page));
        var law = page.QuerySelector("aside.legal-notices")!.TextContent;
        Assert.Contains("Victim defense (example)", law);
        Assert.Contains("Diversion to services", law);
        Assert.DoesNotContain("Minors cannot be arrested", page.DocumentElement.TextContent);

        Assert.Contains("not a protection offered in Example State", (await c.RefusedAsync("/protections", new { kind = "Vacatur", on = "2024-01-10" })).First("kind"));
        var defense = await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10" });
        Assert.Contains("choose Accepted or Rejected", (await c.RefusedAsync($"/protections/{defense}/steps", new { step = "Withdrawn", on = "2024-02-01" })).First("step"));

        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer" });
        Assert.Contains("not an offense on Example State", (await c.RefusedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", chargedOn = "2024-07-01" })).First("offense"));
        var charge = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "EX-1", offenseDate = "2024-06-15", chargedOn = "2024-07-01" });
        var file = await c.FileAsync();
        Assert.Equal("Level 2 offense (example)", file.GetProperty("charges")[0].GetProperty("felonyClass").GetProperty("class").GetString());
        Assert.Equal(charge, file.GetProperty("charges")[0].GetProperty("id").GetGuid());

        // Court times are the example state's (Chicago) local time.
        await c.CreatedAsync("/court-dates", new { at = "2024-07-15T09:30:00", court = "District Court", purpose = "Trial" });
        var at = (await c.FileAsync()).GetProperty("courtDates")[0].GetProperty("at");
        Assert.Equal("2024-07-15T09:30:00-05:00", at.GetString());
        Assert.Equal(new DateTime(2024, 7, 15, 14, 30, 0, DateTimeKind.Utc), at.GetDateTimeOffset().UtcDateTime);
    }
}

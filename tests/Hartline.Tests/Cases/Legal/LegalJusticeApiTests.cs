using System.Net;
using System.Text.Json;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

public sealed class LegalJusticeApiTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static JsonElement Charge(JsonElement file, Guid id) =>
        file.GetProperty("charges").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);

    [Fact]
    public async Task Offenders_arrests_charges_dispositions_and_court_dates_are_recorded()
    {
        var c = await LegalCase.CreateAsync(app); // born 2004-03-09
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer", nameOrAlias = "'Big Mike'", relationship = "Stranger" });
        var arrest = await c.CreatedAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-05-02", agency = "Hartford Police Department" });

        // Commercial sexual abuse of a minor, classed by the child's age on the offense date: 14 the day before the 15th birthday.
        var younger = await c.CreatedAsync("/charges", new { offenderId = buyer, arrestId = arrest, offense = "53a-83b", offenseDate = "2019-03-08", chargedOn = "2019-05-02" });
        var older = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-03-09", chargedOn = "2019-05-02" });
        var undated = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", chargedOn = "2019-05-02" });
        await c.CreatedAsync($"/charges/{younger}/dispositions", new { outcome = "Convicted", on = "2020-01-15", note = "8 years" });
        var hearing = await c.CreatedAsync("/court-dates", new { at = "2019-07-15T09:30:00", court = "Hartford Superior Court", purpose = "Arraignment", offenderId = buyer });
        await c.CreatedAsync($"/court-dates/{hearing}/outcome", new { outcome = "Continued to August" });

        var file = await c.FileAsync();
        var offender = Assert.Single(file.GetProperty("offenders").EnumerateArray());
        Assert.Equal("'Big Mike'", offender.GetProperty("nameOrAlias").GetString()); // the owner may read the case, so sees the name
        Assert.Equal("Hartford Police Department", Assert.Single(file.GetProperty("arrests").EnumerateArray()).GetProperty("agency").GetString());

        var a = Charge(file, younger);
        Assert.Equal("Class A felony", a.GetProperty("felonyClass").GetProperty("class").GetString());
        Assert.Contains("the child was 14 on the offense date", a.GetProperty("felonyClass").GetProperty("explanation").GetString());
        Assert.Equal("Convicted", a.GetProperty("status").GetString());
        Assert.Equal("Class B felony", Charge(file, older).GetProperty("felonyClass").GetProperty("class").GetString());
        Assert.Equal("Pending", Charge(file, older).GetProperty("status").GetString());
        Assert.Equal("Cannot be computed: offense date unknown.", Charge(file, undated).GetProperty("felonyClass").GetProperty("explanation").GetString());

        // Typed in Connecticut local time (EDT in July), stored in UTC.
        var date = Assert.Single(file.GetProperty("courtDates").EnumerateArray());
        Assert.Equal(new DateTime(2019, 7, 15, 13, 30, 0, DateTimeKind.Utc), date.GetProperty("at").GetDateTimeOffset().UtcDateTime);
        Assert.Equal("2019-07-15T09:30:00-04:00", date.GetProperty("at").GetString());
        Assert.Equal("Continued to August", date.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_charge_for_a_youth_with_no_date_of_birth_says_the_class_cannot_be_computed()
    {
        var c = await LegalCase.CreateAsync(app, adjust: r => r.DateOfBirth = null);
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer" });
        var charge = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-03-08", chargedOn = "2019-05-02" });
        var result = Charge(await c.FileAsync(), charge).GetProperty("felonyClass");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("class").ValueKind);
        Assert.Equal("Cannot be computed: date of birth unknown.", result.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Bad_justice_records_name_the_field()
    {
        var c = await LegalCase.CreateAsync(app);
        var other = await LegalCase.CreateAsync(app);
        var strangers = await other.CreatedAsync("/offenders", new { role = "Trafficker" });
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer" });
        var future = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd");

        Assert.Contains("'Pimp' is not a role", (await c.RefusedAsync("/offenders", new { role = "Pimp" })).First("role"));
        Assert.Contains("is not a relationship", (await c.RefusedAsync("/offenders", new { role = "Buyer", relationship = "Cousin" })).First("relationship"));
        Assert.Equal("Choose the offender.", (await c.RefusedAsync("/arrests", new { arrestedOn = "2019-05-02", agency = "CSP" })).First("offenderId"));
        Assert.Equal("Choose an offender recorded on this case.", (await c.RefusedAsync("/arrests", new { offenderId = strangers, arrestedOn = "2019-05-02", agency = "CSP" })).First("offenderId"));
        Assert.Equal("Enter the arresting agency.", (await c.RefusedAsync("/arrests", new { offenderId = buyer, arrestedOn = "2019-05-02" })).First("agency"));
        Assert.Contains("cannot be in the future", (await c.RefusedAsync("/arrests", new { offenderId = buyer, arrestedOn = future, agency = "CSP" })).First("arrestedOn"));

        Assert.Contains("'53a-999' is not an offense on Connecticut's list", (await c.RefusedAsync("/charges", new { offenderId = buyer, offense = "53a-999", chargedOn = "2019-05-02" })).First("offense"));
        Assert.Equal("The offense date cannot be in the future.", (await c.RefusedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = future, chargedOn = "2019-05-02" })).First("offenseDate"));
        Assert.Contains("before the youth's date of birth", (await c.RefusedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2003-01-01", chargedOn = "2019-05-02" })).First("offenseDate"));
        Assert.Equal("The charge cannot be dated before the offense.", (await c.RefusedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-05-03", chargedOn = "2019-05-02" })).First("chargedOn"));
        var otherArrest = await other.CreatedAsync("/arrests", new { offenderId = strangers, arrestedOn = "2019-05-02", agency = "CSP" });
        Assert.Contains("Choose an arrest of this offender", (await c.RefusedAsync("/charges", new { offenderId = buyer, arrestId = otherArrest, offense = "53a-83b", chargedOn = "2019-05-02" })).First("arrestId"));

        var charge = await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-192a", chargedOn = "2019-05-02" });
        Assert.Equal("The disposition cannot be dated before the charge (2019-05-02).", (await c.RefusedAsync($"/charges/{charge}/dispositions", new { outcome = "Dismissed", on = "2019-05-01" })).First("on"));
        Assert.Contains("is not a disposition", (await c.RefusedAsync($"/charges/{charge}/dispositions", new { outcome = "Pardoned", on = "2019-06-01" })).First("outcome"));
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync($"/charges/{Guid.NewGuid()}/dispositions", new { outcome = "Dismissed", on = "2019-06-01" })).StatusCode);

        Assert.Equal("Enter the date and time of the hearing.", (await c.RefusedAsync("/court-dates", new { court = "GA 14", purpose = "Trial" })).First("at"));
        Assert.Contains("is not a purpose", (await c.RefusedAsync("/court-dates", new { at = "2019-06-01T10:00", court = "GA 14", purpose = "Picnic" })).First("purpose"));
        Assert.Contains("once the hearing has taken place", (await c.RefusedAsync("/court-dates", new { at = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-ddTHH:mm"), court = "GA 14", purpose = "Trial", outcome = "Guilty" })).First("outcome"));
        Assert.Contains("more than 3 years ahead", (await c.RefusedAsync("/court-dates", new { at = "2999-06-01T10:00", court = "GA 14", purpose = "Trial" })).First("at"));
        var upcoming = await c.CreatedAsync("/court-dates", new { at = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-ddTHH:mm"), court = "GA 14", purpose = "Trial" });
        Assert.Contains("once the hearing has taken place", (await c.RefusedAsync($"/court-dates/{upcoming}/outcome", new { outcome = "Guilty" })).First("outcome"));

        var file = await c.FileAsync();
        Assert.Empty(file.GetProperty("arrests").EnumerateArray()); // nothing half-saved
        Assert.Single(file.GetProperty("charges").EnumerateArray());
        Assert.Empty(Assert.Single(file.GetProperty("charges").EnumerateArray()).GetProperty("dispositions").EnumerateArray());
    }
}

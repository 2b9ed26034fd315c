using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Intake;

public sealed class ReferralIntakeTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<(int People, int Cases, int Referrals)> Counts()
    {
        (int, int, int) counts = default;
        await app.WithDb(async db => counts = (await db.People.CountAsync(), await db.Cases.CountAsync(), await db.Referrals.CountAsync()));
        return counts;
    }

    private static JsonElement Errors(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors");

    [Fact]
    public async Task A_name_at_the_length_limit_whose_folded_form_is_twice_as_long_is_saved_and_indexed()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator, World.Referral(new string('ß', 100), new string('Æ', 100)));
        await app.WithDb(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == receipt.PersonId);
            Assert.Equal((new string('ß', 100), new string('Æ', 100)), (person.GivenName, person.FamilyName));
            // Indexed by the folded names (ß → ss, Æ → ae): a fixed-length digest, whatever the name's length.
            Assert.Equal(Hartline.Features.People.Person.NameIndex(db.FieldKeys, new string('s', 200)), person.GivenNameIndex);
            Assert.Equal(Hartline.Features.People.Person.NameIndex(db.FieldKeys, new string('a', 100).Replace("a", "ae")), person.FamilyNameIndex);
        });
    }

    [Fact]
    public async Task Missing_fields_get_400_naming_each_field_and_nothing_is_saved()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var before = await Counts();
        var response = await client.PostAsJsonAsync("/api/v1/referrals", new { givenName = "Only" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = Errors(await response.Content.ReadAsStringAsync());
        foreach (var field in new[] { "receivedAt", "source", "region", "reportingAgency", "familyName" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.False(errors.TryGetProperty("givenName", out _));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Codes_outside_the_jurisdiction_file_and_impossible_dates_are_refused()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var referral = World.Referral(region: "R9", dob: new DateOnly(2030, 1, 1), races: ["martian"]);
        referral.ReceivedAt = DateTime.UtcNow.AddDays(3);
        var response = await client.PostAsJsonAsync("/api/v1/referrals", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Errors(await response.Content.ReadAsStringAsync());
        Assert.Contains("R9", errors.GetProperty("region")[0].GetString());
        Assert.Contains("martian", errors.GetProperty("raceEthnicity")[0].GetString());
        Assert.Contains("future", errors.GetProperty("receivedAt")[0].GetString());
        Assert.True(errors.TryGetProperty("dateOfBirth", out _));
    }

    [Theory]
    [InlineData("""{"dateOfBirth":"not a date"}""", "dateOfBirth")]
    [InlineData("""{"raceEthnicity":"black"}""", "raceEthnicity")]
    [InlineData("""{"givenName":""", "givenName")]
    [InlineData("not json at all", "body")]
    public async Task Unreadable_json_gets_400_naming_the_field(string json, string field)
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var response = await client.PostAsync("/api/v1/referrals", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Errors(await response.Content.ReadAsStringAsync()).TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_second_referral_for_the_same_youth_links_the_person_and_joins_the_open_case()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var firstCase = await World.Case(investigator, World.Referral("Rey", "Samename"));
        var again = World.Referral("REY", "samename ");
        again.Source = "school";
        var second = await World.Receive(investigator, again);
        Assert.True(second.LinkedExistingPerson);

        var client = await World.SignedIn(investigator);
        await client.PostAsJsonAsync($"/api/v1/referrals/{second.ReferralId}/determinations",
            new { status = "ConfirmedVictim", decidedBy = "ChildWelfare", actions = new[] { "Harbor" }, purposes = new[] { "CommercialSex" }, exploitation = "Sex" });
        var link = await (await client.PostAsync($"/api/v1/referrals/{second.ReferralId}/case", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstCase.ToString(), link.GetProperty("caseId").GetString());
        var file = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{firstCase}");
        Assert.Equal(2, file.GetProperty("referrals").GetArrayLength());
    }

    [Theory]
    [InlineData(26, true)]
    [InlineData(25, false)]
    public async Task A_youth_older_than_the_jurisdictions_limit_is_refused_naming_the_date_of_birth(int age, bool refused)
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var received = new DateOnly(2019, 8, 14);
        var response = await client.PostAsJsonAsync("/api/v1/referrals", World.Referral(received: received, dob: received.AddYears(-age).AddDays(-1)));
        Assert.Equal(refused ? HttpStatusCode.BadRequest : HttpStatusCode.Created, response.StatusCode);
        if (refused) Assert.Contains("up to 25", Errors(await response.Content.ReadAsStringAsync()).GetProperty("dateOfBirth")[0].GetString());
    }

    [Fact]
    public async Task Only_intake_roles_may_receive_referrals()
    {
        var provider = await World.SignedIn(await World.User(Roles.Provider, await World.Agency()));
        var response = await provider.PostAsJsonAsync("/api/v1/referrals", World.Referral());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync("/Intake/Referrals/New")).StatusCode);
    }

    [Fact]
    public async Task The_referral_page_shows_field_messages_and_saves_nothing_on_bad_input()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var before = await Counts();
        var response = await client.PostFormAsync("/Intake/Referrals/New",
        [
            new("Input.ReceivedAt", "2019-13-45T10:00"), new("Input.Source", "careline"), new("Input.GivenName", "Pat"),
            new("Input.Region", "R1"), new("Input.ReportingAgency", "School"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Forms.Html(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(html.QuerySelector("#Input-ReceivedAt-error")!.TextContent.Trim());
        Assert.Equal("Pat", html.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task The_referral_page_saves_the_referral_and_shows_where_it_stands()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var response = await client.PostFormAsync("/Intake/Referrals/New",
        [
            new("Input.ReceivedAt", "2019-08-02T14:45"), new("Input.Source", "school"), new("Input.ReportingAgency", "Northfield High"),
            new("Input.Region", "R3"), new("Input.GivenName", "Paloma"), new("Input.FamilyName", "Formfield"),
            new("Input.DateOfBirth", "2004-05-06"), new("Input.Gender", "female"), new("Input.Residence", "foster"),
            new("Input.RaceEthnicity", "hispanic"), new("Input.RaceEthnicity", "black"), new("Input.Narrative", "Seen with older men after school."),
            new("Input.ExploitationSuspected", "Sex"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Referral: Paloma Formfield", page);
        Assert.Contains("2019-08-02 14:45", page);           // shown in the jurisdiction's local time, as entered
        Assert.Contains("received, not yet screened", page);
        Assert.Contains("Seen with older men after school.", page);
        Assert.Contains("Report to the DCF Careline", page);  // a minor, and no Careline number recorded yet
    }
}

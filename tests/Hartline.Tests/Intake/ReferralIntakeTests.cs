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
    public async Task Missing_fields_get_400_naming_each_field_and_nothing_is_saved()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var before = await Counts();
        var response = await client.PostAsJsonAsync("/api/v1/referrals", new { givenName = "Only" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = Errors(await response.Content.ReadAsStringAsync());
        foreach (var field in new[] { "receivedOn", "source", "region", "reportingAgency", "familyName" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.False(errors.TryGetProperty("givenName", out _));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Codes_outside_the_jurisdiction_file_and_impossible_dates_are_refused()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var referral = World.Referral(region: "R9", dob: new DateOnly(2030, 1, 1), races: ["martian"]);
        referral.ReceivedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        var response = await client.PostAsJsonAsync("/api/v1/referrals", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Errors(await response.Content.ReadAsStringAsync());
        Assert.Contains("R9", errors.GetProperty("region")[0].GetString());
        Assert.Contains("martian", errors.GetProperty("raceEthnicity")[0].GetString());
        Assert.Contains("future", errors.GetProperty("receivedOn")[0].GetString());
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
        var client = await World.SignedIn(investigator);
        var first = await (await client.PostAsJsonAsync("/api/v1/referrals", World.Referral("Rey", "Samename"))).Content.ReadFromJsonAsync<JsonElement>();
        var again = World.Referral("REY", "samename ");
        again.Source = "school";
        var second = await (await client.PostAsJsonAsync("/api/v1/referrals", again)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(first.GetProperty("personId").GetString(), second.GetProperty("personId").GetString());
        Assert.Equal(first.GetProperty("caseId").GetString(), second.GetProperty("caseId").GetString());
        Assert.True(second.GetProperty("linkedExistingPerson").GetBoolean());
        var file = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{first.GetProperty("caseId").GetString()}");
        Assert.Equal(2, file.GetProperty("referrals").GetArrayLength());
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
            new("Input.ReceivedOn", "2019-13-45"), new("Input.Source", "careline"), new("Input.GivenName", "Pat"),
            new("Input.Region", "R1"), new("Input.ReportingAgency", "School"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Forms.Html(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(html.QuerySelector("#Input-ReceivedOn-error")!.TextContent.Trim());
        Assert.Equal("Pat", html.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task The_referral_page_opens_a_case_and_shows_it()
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var response = await client.PostFormAsync("/Intake/Referrals/New",
        [
            new("Input.ReceivedOn", "2019-08-02"), new("Input.Source", "school"), new("Input.ReportingAgency", "Northfield High"),
            new("Input.Region", "R3"), new("Input.GivenName", "Paloma"), new("Input.FamilyName", "Formfield"),
            new("Input.DateOfBirth", "2004-05-06"), new("Input.Gender", "female"), new("Input.Residence", "foster"),
            new("Input.RaceEthnicity", "hispanic"), new("Input.RaceEthnicity", "black"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Paloma Formfield", page);
        Assert.Contains("Region 3 – Eastern", page);
        Assert.Contains("Hispanic", page);
        Assert.Contains("African American/Black", page);
        Assert.Contains("Foster home", page);
    }
}

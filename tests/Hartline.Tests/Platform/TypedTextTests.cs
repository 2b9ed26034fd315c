using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Platform;

/// <summary>The shared rule for typed text: no direction overrides or control characters anywhere, no digits in names.</summary>
public sealed class TypedTextTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Theory]
    [InlineData("Ana\u202Eairam", TextInput.Kind.PersonName, "direction")]
    [InlineData("note \u2066hidden\u2069", TextInput.Kind.MultiLine, "direction")]
    [InlineData("Ana\0", TextInput.Kind.Line, "control")]
    [InlineData("bell\u0007", TextInput.Kind.MultiLine, "control")]
    [InlineData("two\nlines", TextInput.Kind.Line, "one line")]
    [InlineData("two\tcolumns", TextInput.Kind.PersonName, "one line")]
    [InlineData("Jordan2", TextInput.Kind.PersonName, "digits")]
    public void Refused_text_says_why(string typed, TextInput.Kind kind, string why) =>
        Assert.Contains(why, TextInput.Problem(typed, kind));

    [Theory]
    [InlineData("Zoë O'Brien-Núñez", TextInput.Kind.PersonName)]
    [InlineData("First line\r\n\tsecond line", TextInput.Kind.MultiLine)]
    [InlineData("Room 12, 3rd floor", TextInput.Kind.Line)]
    [InlineData("عائشة", TextInput.Kind.PersonName)]
    public void Ordinary_text_passes(string typed, TextInput.Kind kind) => Assert.Null(TextInput.Problem(typed, kind));

    [Fact]
    public async Task A_referral_with_a_digit_in_a_name_or_a_hidden_direction_mark_is_refused_naming_each_field_and_nothing_is_saved()
    {
        var client = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));
        var before = await ReferralCount();
        var referral = World.Referral(given: "Jordan2", family: "Test\u202Ecase");
        referral.Narrative = "Line one\nline two";
        referral.ReportingAgency = "School\0";

        var response = await client.PostAsJsonAsync("/api/v1/referrals", referral);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The given name must not contain digits.", errors.GetProperty("givenName")[0].GetString());
        Assert.Contains("The family name must not contain hidden direction marks", errors.GetProperty("familyName")[0].GetString());
        Assert.Contains("The reporting agency must not contain control characters", errors.GetProperty("reportingAgency")[0].GetString());
        Assert.False(errors.TryGetProperty("narrative", out _), "line breaks belong in a narrative");
        Assert.Equal(before, await ReferralCount());
    }

    [Fact]
    public async Task The_referral_page_shows_the_name_rule_beside_the_field()
    {
        var client = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));
        var response = await client.PostFormAsync("/Intake/Referrals/New",
        [
            new("Input.ReceivedAt", "2019-08-02T14:45"), new("Input.Source", "school"), new("Input.ReportingAgency", "Northfield High"),
            new("Input.Region", "R3"), new("Input.GivenName", "Paloma"), new("Input.FamilyName", "F0rmfield"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The family name must not contain digits.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Notes_plan_and_legal_text_refuse_control_characters_but_take_line_breaks()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(worker);
        var client = await app.World.SignedIn(worker);

        var note = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { level = "Team", text = "Met the youth.\u202E" });
        Assert.Contains("The text must not contain hidden direction marks", await note.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { level = "Team", text = "Met the youth.\nAll well." })).StatusCode);

        var plan = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/items", new { youthWords = "Go back to school\0" });
        Assert.Equal(HttpStatusCode.BadRequest, plan.StatusCode);
        Assert.Contains("The youth words must not contain control characters", await plan.Content.ReadAsStringAsync());

        var offender = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/offenders", new { role = "Buyer", nameOrAlias = "J.\nDoe" });
        Assert.Equal(HttpStatusCode.BadRequest, offender.StatusCode);
        Assert.Contains("The name or alias must be on one line", await offender.Content.ReadAsStringAsync());
    }

    private async Task<int> ReferralCount()
    {
        var count = 0;
        await app.WithDb(async db => count = await db.Referrals.CountAsync());
        return count;
    }
}

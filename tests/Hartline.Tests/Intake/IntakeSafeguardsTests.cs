using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Intake;

/// <summary>Intake's safeguards: what a review found open, each kept shut by a test.</summary>
public sealed class IntakeSafeguardsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task An_exact_match_held_by_another_agency_is_not_linked_and_not_revealed()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var theirs = await World.Receive(owner, World.Referral("Anaís", "Secretaria", dob: new DateOnly(2008, 8, 8)));
        var mine = await World.Receive(outsider, World.Referral("Anaís", "Secretaria", dob: new DateOnly(2008, 8, 8)));
        Assert.False(mine.LinkedExistingPerson);
        Assert.NotEqual(theirs.PersonId, mine.PersonId);
    }

    [Theory]
    [InlineData("""{"raceEthnicity":null,"duplicateAnswers":null}""", HttpStatusCode.Created)] // nulls read as empty lists
    [InlineData("""{"duplicateAnswers":[null]}""", HttpStatusCode.Created)]                    // null answers are dropped
    [InlineData("""{"duplicateAnswers":[{"verdict":"SamePerson"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"exploitationSuspected":9}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"exploitationSuspected":"Smuggling"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"existingPersonId":"00000000-0000-0000-0000-000000000000"}""", HttpStatusCode.BadRequest)]
    public async Task Odd_json_in_a_referral_is_a_400_never_a_500(string extra, HttpStatusCode expected)
    {
        var client = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var body = System.Text.Json.JsonSerializer.Serialize(World.Referral(), Support.ApiJson.Options)[..^1] + "," + extra[1..];
        var response = await client.PostAsync("/api/v1/referrals", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"status":"PossibleVictim","decidedBy":"Police","actions":null,"means":null,"purposes":null}""", HttpStatusCode.Created)]
    [InlineData("""{"status":7,"decidedBy":"Police"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"status":"PossibleVictim","decidedBy":"Police","actions":[42]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"status":"PossibleVictim","decidedBy":"Police","exploitation":9}""", HttpStatusCode.BadRequest)]
    public async Task Odd_json_in_a_determination_is_a_400_never_a_500(string json, HttpStatusCode expected)
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator);
        var client = await World.SignedIn(investigator);
        var response = await client.PostAsync($"/api/v1/referrals/{receipt.ReferralId}/determinations", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
        var screen = await client.PostAsync($"/api/v1/referrals/{receipt.ReferralId}/screenings",
            new StringContent("""{"instrument":"brief-intake-screen","responses":null}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, screen.StatusCode);
    }

    [Fact]
    public async Task A_name_beginning_with_an_accent_is_found_typed_with_or_without_it()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var existing = await World.Receive(investigator, World.Referral("Óscar", "Ávila", dob: new DateOnly(2007, 5, 20)));
        var client = await World.SignedIn(investigator);
        foreach (var (given, family) in new[] { ("Oscar", "Avila"), ("óscar", "ávila"), ("OSCAR", "AVILLA") })
        {
            var found = await client.GetStringAsync($"/api/v1/people/duplicate-candidates?givenName={given}&familyName={family}");
            Assert.Contains(existing.PersonId.ToString(), found);
        }
    }

    [Fact]
    public async Task A_refusal_by_role_is_audited_as_denied()
    {
        var analyst = await World.User(Roles.Analyst, await World.Agency());
        var client = await World.SignedIn(analyst);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/referrals")).StatusCode);
        await app.WithDb(async db =>
            Assert.True(await db.AuditEvents.AnyAsync(e => e.UserId == analyst.Id && e.Action == AuditAction.Denied && e.EntityId == "/api/v1/referrals")));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Intake.Duplicates;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Intake;

public sealed class DuplicateCheckTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<List<JsonElement>> Candidates(HttpClient client, string given, string family, string? dob = null)
    {
        var url = $"/api/v1/people/duplicate-candidates?givenName={Uri.EscapeDataString(given)}&familyName={Uri.EscapeDataString(family)}"
                  + (dob is null ? "" : $"&dateOfBirth={dob}");
        return (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
    }

    [Theory]
    [InlineData("Guadalupe", "Rodrigues", "2006-04-07")]  // misspelt family name
    [InlineData("Lupe", "Rodriguez", "2006-04-07")]       // nickname
    [InlineData("Guadalupe", "Rodriguez", "2006-07-04")]  // day and month swapped
    [InlineData("Rodriguez", "Guadalupe", "2006-04-07")]  // given and family names swapped
    public async Task Variants_of_a_youth_already_entered_are_suggested(string given, string family, string dob)
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var existing = await World.Receive(investigator, World.Referral("Guadalupe", "Rodriguez", dob: new DateOnly(2006, 4, 7)));
        var found = await Candidates(await World.SignedIn(investigator), given, family, dob);
        Assert.Contains(found, c => c.GetProperty("personId").GetString() == existing.PersonId.ToString());
    }

    [Fact]
    public async Task A_person_committed_late_with_an_earlier_stamp_is_still_found()
    {
        // Another node saved the youth, with a stamp older than the newest this node's index has seen (its
        // clock ran behind, or its save committed after a later-stamped one). This node has never indexed it.
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var late = await World.Receive(investigator, World.Referral("Philomena", "Latecommit", dob: new DateOnly(2006, 3, 9)));
        var early = await World.Receive(investigator, World.Referral("Early", "Watermark", dob: new DateOnly(2007, 5, 6)));
        app.Services.GetRequiredService<Hartline.Features.People.Deduplication.RegistryIndex>().Remove(late.PersonId);
        await app.WithDb(async db =>
        {
            var stamp = await db.People.Where(p => p.Id == early.PersonId).Select(p => p.CreatedAt).SingleAsync();
            await db.People.Where(p => p.Id == late.PersonId).ExecuteUpdateAsync(u => u.SetProperty(p => p.CreatedAt, stamp.AddMinutes(-3)));
        });

        var found = await Candidates(client, "Philomena", "Latecommit", "2006-03-09");
        Assert.Contains(found, c => c.GetProperty("personId").GetString() == late.PersonId.ToString());
    }

    [Fact]
    public async Task Only_people_the_worker_may_see_are_suggested()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        await World.Receive(owner, World.Referral("Xiomara", "Villalobos", dob: new DateOnly(2007, 2, 3)));
        Assert.Empty(await Candidates(await World.SignedIn(outsider), "Xiomara", "Villalobos", "2007-02-03"));
        Assert.Single(await Candidates(await World.SignedIn(owner), "Xiomara", "Villalobos", "2007-02-03"));
    }

    [Fact]
    public async Task The_page_asks_about_each_candidate_then_records_the_answer_and_links_the_person()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var existing = await World.Receive(investigator, World.Referral("Marisela", "Quintanilla", dob: new DateOnly(2005, 9, 1)));
        var client = await World.SignedIn(investigator);
        KeyValuePair<string, string>[] form =
        [
            new("Input.ReceivedAt", "2019-09-20T09:00"), new("Input.Source", "medical"), new("Input.ReportingAgency", "Harbor ED"),
            new("Input.Region", "R4"), new("Input.GivenName", "Marisela"), new("Input.FamilyName", "Quintanila"), new("Input.DateOfBirth", "2005-09-01"),
        ];
        var asked = await client.PostFormAsync("/Intake/Referrals/New", form);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode); // not saved: the worker must answer first
        var html = Forms.Html(await asked.Content.ReadAsStringAsync());
        Assert.Contains("Marisela Quintanilla", html.QuerySelector("#duplicates")!.TextContent);
        Assert.Contains("Say for each youth listed", html.QuerySelector("#form-errors")!.TextContent);

        var answered = await client.PostFormAsync("/Intake/Referrals/New", [.. form,
            new("Input.DuplicateAnswers[0].CandidatePersonId", existing.PersonId.ToString()),
            new("Input.DuplicateAnswers[0].Score", "0.9"), new("Input.DuplicateAnswers[0].Verdict", "SamePerson")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        await app.WithDb(async db =>
        {
            var decision = await db.DuplicateDecisions.SingleAsync(d => d.CandidatePersonId == existing.PersonId);
            Assert.Equal(DuplicateVerdict.SamePerson, decision.Verdict);
            Assert.Equal(investigator.Id, decision.DecidedById);
            var referral = await db.Referrals.SingleAsync(r => r.Id == decision.ReferralId);
            Assert.Equal(existing.PersonId, referral.PersonId); // linked, not a new person
        });
    }

    [Fact]
    public async Task Different_person_is_recorded_and_a_new_person_registered()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var existing = await World.Receive(investigator, World.Referral("Dayanara", "Benitez", dob: new DateOnly(2006, 1, 15)));
        var referral = World.Referral("Dayanara", "Benitez", dob: new DateOnly(2006, 1, 15));
        referral.DuplicateAnswers = [new() { CandidatePersonId = existing.PersonId, Verdict = DuplicateVerdict.DifferentPerson, Score = 1 }];
        var receipt = await World.Receive(investigator, referral);
        Assert.False(receipt.LinkedExistingPerson); // even an exact match is not linked against the worker's word
        Assert.NotEqual(existing.PersonId, receipt.PersonId);
    }

    [Fact]
    public async Task A_guessed_person_id_links_nothing()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var hidden = await World.Receive(owner, World.Referral("Hidden", "Person"));
        var referral = World.Referral("Someone", "Else");
        referral.ExistingPersonId = hidden.PersonId;
        var response = await (await World.SignedIn(outsider)).PostAsJsonAsync("/api/v1/referrals", referral);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("existingPersonId", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_youth_can_be_screened_again_and_the_history_is_kept()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator);
        var client = await World.SignedIn(investigator);
        var first = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/screenings", new { instrument = "brief-intake-screen" });
        var second = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/screenings", new { instrument = "full-assessment" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{receipt.ReferralId}");
        var instruments = view.GetProperty("screenings").EnumerateArray().Select(s => s.GetProperty("instrument").GetString()).ToList();
        Assert.Equal(["full-assessment", "brief-intake-screen"], instruments); // newest first
        await app.WithDb(async db =>
            Assert.Equal(12, await db.Set<Hartline.Features.Intake.Screening.ScreeningResponse>()
                .CountAsync(r => db.Screenings.Any(s => s.Id == r.ScreeningId && s.InstrumentCode == "brief-intake-screen" && s.ReferralId == receipt.ReferralId))));
    }

    [Theory]
    [InlineData(null, "Ro", null, true)]
    [InlineData(null, "Ñu", null, true)]
    [InlineData(null, "R", null, false)]
    [InlineData(null, "R.", null, false)]
    [InlineData("Jo", null, "2007-03-14", true)]
    [InlineData("Jo", null, null, false)]
    [InlineData("J", "", "2007-03-14", false)]
    [InlineData(null, null, "2007-03-14", false)]
    [InlineData("  ", " - ", null, false)]
    public void The_check_searches_only_on_enough_to_go_on(string? given, string? family, string? born, bool plausible) =>
        Assert.Equal(plausible, DuplicateCheck.IsPlausible(given, family, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)));
}

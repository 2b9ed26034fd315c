using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Reports;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Intake;

/// <summary>Correcting a saved referral with its history, two people correcting at once, and withdrawing one entered by mistake.</summary>
public sealed class ReferralCorrectionTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static async Task<Dictionary<string, string>> FormValues(HttpClient client, Guid referralId)
    {
        var html = Forms.Html(await client.GetStringAsync($"/Intake/Referrals/{referralId}/Correct"));
        return html.QuerySelectorAll("form.panel input[name^='Input.'], form.panel select[name^='Input.'], form.panel textarea[name^='Input.']")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName switch
            {
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                "textarea" => e.TextContent,
                _ => e.GetAttribute("value") ?? "",
            });
    }

    [Fact]
    public async Task An_investigator_corrects_a_date_of_birth_and_records_the_Careline_number_and_the_history_shows_both()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var family = World.UniqueName("Corr");
        var receipt = await World.Receive(investigator, World.Referral("Yesenia", family, dob: new DateOnly(2008, 4, 11)));
        var client = await World.SignedIn(investigator);

        var form = await FormValues(client, receipt.ReferralId);
        Assert.Equal("2008-04-11", form["Input.DateOfBirth"]);
        form["Input.DateOfBirth"] = "2008-11-04"; // day and month were swapped at intake
        form["Input.CarelineReportNumber"] = "CL-2019-774";
        form["Input.Reason"] = "Date of birth read from the school record";
        var saved = await client.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Correct", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = Forms.Html(await client.GetStringAsync($"/Intake/Referrals/{receipt.ReferralId}"));
        var history = page.QuerySelector("table.corrections")!.TextContent;
        Assert.Contains("2008-04-11", history);
        Assert.Contains("2008-11-04", history);
        Assert.Contains("CL-2019-774", history);
        Assert.Contains("Date of birth read from the school record", history);
        Assert.Contains("Test Investigator", history);
        await app.WithDb(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == receipt.PersonId);
            Assert.Equal(new DateOnly(2008, 11, 4), person.DateOfBirth); // the registry follows
            Assert.Equal(1, await db.Referrals.Where(r => r.Id == receipt.ReferralId).Select(r => r.Version).SingleAsync());
        });
        // The search box finds the youth by the corrected date and the new number.
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString("Yesenia 2008-11-04")}");
        Assert.Contains(found.GetProperty("youth").EnumerateArray(), y => y.GetProperty("personId").GetString() == receipt.PersonId.ToString());
    }

    [Fact]
    public async Task A_corrected_name_is_what_the_duplicate_index_and_search_find()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator, World.Referral("Jhon", "Misspeltson", dob: new DateOnly(2007, 6, 6)));
        var client = await World.SignedIn(investigator);
        var sheet = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{receipt.ReferralId}/corrections");
        var current = sheet.GetProperty("current");
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        var family = World.UniqueName("Corrected");
        body["familyName"] = family;
        body["reason"] = "Family name misspelled at intake";
        var response = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/corrections", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={family}");
        Assert.Single(found.GetProperty("youth").EnumerateArray());
    }

    [Theory]
    [InlineData("Input.DateOfBirth", "2999-01-01", "Input.DateOfBirth")]
    [InlineData("Input.GivenName", "   ", "Input.GivenName")]
    [InlineData("Input.Source", "carrier-pigeon", "Input.Source")]
    [InlineData("Input.Reason", "", "Input.Reason")]
    public async Task A_correction_that_makes_the_referral_invalid_is_refused_naming_the_field(string field, string value, string refused)
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(investigator, World.Referral("Valida", World.UniqueName("Rules"), dob: new DateOnly(2006, 1, 2)));
        var client = await World.SignedIn(investigator);
        var form = await FormValues(client, receipt.ReferralId);
        form["Input.Reason"] = "testing the rules";
        form["Input.FamilyName"] = "Changed"; // would be saved if the rest were valid
        form[field] = value;
        var response = await client.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Correct", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Forms.Html(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(html.QuerySelector($"[data-valmsg-for='{refused}']")!.TextContent.Trim());
        await app.WithDb(async db =>
        {
            Assert.NotEqual("Changed", (await db.People.SingleAsync(p => p.Id == receipt.PersonId)).FamilyName);
            Assert.False(await db.Set<Hartline.Features.Intake.Corrections.ReferralCorrection>().AnyAsync(c => c.ReferralId == receipt.ReferralId));
        });
    }

    [Fact]
    public async Task The_second_of_two_people_correcting_at_once_is_told_not_overwritten()
    {
        var agency = await World.Agency();
        var first = await World.User(Roles.Investigator, agency);
        var second = await World.User(Roles.Investigator, agency);
        var receipt = await World.Receive(first, World.Referral("Twice", World.UniqueName("Race")));
        var firstClient = await World.SignedIn(first);
        var secondClient = await World.SignedIn(second);
        var a = await FormValues(firstClient, receipt.ReferralId);
        var b = await FormValues(secondClient, receipt.ReferralId);
        a["Input.ReportingAgency"] = "Harbor High School"; a["Input.Reason"] = "first";
        b["Input.ReportingAgency"] = "Harbour Middle School"; b["Input.Reason"] = "second";
        Assert.Equal(HttpStatusCode.Redirect, (await firstClient.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Correct", a)).StatusCode);
        var late = await secondClient.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Correct", b);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = Forms.Html(await late.Content.ReadAsStringAsync());
        Assert.Contains("Someone else corrected this referral", html.Body!.TextContent);
        Assert.Equal("Harbor High School", html.QuerySelector("input[name='Input.ReportingAgency']")!.GetAttribute("value")); // their values now
        Assert.Equal("second", html.QuerySelector("input[name='Input.Reason']")!.GetAttribute("value")); // the reason typed is kept
        await app.WithDb(async db => Assert.Equal("Harbor High School",
            await db.Referrals.Where(r => r.Id == receipt.ReferralId).Select(r => r.ReportingAgencyName).SingleAsync()));
    }

    [Fact]
    public async Task Only_those_who_may_work_the_referral_can_correct_or_withdraw_it_and_others_get_a_missing_page()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.User(Roles.Investigator, await World.Agency());
        var receipt = await World.Receive(owner, World.Referral("Guarded", World.UniqueName("Scope")));
        var client = await World.SignedIn(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Intake/Referrals/{receipt.ReferralId}/Correct")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Intake/Referrals/{receipt.ReferralId}/Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/referrals/{receipt.ReferralId}/corrections")).StatusCode);
        var withdraw = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/withdrawal", new { reason = "not mine" });
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        // A confirmation posted without its antiforgery token changes nothing either.
        var bare = await (await World.SignedIn(owner)).PostAsync($"/Intake/Referrals/{receipt.ReferralId}/Withdraw",
            new FormUrlEncodedContent([new("Reason", "no token")]));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        await app.WithDb(async db => Assert.True(await db.Referrals.AnyAsync(r => r.Id == receipt.ReferralId)));
    }

    [Fact]
    public async Task A_referral_withdrawn_after_a_confirmation_leaves_every_list_and_count_but_is_kept()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var received = new DateOnly(2018, 5, 3);
        var receipt = await World.Receive(investigator, World.Referral("Mistake", World.UniqueName("Entered"), received: received));
        var client = await World.SignedIn(investigator);
        var before = await client.GetFromJsonAsync<IntakeFunnelResult>("/api/v1/reports/intake-funnel/2018Q2");

        var confirm = Forms.Html(await client.GetStringAsync($"/Intake/Referrals/{receipt.ReferralId}/Withdraw"));
        Assert.Contains("leaves the referral list", confirm.Body!.TextContent); // says what will happen first
        var refused = await client.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Withdraw", [new("Reason", " ")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // a reason is needed
        var done = await client.PostFormAsync($"/Intake/Referrals/{receipt.ReferralId}/Withdraw", [new("Reason", "Entered twice")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var after = await client.GetFromJsonAsync<IntakeFunnelResult>("/api/v1/reports/intake-funnel/2018Q2");
        Assert.Equal(before!.Received - 1, after!.Received);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Intake/Referrals/{receipt.ReferralId}")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/referrals");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == receipt.ReferralId.ToString());
        await app.WithDb(async db =>
        {
            var kept = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == receipt.ReferralId);
            Assert.Equal("Entered twice", kept.WithdrawalReason);
            Assert.Equal(investigator.Id, kept.WithdrawnById);
        });
    }

    [Fact]
    public async Task A_referral_that_opened_a_case_is_not_withdrawn()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator, World.Referral("Opened", World.UniqueName("Case")));
        var referralId = await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>()
            .Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync());
        var response = await (await World.SignedIn(investigator)).PostAsJsonAsync($"/api/v1/referrals/{referralId}/withdrawal", new { reason = "oops" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("close the case", await response.Content.ReadAsStringAsync());
    }
}

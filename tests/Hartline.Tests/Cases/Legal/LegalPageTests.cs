using System.Net;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>The legal tab as a worker uses it: forms posted with their antiforgery token, errors beside the field.</summary>
public sealed class LegalPageTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static async Task<HttpResponseMessage> Post(LegalCase c, string handler, params (string, string)[] fields) =>
        await c.Client.PostFormAsync($"{c.Page}?handler={handler}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task The_tab_shows_the_states_notices_beside_the_protections()
    {
        var c = await LegalCase.CreateAsync(app);
        var page = Forms.Html(await c.Client.GetStringAsync(c.Page));
        Assert.Equal("page", page.QuerySelector($"nav.case-nav a[href='/Cases/{c.Id}/Legal']")!.GetAttribute("aria-current"));
        var law = page.QuerySelector("aside.legal-notices")!.TextContent;
        Assert.Contains("Minors cannot be arrested for prostitution", law);
        Assert.Contains("Affirmative defense and vacatur", law);
        Assert.Contains("\"uncared for\"", law);
        Assert.Contains("§ 54-95c", law);
        Assert.Contains("Class B felony when the child is 15 to 17", page.QuerySelector("#justice")!.TextContent);
        Assert.NotNull(page.QuerySelector("select#NewProtection_Kind option[value=AffirmativeDefense]"));
    }

    [Fact]
    public async Task A_worker_records_a_defense_its_outcome_a_charge_and_a_court_date_through_the_forms()
    {
        var c = await LegalCase.CreateAsync(app); // born 2004-03-09
        var saved = await Post(c, "Protection", ("NewProtection.Kind", "AffirmativeDefense"), ("NewProtection.On", "2024-01-10"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Cases/{c.Id}/Legal#protections", saved.Headers.Location!.OriginalString);

        var protectionId = (await c.FileAsync()).GetProperty("protections")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Redirect, (await Post(c, "Outcome", ("ProtectionId", protectionId), ("Outcome.Step", "Accepted"), ("Outcome.On", "2024-02-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(c, "Offender", ("NewOffender.Role", "Buyer"), ("NewOffender.NameOrAlias", "T. Buyer"))).StatusCode);
        var buyer = (await c.FileAsync()).GetProperty("offenders")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Redirect, (await Post(c, "Charge", ("NewCharge.OffenderId", buyer), ("NewCharge.Offense", "53a-83b"),
            ("NewCharge.OffenseDate", "2020-06-01"), ("NewCharge.ChargedOn", "2020-07-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(c, "CourtDate", ("NewCourtDate.At", "2020-08-03T14:00"), ("NewCourtDate.Court", "New Haven Superior Court"),
            ("NewCourtDate.Purpose", "Arraignment"), ("NewCourtDate.OffenderId", buyer))).StatusCode);
        var hearing = (await c.FileAsync()).GetProperty("courtDates")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Redirect, (await Post(c, "HearingOutcome", ("CourtDateId", hearing), ("HearingOutcome.Outcome", "Pleaded not guilty"))).StatusCode);

        var page = Forms.Html(await c.Client.GetStringAsync(c.Page));
        Assert.Contains("Accepted", page.QuerySelector("article.protection h3")!.TextContent);
        Assert.Contains("Pleaded not guilty", page.QuerySelector("#court-dates tbody")!.TextContent);
        Assert.Equal(["Raised", "Accepted"], page.QuerySelectorAll("ol.legal-steps li strong").Select(s => s.TextContent));
        var charge = page.QuerySelector("#charges tbody tr")!;
        Assert.Contains("Class B felony", charge.QuerySelector("td.felony-class")!.TextContent);
        Assert.Contains("the child was 16 on the offense date", charge.TextContent);
        Assert.Contains("2020-08-03 14:00", page.QuerySelector("#court-dates tbody")!.TextContent);
    }

    [Fact]
    public async Task A_bad_form_is_shown_again_with_the_message_beside_its_field_and_nothing_saved()
    {
        var c = await LegalCase.CreateAsync(app);
        var refused = await Post(c, "Protection", ("NewProtection.Kind", "Amnesty"), ("NewProtection.On", "2024-01-10"), ("NewProtection.CourtOrAgency", "Kept court"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Forms.Html(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved.", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains("'Amnesty' is not a protection", page.QuerySelector("#NewProtection_Kind-error")!.TextContent);
        Assert.Equal("Kept court", page.QuerySelector("#NewProtection_CourtOrAgency")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#protections details.legal-form")!.HasAttribute("open"));

        await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10" });
        var id = (await c.FileAsync()).GetProperty("protections")[0].GetProperty("id").GetGuid();
        var wrong = Forms.Html(await (await Post(c, "Outcome", ("ProtectionId", id.ToString()), ("Outcome.Step", "Granted"), ("Outcome.On", "2024-02-01"))).Content.ReadAsStringAsync());
        Assert.Contains("choose Accepted, Rejected or Withdrawn", wrong.QuerySelector($"#Outcome{id:N}_Step-error")!.TextContent);
        Assert.NotNull(wrong.QuerySelector($"#form-errors a[href='#Outcome{id:N}_Step']"));

        var noCharge = Forms.Html(await (await Post(c, "Disposition", ("NewDisposition.Outcome", "Dismissed"))).Content.ReadAsStringAsync());
        Assert.Contains("Choose the charge.", noCharge.QuerySelector("#form-errors")!.TextContent);
        Assert.Single((await c.FileAsync()).GetProperty("protections").EnumerateArray());
    }
}

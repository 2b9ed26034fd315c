using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Reports;
using Hartline.Features.Reports.Statistics;
using Hartline.Security;
using Hartline.Tests.Reports.Statistics;
using Hartline.Tests.Support;

namespace Hartline.Tests.Intake;

/// <summary>Received → screened → determined → linked, through the API, with clocks and who did each step.</summary>
public sealed class ReferralFunnelTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private static object Determination(string status = "PossibleVictim", string? note = null) => new
    {
        status, decidedBy = "ChildWelfare", actions = new[] { "Recruit" }, purposes = new[] { "CommercialSex" }, exploitation = "Sex", note,
    };

    [Fact]
    public async Task A_referral_moves_through_the_funnel_and_each_step_is_stamped_with_who_and_when()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var received = DateTime.UtcNow.AddHours(-5);
        var referral = World.Referral(family: "Funnelton");
        referral.ReceivedAt = DateTime.SpecifyKind(received, DateTimeKind.Utc);
        var receipt = await (await client.PostAsJsonAsync("/api/v1/referrals", referral)).Content.ReadFromJsonAsync<JsonElement>();
        var id = receipt.GetProperty("referralId").GetString();

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{id}");
        Assert.Equal("Received", view.GetProperty("status").GetString());

        var instruments = await client.GetFromJsonAsync<JsonElement>("/api/v1/screening-instruments");
        var brief = instruments.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "brief-intake-screen");
        var items = brief.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("code").GetString()!).ToList();
        var screening = await client.PostAsJsonAsync($"/api/v1/referrals/{id}/screenings",
            new { instrument = "brief-intake-screen", responses = items.ToDictionary(i => i, _ => (int?)2) });
        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        Assert.Equal(2, (await screening.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bandLevel").GetInt32());

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/referrals/{id}/determinations", Determination())).StatusCode);
        var link = await client.PostAsync($"/api/v1/referrals/{id}/case", null);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);

        view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{id}");
        Assert.Equal("LinkedToCase", view.GetProperty("status").GetString());
        foreach (var step in view.GetProperty("steps").EnumerateArray())
            Assert.Equal("Test Investigator", step.GetProperty("by").GetString());
        var toScreening = TimeSpan.Parse(view.GetProperty("timeToScreening").GetString()!);
        Assert.InRange(toScreening.TotalHours, 4.9, 5.2);
        Assert.True(TimeSpan.Parse(view.GetProperty("timeToDetermination").GetString()!) >= toScreening);
        Assert.Equal(1, view.GetProperty("screenings").GetArrayLength());
    }

    [Fact]
    public async Task A_case_is_opened_only_after_a_possible_or_confirmed_determination()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var receipt = await World.Receive(investigator);
        var tooEarly = await client.PostAsync($"/api/v1/referrals/{receipt.ReferralId}/case", null);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);

        var notAVictim = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/determinations",
            new { status = "NotAVictim", decidedBy = "Police", exploitation = "Unknown" });
        Assert.Equal(HttpStatusCode.Created, notAVictim.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/v1/referrals/{receipt.ReferralId}/case", null)).StatusCode);
    }

    [Fact]
    public async Task A_determination_against_the_evidence_needs_a_note()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var receipt = await World.Receive(investigator);
        // Confirmed victim with no action recorded: the elements are not met, so the worker must say why.
        var bare = new { status = "ConfirmedVictim", decidedBy = "ChildWelfare", exploitation = "Sex" };
        var refused = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/determinations", bare);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("note", await refused.Content.ReadAsStringAsync());
        var withNote = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/determinations",
            new { status = "ConfirmedVictim", decidedBy = "CourtOrProsecution", exploitation = "Sex", note = "Adjudicated by the juvenile court." });
        Assert.Equal(HttpStatusCode.Created, withNote.StatusCode);
    }

    [Fact]
    public async Task Screening_answers_off_the_scale_or_for_unknown_items_are_refused_by_name()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var receipt = await World.Receive(investigator);
        var response = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/screenings",
            new { instrument = "brief-intake-screen", responses = new Dictionary<string, int?> { ["no-such-item"] = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no-such-item", await response.Content.ReadAsStringAsync());
        var unknown = await client.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/screenings", new { instrument = "cse-it" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("instrument", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_narrative_and_the_location_are_for_the_receiving_agency_only()
    {
        var dcf = await World.Agency("DCF");
        var investigator = await World.User(Roles.Investigator, dcf);
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("HART"));
        var referral = World.Referral(family: "Narrativa");
        referral.Narrative = "Confidential words of the reporter.";
        referral.Location = "Motel Quietplace, room 12";
        var receipt = await World.Receive(investigator, referral);

        var ownClient = await World.SignedIn(investigator);
        var own = await ownClient.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{receipt.ReferralId}");
        Assert.Equal("Confidential words of the reporter.", own.GetProperty("narrative").GetString());
        Assert.Equal("Motel Quietplace, room 12", own.GetProperty("location").GetString());
        Assert.Contains("Motel Quietplace", await ownClient.GetStringAsync($"/Intake/Referrals/{receipt.ReferralId}"));

        var coordinatorClient = await World.SignedIn(coordinator);
        var other = await coordinatorClient.GetStringAsync($"/api/v1/referrals/{receipt.ReferralId}");
        Assert.DoesNotContain("Confidential words", other);
        Assert.DoesNotContain("Quietplace", other);
        Assert.True(JsonDocument.Parse(other).RootElement.GetProperty("narrativeWithheld").GetBoolean());
        var page = await coordinatorClient.GetStringAsync($"/Intake/Referrals/{receipt.ReferralId}");
        Assert.DoesNotContain("Quietplace", page);
        Assert.Contains("only the agency that received the referral can read it", page);
    }

    [Fact]
    public async Task Another_agencys_investigator_cannot_see_or_work_a_referral()
    {
        var owner = await World.User(Roles.Investigator, await World.Agency());
        var outsider = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        var receipt = await World.Receive(owner);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/referrals/{receipt.ReferralId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Intake/Referrals/{receipt.ReferralId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/referrals/{receipt.ReferralId}/determinations", Determination())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Intake/Referrals/{receipt.ReferralId}/Screen")).StatusCode);
        var list = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/referrals");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == receipt.ReferralId.ToString());
    }

    [Fact]
    public async Task The_funnel_report_counts_each_stage_and_the_median_clocks()
    {
        var agency = await World.Agency();
        var investigator = await World.User(Roles.Investigator, agency);
        var client = await World.SignedIn(investigator);
        var received = new DateOnly(2018, 5, 10); // a quarter no other test uses
        var linked = await World.Receive(investigator, World.Referral(family: "Alpha", received: received));
        var rejected = await World.Receive(investigator, World.Referral(family: "Beta", received: received));
        await World.Receive(investigator, World.Referral(family: "Gamma", received: received));
        await client.PostAsJsonAsync($"/api/v1/referrals/{linked.ReferralId}/determinations", Determination("ConfirmedVictim"));
        await client.PostAsync($"/api/v1/referrals/{linked.ReferralId}/case", null);
        await client.PostAsJsonAsync($"/api/v1/referrals/{rejected.ReferralId}/determinations", new { status = "NotAVictim", decidedBy = "Ngo", exploitation = "Unknown" });

        var funnel = await client.GetFromJsonAsync<IntakeFunnelResult>("/api/v1/reports/intake-funnel/2018Q2");
        Assert.Equal(3, funnel!.Received);
        Assert.Equal(2, funnel.Determined);
        Assert.Equal(1, funnel.ConfirmedVictim);
        Assert.Equal(1, funnel.NotAVictim);
        Assert.Equal(1, funnel.LinkedToCase);
        Assert.Equal(0, funnel.Screened);
        Assert.NotNull(funnel.MedianHoursToDetermination);

        // The statistics' intake funnel (exact for a case role) counts the same referrals the same way.
        var statistics = await StatisticsJson.GetAsync(client, "2018Q2", exact: true);
        string[] stages = ["received", "screened", "screen-positive", "determined",
            .. Enum.GetValues<TraffickingStatus>().Select(s => StatCodes.Of(s)), "linked"];
        Assert.Equal(new double?[] { funnel.Received, funnel.Screened, funnel.ScreenedPositive, funnel.Determined, funnel.PossibleVictim,
                funnel.ConfirmedVictim, funnel.NotAVictim, funnel.LinkedToCase },
            stages.Select(row => StatisticsJson.Value(statistics, "intake_funnel", row)));
        Assert.Equal(funnel.MedianHoursToDetermination, StatisticsJson.Value(statistics, "clocks", "determination", "median"));
    }

    [Fact]
    public async Task Opening_a_referral_or_its_work_pages_is_audited_as_a_read_of_the_youth()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var client = await World.SignedIn(investigator);
        var receipt = await World.Receive(investigator);
        foreach (var url in new[] { "", "/Screen", "/Determine" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Intake/Referrals/{receipt.ReferralId}{url}")).StatusCode);
        List<Hartline.Security.Audit.AuditEvent> reads = [];
        await app.WithDb(async db => reads = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEvents.Where(e => e.EntityId == receipt.PersonId.ToString() && e.Action == Hartline.Security.Audit.AuditAction.Read)));
        Assert.Equal(3, reads.Count);
        Assert.Contains(reads, e => e.Purpose!.StartsWith("screening"));
        Assert.Contains(reads, e => e.Purpose!.StartsWith("determination"));
    }
}

using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Mdt;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Mdt;

/// <summary>
/// A regional team as the tests need it: HART's coordinator, DCF (owns the case), the police (the youth
/// consented to share with them for the MDT) and the hospital (no consent), and a meeting with the case on
/// its agenda. Everything made through the API as the coordinator; only the consent row goes in directly.
/// </summary>
public sealed record MdtScene(
    TestUser Coordinator, TestUser Investigator, TestUser Police, TestUser Medic,
    Agency Dcf, Agency PoliceAgency, Agency Hospital,
    Guid TeamId, Guid MeetingId, Guid CaseId, Guid AgendaItemId, string YouthFamilyName,
    Dictionary<string, Guid> Members, AgendaAdded Added, HttpClient CoordinatorClient)
{
    public static async Task<MdtScene> BuildAsync(HartlineApp app, DateTime? startsAtLocal = null, bool consentForPolice = true)
    {
        var w = app.World;
        var hart = await w.Agency("HART", AgencyKind.Coordination);
        var dcf = await w.Agency("DCF", AgencyKind.ChildWelfare);
        var police = await w.Agency("Police", AgencyKind.LawEnforcement);
        var hospital = await w.Agency("Hospital", AgencyKind.Medical);
        var coordinator = await w.User(Roles.Coordinator, hart);
        var investigator = await w.User(Roles.Investigator, dcf);
        var liaison = await w.User(Roles.LawEnforcement, police);
        var medic = await w.User(Roles.MdtMember, hospital);
        var family = World.UniqueName("Mdtyouth", 16);
        var caseId = await w.Case(investigator, World.Referral(given: "Rowan", family: family));
        if (consentForPolice) await ConsentAsync(app, caseId, police.Id, coordinator.Id);

        var client = await w.SignedIn(coordinator);
        var team = await CreatedId(await client.PostAsJsonAsync("/api/v1/mdt/teams", new { name = "South Central MDT", region = "R2" }));
        var members = new Dictionary<string, Guid>
        {
            ["investigator"] = await AddMember(client, team, dcf.Id, investigator.Id, "DcfLiaison"),
            ["police"] = await AddMember(client, team, police.Id, liaison.Id, "LawEnforcementLiaison"),
            ["medic"] = await AddMember(client, team, hospital.Id, medic.Id, "MedicalAdvocate"),
        };
        var starts = startsAtLocal ?? app.LocalNow.Date.AddDays(3).AddHours(10);
        var meeting = await CreatedId(await client.PostAsJsonAsync("/api/v1/mdt/meetings",
            new { teamId = team, startsAt = starts.ToString("yyyy-MM-ddTHH:mm:ss"), place = "Room 4", type = "CaseReview" }));
        var response = await client.PostAsJsonAsync($"/api/v1/mdt/meetings/{meeting}/agenda", new { caseId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = (await response.Content.ReadFromJsonAsync<AgendaAdded>(ApiJson.Options))!;
        return new MdtScene(coordinator, investigator, liaison, medic, dcf, police, hospital, team, meeting, caseId, added.AgendaItemId,
            family, members, added, client);
    }

    public static Task ConsentAsync(HartlineApp app, Guid caseId, Guid? agencyId, Guid recordedBy) => app.WithDb(async db =>
    {
        db.Add(new SharingConsent
        {
            CaseId = caseId, GivenBy = ConsentGiver.Youth, RecipientAgencyId = agencyId, Purposes = [GrantKind.Mdt],
            GivenOn = new DateOnly(2024, 1, 10), RecordedById = recordedBy,
        });
        await db.SaveChangesAsync();
    });

    public static async Task<Guid> AddMember(HttpClient client, Guid team, Guid agency, Guid? user, string role, string? name = null) =>
        await CreatedId(await client.PostAsJsonAsync($"/api/v1/mdt/teams/{team}/members", new { agencyId = agency, userId = user, role, name }));

    public static async Task<Guid> CreatedId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<NewId>(ApiJson.Options))!.Id;
    }

    public async Task<Guid> AddActionItem(string description, string owner, DateOnly due) =>
        await CreatedId(await CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/meetings/{MeetingId}/agenda/{AgendaItemId}/action-items",
            new { description, ownerMemberId = Members[owner], dueOn = due.ToString("yyyy-MM-dd") }));

    /// <summary>The text a reader sees on the minutes PDF's pages.</summary>
    public static string PdfText(byte[] pdf) => Support.PdfText.Of(pdf);
}

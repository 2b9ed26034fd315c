using System.Net;
using System.Net.Http.Json;
using Hartline.Features.Cases;
using Hartline.Features.Mdt;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Mdt;

public sealed class MdtAgendaTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Putting_a_case_on_the_agenda_shares_it_with_the_consenting_member_agencies_only()
    {
        var scene = await MdtScene.BuildAsync(app);

        var police = scene.Added.Sharing.Single(s => s.AgencyId == scene.PoliceAgency.Id);
        var hospital = scene.Added.Sharing.Single(s => s.AgencyId == scene.Hospital.Id);
        Assert.True(police.Shared);
        Assert.False(hospital.Shared);
        Assert.Contains("has not consented", hospital.Message);
        Assert.True(scene.Added.Sharing.Single(s => s.AgencyId == scene.Dcf.Id).Shared); // the owner needs no grant
        await app.WithDb(async db =>
        {
            var grants = await db.CaseAccessGrants.Where(g => g.CaseId == scene.CaseId && g.Kind == GrantKind.Mdt).Select(g => g.AgencyId).ToListAsync();
            Assert.Equal([scene.PoliceAgency.Id], grants);
        });

        // The coordinator is told which agency still cannot read it and why, on the meeting page.
        var page = Forms.Html(await scene.CoordinatorClient.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}"));
        var alert = page.QuerySelector($"#item-{scene.AgendaItemId} .usa-alert")!.TextContent;
        Assert.Contains(scene.Hospital.Name, alert);
        Assert.DoesNotContain(scene.PoliceAgency.Name, alert);

        // Once the youth consents, sharing again reaches the hospital and the warning goes.
        await MdtScene.ConsentAsync(app, scene.CaseId, scene.Hospital.Id, scene.Coordinator.Id);
        var again = await scene.CoordinatorClient.PostFormAsync($"/Mdt/Meetings/{scene.MeetingId}?handler=Share&itemId={scene.AgendaItemId}", []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        page = Forms.Html(await scene.CoordinatorClient.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}"));
        Assert.Null(page.QuerySelector($"#item-{scene.AgendaItemId} .usa-alert"));
        Assert.Contains(scene.YouthFamilyName, await (await World.SignedIn(scene.Medic)).GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}"));
    }

    [Fact]
    public async Task A_member_agency_without_access_sees_restricted_on_the_page_the_api_and_the_pdf_and_never_the_name()
    {
        var scene = await MdtScene.BuildAsync(app);
        var note = await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/agenda/{scene.AgendaItemId}/notes",
            new { kind = "Decision", text = "Placement with the aunt in Meriden" });
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        await scene.AddActionItem("Call the aunt about schooling", "police", app.LocalToday.AddDays(4));

        var medic = await World.SignedIn(scene.Medic);
        var html = await medic.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}");
        Assert.Contains(MeetingText.Restricted, html);
        foreach (var secret in new[] { scene.YouthFamilyName, scene.CaseId.ToString(), "Meriden", "Call the aunt" })
            Assert.DoesNotContain(secret, html);
        var minutes = await medic.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}/Minutes");
        Assert.Contains(MeetingText.Restricted, minutes);
        Assert.DoesNotContain(scene.YouthFamilyName, minutes);

        var json = await medic.GetStringAsync($"/api/v1/mdt/meetings/{scene.MeetingId}");
        foreach (var secret in new[] { scene.YouthFamilyName, scene.CaseId.ToString(), "Meriden", "Call the aunt" })
            Assert.DoesNotContain(secret, json);
        var item = (await medic.GetFromJsonAsync<MeetingView>($"/api/v1/mdt/meetings/{scene.MeetingId}", ApiJson.Options))!.Agenda.Single();
        Assert.True(item.Restricted);
        Assert.Null(item.CaseId);
        Assert.Empty(item.Notes);
        Assert.Empty(item.ActionItems);

        var pdf = await medic.GetAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/minutes.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = MdtScene.PdfText(bytes);
        Assert.Contains(MeetingText.Restricted, text);
        Assert.DoesNotContain(scene.YouthFamilyName, text);
        Assert.DoesNotContain("Meriden", text);

        // The police liaison, whose agency the youth consented to, reads it all, in every form.
        var police = await World.SignedIn(scene.Police);
        Assert.Contains(scene.YouthFamilyName, await police.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}"));
        Assert.Contains(scene.YouthFamilyName, await police.GetStringAsync($"/api/v1/mdt/meetings/{scene.MeetingId}"));
        var policeText = MdtScene.PdfText(await police.GetByteArrayAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/minutes.pdf"));
        Assert.Contains(scene.YouthFamilyName, policeText);
        Assert.Contains("Placement with the aunt in Meriden", policeText);
        Assert.Contains("Call the aunt about schooling", policeText);
    }

    [Fact]
    public async Task A_guessed_meeting_id_answers_404_to_an_agency_not_on_the_team_and_the_refusal_is_audited()
    {
        var scene = await MdtScene.BuildAsync(app);
        var outsider = await World.User(Roles.MdtMember, await World.Agency("Elsewhere"));
        var client = await World.SignedIn(outsider);
        foreach (var url in new[] { $"/Mdt/Meetings/{scene.MeetingId}", $"/Mdt/Meetings/{scene.MeetingId}/Minutes", $"/Mdt/Teams/{scene.TeamId}",
                     $"/api/v1/mdt/meetings/{scene.MeetingId}", $"/api/v1/mdt/meetings/{scene.MeetingId}/minutes.pdf", $"/api/v1/mdt/teams/{scene.TeamId}",
                     $"/Mdt/Meetings/{Guid.CreateVersion7()}", $"/api/v1/mdt/meetings/{Guid.CreateVersion7()}" })
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).StatusCode, url);
        Assert.DoesNotContain(await client.GetFromJsonAsync<List<MeetingListItem>>("/api/v1/mdt/meetings", ApiJson.Options) ?? [], m => m.Id == scene.MeetingId);
        await app.WithDb(async db => Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Denied
            && e.EntityType == nameof(MdtMeeting) && e.EntityId == scene.MeetingId.ToString() && e.UserId == outsider.Id)));

        // A member who left: the agency no longer sees the team's meetings.
        var medic = await World.SignedIn(scene.Medic);
        Assert.Equal(HttpStatusCode.OK, (await medic.GetAsync($"/Mdt/Meetings/{scene.MeetingId}")).StatusCode);
        await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members/{scene.Members["medic"]}/leave", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await medic.GetAsync($"/Mdt/Meetings/{scene.MeetingId}")).StatusCode);
    }

    [Fact]
    public async Task An_agency_that_gives_up_its_last_seat_loses_the_agenda_cases_it_got_through_the_team()
    {
        var scene = await MdtScene.BuildAsync(app);
        var police = await World.SignedIn(scene.Police);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/v1/cases/{scene.CaseId}")).StatusCode);

        var left = await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/teams/{scene.TeamId}/members/{scene.Members["police"]}/leave", new { });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cases/{scene.CaseId}")).StatusCode);
        await app.WithDb(async db => Assert.NotNull((await db.CaseAccessGrants
            .SingleAsync(g => g.CaseId == scene.CaseId && g.AgencyId == scene.PoliceAgency.Id && g.Kind == Hartline.Features.Cases.GrantKind.Mdt)).RevokedAt));
    }

    [Fact]
    public async Task Agenda_views_write_a_read_event_per_case_shown_by_name_and_the_pdf_an_export()
    {
        var scene = await MdtScene.BuildAsync(app);
        var police = await World.SignedIn(scene.Police);
        var medic = await World.SignedIn(scene.Medic);
        await police.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}");
        await medic.GetStringAsync($"/Mdt/Meetings/{scene.MeetingId}");
        await police.GetByteArrayAsync($"/api/v1/mdt/meetings/{scene.MeetingId}/minutes.pdf");
        await app.WithDb(async db =>
        {
            var reads = await db.AuditEvents.Where(e => e.Action == AuditAction.Read && e.EntityType == nameof(Case) && e.EntityId == scene.CaseId.ToString())
                .ToListAsync();
            Assert.Contains(reads, e => e.UserId == scene.Police.Id && e.Purpose == $"MDT meeting {scene.MeetingId}");
            Assert.Contains(reads, e => e.UserId == scene.Police.Id && e.Purpose == $"MDT minutes PDF {scene.MeetingId}");
            Assert.DoesNotContain(reads, e => e.UserId == scene.Medic.Id); // shown only as restricted: nothing read
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.EntityId == scene.MeetingId.ToString() && e.UserId == scene.Police.Id));
        });
    }

    [Fact]
    public async Task Agenda_refuses_unknown_and_repeated_cases_without_saving()
    {
        var scene = await MdtScene.BuildAsync(app);
        var url = $"/api/v1/mdt/meetings/{scene.MeetingId}/agenda";
        var unknown = await scene.CoordinatorClient.PostAsJsonAsync(url, new { caseId = Guid.CreateVersion7() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("caseId", await unknown.Content.ReadAsStringAsync());
        var repeated = await scene.CoordinatorClient.PostAsJsonAsync(url, new { caseId = scene.CaseId });
        Assert.Contains("already on this meeting's agenda", await repeated.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await scene.CoordinatorClient.PostAsJsonAsync($"/api/v1/mdt/meetings/{Guid.CreateVersion7()}/agenda",
            new { caseId = scene.CaseId })).StatusCode);
        await app.WithDb(async db => Assert.Equal(1, await db.Set<AgendaItem>().CountAsync(a => a.MeetingId == scene.MeetingId)));
    }
}

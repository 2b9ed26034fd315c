using System.Net;
using Hartline.Features.Cases;
using Hartline.Features.Mdt;
using Hartline.Features.People;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Mdt;

/// <summary>What the audit trail keeps of MDT pages: the youth read on an agenda, and members refused a coordinator's form.</summary>
public sealed class MdtAuditTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Opening_a_meeting_reads_the_youth_of_each_agenda_case_the_viewer_may_read_and_printing_the_minutes_is_an_export()
    {
        var scene = await MdtScene.BuildAsync(app);
        var personId = await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>().Cases
            .Where(c => c.Id == scene.CaseId).Select(c => c.PersonId).SingleAsync());

        foreach (var viewer in new[] { scene.Police, scene.Medic })
            Assert.Equal(HttpStatusCode.OK, (await (await World.SignedIn(viewer)).GetAsync($"/Mdt/Meetings/{scene.MeetingId}")).StatusCode);

        await app.WithDb(async db =>
        {
            var reads = await db.AuditEvents.Where(e => e.Action == AuditAction.Read && e.EntityId == personId.ToString()
                && e.EntityType == nameof(Person)).ToListAsync();
            // The police were shared the case; the hospital was not (no consent) and sees "Restricted case".
            Assert.Contains(reads, e => e.UserId == scene.Police.Id && e.Purpose!.Contains(scene.MeetingId.ToString()));
            Assert.DoesNotContain(reads, e => e.UserId == scene.Medic.Id);
        });

        // The printable minutes leave on paper: an export, like the PDF.
        Assert.Equal(HttpStatusCode.OK, (await (await World.SignedIn(scene.Police)).GetAsync($"/Mdt/Meetings/{scene.MeetingId}/Minutes")).StatusCode);
        await app.WithDb(async db => Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export
            && e.EntityId == scene.MeetingId.ToString() && e.UserId == scene.Police.Id && e.Details!.Contains("print"))));
    }

    [Fact]
    public async Task A_member_posting_a_coordinators_form_gets_404_the_refusal_is_audited_and_nothing_is_saved()
    {
        var scene = await MdtScene.BuildAsync(app);
        var police = await World.SignedIn(scene.Police);
        var meeting = $"/Mdt/Meetings/{scene.MeetingId}";

        var note = await police.PostFormAsync($"{meeting}?handler=Note&itemId={scene.AgendaItemId}",
            [new("Note.Kind", "Decision"), new("Note.Text", "Close the case")], tokenFrom: "/Account/ChangePassword");
        var status = await police.PostFormAsync($"{meeting}?handler=Status", [new("status", "Cancelled")], tokenFrom: "/Account/ChangePassword");
        var schedule = await police.PostFormAsync($"/Mdt/Teams/{scene.TeamId}?handler=Meeting",
            [new("Meeting.StartsAt", app.LocalNow.AddDays(9).ToString("yyyy-MM-ddT10:00")), new("Meeting.Type", "CaseReview")], tokenFrom: "/Account/ChangePassword");
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { note.StatusCode, status.StatusCode, schedule.StatusCode });

        await app.WithDb(async db =>
        {
            var refusals = await db.AuditEvents.Where(e => e.Action == AuditAction.Denied && e.UserId == scene.Police.Id && e.EntityType == "Page")
                .Select(e => e.Details).ToListAsync();
            Assert.Contains(refusals, d => d!.Contains("POST Note"));
            Assert.Contains(refusals, d => d!.Contains("POST Status"));
            Assert.Contains(refusals, d => d!.Contains("POST Meeting"));
            Assert.False(await db.Set<AgendaNote>().AnyAsync(n => n.AgendaItemId == scene.AgendaItemId));
            Assert.Equal(MeetingStatus.Scheduled, await db.Set<MdtMeeting>().Where(m => m.Id == scene.MeetingId).Select(m => m.Status).SingleAsync());
            Assert.Equal(1, await db.Set<MdtMeeting>().CountAsync(m => m.TeamId == scene.TeamId));
        });
    }
}

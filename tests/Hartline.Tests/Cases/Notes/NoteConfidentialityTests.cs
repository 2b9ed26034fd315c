using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Cases.Notes;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Cases.Notes;

public sealed class NoteConfidentialityTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    /// <summary>
    /// Every way a note can leave: the page, the page's search, the API, both API searches, the export. The
    /// searches look for the word's first four letters, so the echoed query is never the whole word.
    /// </summary>
    private static async Task<string[]> EveryWayOut(HttpClient client, Guid caseId, string secretWord)
    {
        var word = secretWord[..4];
        return
        [
            await client.GetStringAsync($"/Cases/{caseId}/Notes"),
            await client.GetStringAsync($"/Cases/{caseId}/Notes?q={word}"),
            await client.GetStringAsync($"/api/v1/cases/{caseId}/notes"),
            await client.GetStringAsync($"/api/v1/cases/{caseId}/notes?q={word}"),
            await client.GetStringAsync($"/api/v1/notes?q={word}"),
            await client.GetStringAsync($"/api/v1/cases/{caseId}/notes.csv"),
        ];
    }

    [Fact]
    public async Task Another_agency_with_access_cannot_reach_a_privileged_note_by_page_api_search_or_export()
    {
        var c = await World.SharedCaseAsync();
        var author = await World.SignedIn(c.Author);
        await author.NoteAsync(c.CaseId, "Team", "Met the youth at school; team word marigold.");
        await author.NoteAsync(c.CaseId, "Privileged", "Counseling session: privileged word zebrafish.");

        foreach (var other in new[] { c.Provider, c.MdtMember })
        {
            var client = await World.SignedIn(other);
            Assert.Contains("marigold", await client.GetStringAsync($"/api/v1/cases/{c.CaseId}/notes")); // they do see the case's team notes
            var outs = await EveryWayOut(client, c.CaseId, "zebrafish");
            Assert.All(outs, body => Assert.DoesNotContain("zebrafish", body));
            Assert.Empty(JsonDocument.Parse(outs[4]).RootElement.EnumerateArray());
        }
    }

    [Fact]
    public async Task The_authors_agency_reads_a_privileged_note_on_page_and_api_but_never_in_the_export()
    {
        var c = await World.SharedCaseAsync();
        await (await World.SignedIn(c.Author)).NoteAsync(c.CaseId, "Privileged", "Disclosed in session: privileged word heron.");
        await (await World.SignedIn(c.Author)).NoteAsync(c.CaseId, "Team", "Team word kestrel.");

        var colleague = await World.SignedIn(c.Colleague);
        var outs = await EveryWayOut(colleague, c.CaseId, "heron");
        Assert.All(outs[..5], body => Assert.Contains("heron", body));
        Assert.DoesNotContain("heron", outs[5]);
        Assert.Contains("kestrel", outs[5]);
    }

    [Fact]
    public async Task Every_privileged_note_shown_writes_its_own_read_event_and_the_note_text_stays_out_of_the_audit_trail()
    {
        var c = await World.SharedCaseAsync();
        var author = await World.SignedIn(c.Author);
        var first = await author.NoteAsync(c.CaseId, "Privileged", "Privileged word osprey one.");
        var second = await author.NoteAsync(c.CaseId, "Privileged", "Privileged word osprey two.");
        var team = await author.NoteAsync(c.CaseId, "Team", "Team word osprey three.");

        async Task<int> PrivilegedReads(Guid note) => await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>().AuditEvents
            .CountAsync(e => e.Action == AuditAction.Read && e.EntityType == "CaseNote" && e.EntityId == note.ToString() && e.Purpose == "privileged"));

        Assert.Equal(0, await PrivilegedReads(first));
        await (await World.SignedIn(c.Colleague)).GetStringAsync($"/api/v1/cases/{c.CaseId}/notes");
        Assert.Equal(1, await PrivilegedReads(first));
        Assert.Equal(1, await PrivilegedReads(second));
        Assert.Equal(0, await PrivilegedReads(team));
        await author.GetStringAsync($"/Cases/{c.CaseId}/Notes");
        await author.GetStringAsync("/api/v1/notes?q=osprey");
        Assert.Equal(3, await PrivilegedReads(first));

        // Another agency's reads show it nothing, so record no privileged read.
        await (await World.SignedIn(c.Provider)).GetStringAsync($"/api/v1/cases/{c.CaseId}/notes");
        Assert.Equal(3, await PrivilegedReads(second));

        var trail = await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>().AuditEvents
            .Where(e => e.EntityId == first.ToString() && e.Action == AuditAction.Create).Select(e => e.Details).SingleAsync());
        Assert.DoesNotContain("osprey", trail);
        Assert.Contains("Privileged", trail);
    }

    [Fact]
    public async Task A_restricted_note_is_read_only_by_the_agencies_it_names()
    {
        var c = await World.SharedCaseAsync();
        var author = await World.SignedIn(c.Author);
        await author.NoteAsync(c.CaseId, "Restricted", "Medical follow-up: restricted word lupine.", c.MdtMember.Agency.Id);

        Assert.Contains("lupine", await (await World.SignedIn(c.MdtMember)).GetStringAsync($"/api/v1/cases/{c.CaseId}/notes"));
        Assert.Contains("lupine", await (await World.SignedIn(c.Colleague)).GetStringAsync($"/Cases/{c.CaseId}/Notes"));
        var provider = await World.SignedIn(c.Provider);
        Assert.All(await EveryWayOut(provider, c.CaseId, "lupine"), body => Assert.DoesNotContain("lupine", body));
        // The hospital may export what it may read.
        Assert.Contains("lupine", await (await World.SignedIn(c.MdtMember)).GetStringAsync($"/api/v1/cases/{c.CaseId}/notes.csv"));
    }

    [Fact]
    public async Task The_mdt_view_shows_team_notes_only_even_to_the_authors_agency()
    {
        var c = await World.SharedCaseAsync();
        var author = await World.SignedIn(c.Author);
        await author.NoteAsync(c.CaseId, "Team", "Team word aster.");
        await author.NoteAsync(c.CaseId, "Privileged", "Privileged word begonia.");
        await author.NoteAsync(c.CaseId, "Restricted", "Restricted word clover.", c.MdtMember.Agency.Id);

        var principal = await World.Principal(c.Author);
        var shown = await app.WithScope(sp => sp.GetRequiredService<CaseNotes>().ForMdtAsync(c.CaseId, Actor.FromPrincipal(principal)));
        Assert.Equal(["Team word aster."], shown!.Select(n => n.Text));
        var outsider = await World.Principal(c.Outsider);
        Assert.Null(await app.WithScope(sp => sp.GetRequiredService<CaseNotes>().ForMdtAsync(c.CaseId, Actor.FromPrincipal(outsider))));
    }

    [Fact]
    public async Task A_case_the_user_may_not_see_answers_404_on_page_api_export_and_writing_and_search_finds_nothing()
    {
        var c = await World.SharedCaseAsync();
        await (await World.SignedIn(c.Author)).NoteAsync(c.CaseId, "Team", "Team word foxglove.");
        var outsider = await World.SignedIn(c.Outsider);
        foreach (var url in new[] { $"/Cases/{c.CaseId}/Notes", $"/api/v1/cases/{c.CaseId}/notes", $"/api/v1/cases/{c.CaseId}/notes.csv" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await outsider.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/notes", new { level = "Team", text = "Sneaking in." })).StatusCode);
        Assert.Equal("[]", await outsider.GetStringAsync("/api/v1/notes?q=foxglove"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/cases/{Guid.CreateVersion7()}/notes")).StatusCode);
    }
}

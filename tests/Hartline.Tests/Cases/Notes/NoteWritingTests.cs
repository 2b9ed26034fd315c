using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hartline.Features.Cases.Notes;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases.Notes;

public sealed class NoteWritingTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private async Task<int> NoteCount(Guid caseId)
    {
        var n = 0;
        await app.WithDb(async db => n = await db.Set<CaseNote>().CountAsync(x => x.CaseId == caseId));
        return n;
    }

    [Theory]
    [InlineData("""{"level":"Team","text":"   "}""", "text")]
    [InlineData("""{"text":"No level given."}""", "level")]
    [InlineData("""{"level":"Secret","text":"Unknown level."}""", "level")]
    [InlineData("""{"level":"Restricted","text":"Nobody named."}""", "agencies")]
    [InlineData("""{"level":"Restricted","text":"A stranger named.","agencies":["0199a000-0000-7000-8000-000000000000"]}""", "agencies")]
    [InlineData("""{"level":"Team","text":"Later.","contactOn":"2999-01-01"}""", "contactOn")]
    [InlineData("""{"level":"Team","text":"Bad date.","contactOn":"2019-13-45"}""", "contactOn")]
    public async Task Bad_notes_get_400_naming_the_field_and_nothing_is_saved(string json, string field)
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var response = await client.PostAsync($"/api/v1/cases/{c.CaseId}/notes", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(NoteTestData.Errors(await response.Content.ReadAsStringAsync()).TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await NoteCount(c.CaseId));
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused()
    {
        var c = await World.SharedCaseAsync();
        var response = await (await World.SignedIn(c.Author)).PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/notes",
            new { level = "Team", text = new string('x', CaseNote.TextMaxLength + 1) });
        Assert.Contains("8,000", NoteTestData.Errors(await response.Content.ReadAsStringAsync()).GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task A_correction_supersedes_the_old_note_which_is_kept_and_only_the_authors_agency_may_correct()
    {
        var c = await World.SharedCaseAsync();
        var author = await World.SignedIn(c.Author);
        var old = await author.NoteAsync(c.CaseId, "Team", "Met on Tuesday.");
        var fix = await author.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/notes", new { level = "Team", text = "Met on Wednesday.", supersedes = old });
        Assert.Equal(HttpStatusCode.Created, fix.StatusCode);

        var notes = await author.GetFromJsonAsync<CaseNotesView>($"/api/v1/cases/{c.CaseId}/notes", ApiJson.Options);
        var kept = notes!.Notes.Single(n => n.Id == old);
        Assert.Equal("Met on Tuesday.", kept.Text);
        Assert.NotNull(kept.SupersededBy);
        Assert.Equal(old, notes.Notes.Single(n => n.Text == "Met on Wednesday.").Supersedes);
        Assert.Contains("Superseded", await author.GetStringAsync($"/Cases/{c.CaseId}/Notes"));

        // Twice is refused, and so is another agency correcting this agency's note.
        var again = await author.PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/notes", new { level = "Team", text = "Thursday?", supersedes = old });
        Assert.True(NoteTestData.Errors(await again.Content.ReadAsStringAsync()).TryGetProperty("supersedes", out _));
        var current = notes.Notes.Single(n => n.Supersedes == old).Id;
        var provider = await (await World.SignedIn(c.Provider)).PostAsJsonAsync($"/api/v1/cases/{c.CaseId}/notes", new { level = "Team", text = "Mine now.", supersedes = current });
        Assert.Equal(HttpStatusCode.BadRequest, provider.StatusCode);
    }

    [Fact]
    public async Task The_notes_page_shows_field_messages_saves_nothing_on_bad_input_and_saves_a_good_note()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        var url = $"/Cases/{c.CaseId}/Notes";
        var bad = await client.PostFormAsync(url, [new("Input.Level", "Restricted"), new("Input.Text", "")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = Forms.Html(await bad.Content.ReadAsStringAsync());
        Assert.Contains("The note was not saved.", html.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains("Write the note.", html.QuerySelector("#Input-Text-error")!.TextContent);
        Assert.Contains("Choose the agencies", html.QuerySelector("#Input-Agencies-error")!.TextContent);
        var badDate = await client.PostFormAsync(url, [new("Input.Level", "Team"), new("Input.Text", "Fine text."), new("Input.ContactOn", "2019-13-45")]);
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Equal(0, await NoteCount(c.CaseId));

        var good = await client.PostFormAsync(url, [new("Input.Level", "Restricted"), new("Input.Text", "Court date set."),
            new("Input.Agencies", c.Provider.Agency.Id.ToString()), new("Input.Kind", ((int)NoteKind.Court).ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var notes = await client.GetFromJsonAsync<CaseNotesView>($"/api/v1/cases/{c.CaseId}/notes", ApiJson.Options);
        var saved = notes!.Notes.Single();
        Assert.Equal(NoteKind.Court, saved.Kind);
        Assert.Equal(2, saved.ReadableBy.Count); // the provider, and the author's own agency always
        Assert.Contains("Court date set.", await (await World.SignedIn(c.Provider)).GetStringAsync(url));
    }

    [Fact]
    public async Task The_export_guards_cells_a_spreadsheet_would_run_as_formulas_and_is_audited()
    {
        var c = await World.SharedCaseAsync();
        var client = await World.SignedIn(c.Author);
        await client.NoteAsync(c.CaseId, "Team", "=HYPERLINK(\"http://example.invalid\")");
        var response = await client.GetAsync($"/api/v1/cases/{c.CaseId}/notes.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("note_id,written_at", csv);
        Assert.Contains("'=HYPERLINK", csv);
        var exports = 0;
        await app.WithDb(async db => exports = await db.AuditEvents.CountAsync(e => e.Action == Hartline.Security.Audit.AuditAction.Export && e.EntityId == c.CaseId.ToString()));
        Assert.Equal(1, exports);
    }
}

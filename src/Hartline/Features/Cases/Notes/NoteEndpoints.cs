using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases.Notes;

public static class NoteEndpoints
{
    public static RouteGroupBuilder MapCaseNotes(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Case notes").RequireAuthorization(Policies.CaseRecords);
        g.MapGet("/notes", List)
            .WithSummary("The case's notes you may read, newest first; q searches their text. Each privileged note shown is audited. 404 when the case is not yours to see.");
        g.MapPost("/notes", Add)
            .WithSummary("Add a note: level Team, Restricted (with agencies) or Privileged (your agency only). supersedes corrects an earlier note of your agency, which is kept.");
        g.MapGet("/notes.csv", Export).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("The case's team and restricted notes you may read, as CSV. Privileged notes are never exported. Audited as an export.");
        api.MapGet("/notes", Search).WithTags("Case notes").RequireAuthorization(Policies.CaseRecords)
            .WithSummary("Search the text of the notes you may read across the cases you may see (at most 100, newest first).");
        return api;
    }

    private static async Task<Results<Ok<CaseNotesView>, NotFound>> List(Guid id, string? q, CaseNotes notes, HttpContext http, CancellationToken ct) =>
        await notes.ListAsync(id, Actor.FromPrincipal(http.User), q, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<NoteCreated>, NotFound, ValidationProblem>> Add(
        Guid id, NoteInput body, CaseNotes notes, HttpContext http, CancellationToken ct) =>
        (await notes.AddAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToCreated($"/api/v1/cases/{id}/notes", noteId => new NoteCreated(noteId));

    private static async Task<Results<FileContentHttpResult, NotFound>> Export(Guid id, CaseNotes notes, HttpContext http, CancellationToken ct) =>
        await notes.ExportCsvAsync(id, Actor.FromPrincipal(http.User), ct) is { } csv
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"case-{id}-notes.csv")
            : TypedResults.NotFound();

    private static Task<IReadOnlyList<NoteView>> Search(string? q, CaseNotes notes, CurrentActor actor, CancellationToken ct) =>
        notes.SearchAsync(q, actor.Value, ct);
}

public sealed record NoteCreated(Guid NoteId);

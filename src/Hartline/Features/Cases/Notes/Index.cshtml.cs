using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Cases.Notes;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(CaseNotes notes, Header.CaseHeaders headers) : PageModel
{
    public CaseNotesView? View { get; private set; }
    public string YouthName => Header.YouthName;
    public Header.CaseHeader Header { get; private set; } = null!;

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    /// <summary>The note being corrected, when the form was opened from a note's "Correct" link.</summary>
    public NoteView? Correcting { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? q, Guid? correct, CancellationToken ct)
    {
        if (!await LoadAsync(id, q, ct)) return NotFound();
        if (correct is { } c && View!.Notes.FirstOrDefault(n => n.Id == c && n.MayCorrect) is { } old)
        {
            Correcting = old;
            Input = new NoteInput { Level = old.Level, Kind = old.Kind, ContactOn = old.ContactOn, Text = old.Text, Supersedes = old.Id };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // A value the form could not read (a date like 2019-13-45) is reported as it is, and nothing is saved.
        var saved = ModelState.IsValid ? await notes.AddAsync(id, Input, Actor.FromPrincipal(User), ct) : Outcome<Guid>.Invalid([]);
        if (saved.Kind == OutcomeKind.NotFound) return NotFound();
        if (saved.Kind == OutcomeKind.Done)
        {
            TempData["Notice"] = Input.Supersedes is null ? "Note saved." : "Correction saved; the earlier note is kept, marked superseded.";
            return Redirect($"/Cases/{id}/Notes#note-{saved.Value}");
        }
        ModelState.AddOutcomeErrors(saved.Errors, "Input");
        if (!await LoadAsync(id, null, ct)) return NotFound();
        Correcting = View!.Notes.FirstOrDefault(n => n.Id == Input.Supersedes);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string? q, CancellationToken ct)
    {
        View = await notes.ListAsync(id, Actor.FromPrincipal(User), q, ct);
        if (View is null) return false;
        // The notes service checked the read; the header asks the same door again, and audits the view of the youth.
        if (await headers.OpenAsync(id, Actor.FromPrincipal(User), "notes", auditYouth: true, ct) is not { } header) return false;
        Header = header;
        return true;
    }

    public static string LevelClass(NoteLevel level) => $"level-{level.ToString().ToLowerInvariant()}";
}

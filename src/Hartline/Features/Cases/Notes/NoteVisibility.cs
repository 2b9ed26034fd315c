using System.Linq.Expressions;
using Hartline.Security;

namespace Hartline.Features.Cases.Notes;

/// <summary>Where notes are going: a person reading the file, a file leaving the system, or the MDT's shared screen.</summary>
public enum NoteUse { Read, Export, Mdt }

/// <summary>
/// THE rule for which notes a person may see, used by the notes page, the API, both searches, the export
/// and the MDT view, so none of them can disagree. It applies to notes of cases the actor may already
/// read (by <see cref="CaseAccess"/> or <see cref="RecordScope"/>); it never widens access to a case.
/// </summary>
public static class NoteVisibility
{
    public static Expression<Func<CaseNote, bool>> For(Actor actor, NoteUse use = NoteUse.Read)
    {
        // The MDT sees what the whole team may see, whoever is at the screen.
        if (use == NoteUse.Mdt) return n => n.Level == NoteLevel.Team;
        // The system (CLI) belongs to no agency: never a privileged note, and only team notes.
        if (actor.AgencyId is not { } agency) return n => n.Level == NoteLevel.Team;
        // Privileged counselor communication never leaves in an export, even for the author's agency.
        var privileged = use == NoteUse.Read;
        return n => n.Level == NoteLevel.Team
                    || (n.Level == NoteLevel.Restricted && n.Readers.Any(r => r.AgencyId == agency))
                    || (privileged && n.Level == NoteLevel.Privileged && n.AuthorAgencyId == agency);
    }

    /// <summary>Notes of every case the actor may read as records, filtered by <see cref="For"/>: for cross-case search.</summary>
    public static IQueryable<CaseNote> Across(IQueryable<CaseNote> notes, IQueryable<Case> cases, Actor actor, NoteUse use = NoteUse.Read)
    {
        var visibleCases = RecordScope.Cases(cases, actor, ScopePurpose.Records).Select(c => c.Id);
        return notes.Where(n => visibleCases.Contains(n.CaseId)).Where(For(actor, use));
    }
}

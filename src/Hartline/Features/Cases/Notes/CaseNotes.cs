using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Notes;

/// <summary>
/// Reads, writes, searches and exports case notes. Every way out filters through <see cref="NoteVisibility"/>;
/// every privileged note shown writes its own read event.
/// </summary>
public sealed class CaseNotes(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock)
{
    public const int QueryMaxLength = 200;
    public const int SearchLimit = 100;
    public const string PrivilegedPurpose = "privileged";

    /// <summary>The notes of one case the user may read, newest first, optionally matching <paramref name="query"/>; null when the case is not theirs to see.</summary>
    public async Task<CaseNotesView?> ListAsync(Guid caseId, Actor actor, string? query, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, tracking: false);
        if (found is null) return null;
        query = Clean(query);
        var notes = await Matching(db.Set<CaseNote>().Where(n => n.CaseId == caseId), actor, NoteUse.Read)
            .AsAsyncEnumerable().Where(n => Matches(n, query)).ToListAsync(ct);
        var withAccess = AgenciesWithAccess(found, actor);
        var names = await NamesAsync(notes, withAccess, ct);
        await audit.ReadAsync(nameof(Case), caseId, query is null ? "notes" : "notes search", ct);
        await AuditPrivilegedAsync(notes, ct);
        return new CaseNotesView(caseId, query, notes.Select(n => View(n, names, actor)).ToList(),
            withAccess.Select(a => new AgencyChoice(a, names.GetValueOrDefault(a, "?"), a == actor.AgencyId)).OrderBy(a => !a.IsYours).ThenBy(a => a.Name).ToList());
    }

    /// <summary>Adds a note (or a correction that supersedes one). Needs <see cref="CaseOperations.Contribute"/>.</summary>
    public async Task<Outcome<Guid>> AddAsync(Guid caseId, NoteInput input, Actor actor, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Contribute, ct, tracking: false);
        if (found is null || actor.AgencyId is not { } agency || actor.UserId is not { } userId) return Outcome<Guid>.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = NoteRules.Validate(input, AgenciesWithAccess(found, actor), j.LocalDate(now));
        CaseNote? old = null;
        if (input.Supersedes is { } oldId)
        {
            old = await db.Set<CaseNote>().Where(n => n.Id == oldId && n.CaseId == caseId).Where(NoteVisibility.For(actor)).FirstOrDefaultAsync(ct);
            if (old is null || old.SupersededById is not null || old.AuthorAgencyId != agency)
                errors.Add(nameof(input.Supersedes), "Only a current note of this case written by your agency can be corrected.");
        }
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var note = new CaseNote
        {
            CaseId = caseId, AuthorUserId = userId, AuthorAgencyId = agency, WrittenAt = now,
            AuthorName = actor.DisplayName,
            Level = input.Level!.Value, Kind = input.Kind, ContactOn = input.ContactOn, Text = input.Text!.Trim(),
            SupersedesId = old?.Id,
            Readers = input.Level == NoteLevel.Restricted
                ? input.Agencies.Append(agency).Distinct().Select(a => new CaseNoteReader { AgencyId = a }).ToList()
                : [],
        };
        db.Set<CaseNote>().Add(note);
        if (old is not null)
        {
            old.SupersededById = note.Id;
            old.SupersededAt = now;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(note.Id);
    }

    /// <summary>
    /// The case's notes as CSV for the user's records: team and restricted notes they may read, never a
    /// privileged one (not even for the author's agency). Null when the case is not theirs to see. Audited as an export.
    /// </summary>
    public async Task<string?> ExportCsvAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, tracking: false);
        if (found is null) return null;
        var notes = await Matching(db.Set<CaseNote>().Where(n => n.CaseId == caseId), actor, NoteUse.Export).ToListAsync(ct);
        var names = await NamesAsync(notes, [], ct);
        await audit.WriteAsync(AuditAction.Export, nameof(Case), caseId.ToString(), new { notes = notes.Count, format = "csv" }, "notes export", ct);
        return NotesCsv.Write(notes.OrderBy(n => n.WrittenAt).Select(n => View(n, names, actor)));
    }

    /// <summary>Notes matching <paramref name="query"/> across every case the actor may read, newest first (at most <see cref="SearchLimit"/>).</summary>
    public async Task<IReadOnlyList<NoteView>> SearchAsync(string? query, Actor actor, CancellationToken ct = default)
    {
        query = Clean(query);
        if (query is null) return [];
        // Newest first, each note's text read (decrypted) and tested here, until enough are found.
        var notes = await Matching(NoteVisibility.Across(db.Set<CaseNote>(), db.Cases, actor), actor, NoteUse.Read)
            .AsAsyncEnumerable().Where(n => Matches(n, query)).Take(SearchLimit).ToListAsync(ct);
        var names = await NamesAsync(notes, [], ct);
        await audit.ReadAllAsync(nameof(Case), notes.Select(n => n.CaseId).Distinct(), "notes search", ct);
        await AuditPrivilegedAsync(notes, ct);
        return notes.Select(n => View(n, names, actor)).ToList();
    }

    /// <summary>
    /// For the MDT feature: the notes an MDT view may show of a case — current team notes only, never
    /// restricted or privileged ones, whoever is signed in. Null when the user may not read the case.
    /// The case read is audited.
    /// </summary>
    public async Task<IReadOnlyList<NoteView>?> ForMdtAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, tracking: false);
        if (found is null) return null;
        var notes = await Matching(db.Set<CaseNote>().Where(n => n.CaseId == caseId && n.SupersededById == null), actor, NoteUse.Mdt).ToListAsync(ct);
        var names = await NamesAsync(notes, [], ct);
        await audit.ReadAsync(nameof(Case), caseId, "MDT notes", ct);
        return notes.Select(n => View(n, names, actor) with { MayCorrect = false }).ToList();
    }

    private static IQueryable<CaseNote> Matching(IQueryable<CaseNote> notes, Actor actor, NoteUse use) =>
        notes.Include(n => n.Readers).Where(NoteVisibility.For(actor, use)).OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id);

    /// <summary>
    /// A note's words are encrypted in the database, which therefore cannot search them: the notes the actor may read
    /// are read and their text searched here (any case, any script: not only the ASCII letters SQLite's lower() knew).
    /// </summary>
    private static bool Matches(CaseNote note, string? query) => query is null || note.Text.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? query)
    {
        var q = query?.Trim();
        if (string.IsNullOrEmpty(q)) return null;
        return q.Length > QueryMaxLength ? q[..QueryMaxLength] : q;
    }

    private async Task AuditPrivilegedAsync(IEnumerable<CaseNote> shown, CancellationToken ct)
    {
        var privileged = shown.Where(n => n.Level == NoteLevel.Privileged).Select(n => n.Id).ToList();
        if (privileged.Count > 0) await audit.ReadAllAsync(nameof(CaseNote), privileged, PrivilegedPurpose, ct);
    }

    /// <summary>The owner agency and every agency with a live grant: those a restricted note may name.</summary>
    private static HashSet<Guid> AgenciesWithAccess(Case found, Actor actor)
    {
        var ids = found.Grants.Where(g => g.RevokedAt == null).Select(g => g.AgencyId).Append(found.OwnerAgencyId).ToHashSet();
        if (actor.AgencyId is { } mine) ids.Add(mine);
        return ids;
    }

    private Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<CaseNote> notes, IEnumerable<Guid> more, CancellationToken ct)
    {
        var ids = notes.SelectMany(n => n.Readers.Select(r => r.AgencyId).Append(n.AuthorAgencyId)).Concat(more).Distinct().ToList();
        return db.Agencies.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }

    private NoteView View(CaseNote n, Dictionary<Guid, string> names, Actor actor) => new(
        n.Id, n.CaseId, j.ToLocal(n.WrittenAt), n.AuthorName, names.GetValueOrDefault(n.AuthorAgencyId, "?"), n.Level,
        n.Readers.Select(r => names.GetValueOrDefault(r.AgencyId, "?")).Order().ToList(), n.Kind, n.ContactOn, n.Text,
        n.SupersedesId, n.SupersededById, n.SupersededAt is { } at ? j.ToLocal(at) : null,
        n.SupersededById is null && n.AuthorAgencyId == actor.AgencyId);
}

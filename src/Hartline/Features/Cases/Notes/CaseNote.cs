namespace Hartline.Features.Cases.Notes;

/// <summary>
/// A note in a case file. Never edited or deleted: a correction is a new note that supersedes this one,
/// which stays in the history marked superseded. Who may read it is decided by <see cref="NoteVisibility"/> alone.
/// </summary>
public sealed class CaseNote : Security.Audit.IAudited
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid AuthorUserId { get; set; }
    /// <summary>The author's name when written, so the note reads the same after the user leaves.</summary>
    public required string AuthorName { get; set; }
    public Guid AuthorAgencyId { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime WrittenAt { get; set; }
    public NoteLevel Level { get; set; }
    public NoteKind? Kind { get; set; }
    /// <summary>The day of the contact the note is about, when it is about one.</summary>
    public DateOnly? ContactOn { get; set; }
    [Security.Audit.ConfidentialText]
    public required string Text { get; set; }
    /// <summary>For a restricted note: the agencies that may read it (always including the author's).</summary>
    public List<CaseNoteReader> Readers { get; set; } = [];
    /// <summary>The note this one corrects.</summary>
    public Guid? SupersedesId { get; set; }
    /// <summary>Set on the old note when a correction is written; the old note is kept.</summary>
    public Guid? SupersededById { get; set; }
    public DateTime? SupersededAt { get; set; }
}

/// <summary>An agency named on a restricted note.</summary>
public sealed class CaseNoteReader : Security.Audit.IAudited
{
    public Guid NoteId { get; set; }
    public Guid AgencyId { get; set; }
}

public enum NoteLevel
{
    /// <summary>Everyone with access to the case.</summary>
    Team,
    /// <summary>Named agencies with access to the case.</summary>
    Restricted,
    /// <summary>Privileged counselor communication: the author's agency only; never exported, reported or shown to the MDT; every read audited.</summary>
    Privileged,
}

public enum NoteKind
{
    Contact,
    HomeVisit,
    Court,
    Medical,
    Mdt,
    Other,
}

namespace Hartline.Features.Cases.Notes;

/// <summary>A new note (or a correction of one), from the page or the API.</summary>
public sealed class NoteInput
{
    public NoteLevel? Level { get; set; }
    [MultiLine] public string? Text { get; set; }
    public NoteKind? Kind { get; set; }
    public DateOnly? ContactOn { get; set; }
    /// <summary>For a restricted note: the agencies that may read it. The author's agency is always added.</summary>
    public List<Guid> Agencies { get; set; } = [];
    /// <summary>The note this one corrects; it is kept and marked superseded.</summary>
    public Guid? Supersedes { get; set; }
}

namespace Hartline.Features.Cases.Notes;

/// <summary>A note as shown: times in the jurisdiction's local time, agencies by name.</summary>
public sealed record NoteView(Guid Id, Guid CaseId, DateTime WrittenAt, string Author, string AuthorAgency, NoteLevel Level,
    IReadOnlyList<string> ReadableBy, NoteKind? Kind, DateOnly? ContactOn, string Text,
    Guid? Supersedes, Guid? SupersededBy, DateTime? SupersededAt, bool MayCorrect)
{
    public bool IsCurrent => SupersededBy is null;
}

/// <summary>An agency that may be named on a restricted note: one with access to the case.</summary>
public sealed record AgencyChoice(Guid Id, string Name, bool IsYours);

public sealed record CaseNotesView(Guid CaseId, string? Query, IReadOnlyList<NoteView> Notes, IReadOnlyList<AgencyChoice> Agencies);

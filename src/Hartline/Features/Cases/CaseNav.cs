namespace Hartline.Features.Cases;

/// <summary>The tabs of a case file; <see cref="Current"/> is the page being shown.</summary>
public sealed record CaseNav(Guid CaseId, string Current)
{
    public static IEnumerable<(string Href, string Label, string Key)> Tabs(Guid id) =>
    [
        ($"/Cases/{id}", "Overview", "overview"),
        ($"/Cases/{id}/Team", "Care team", "team"),
        ($"/Cases/{id}/Notes", "Notes", "notes"),
        ($"/Cases/{id}/Plan", "Plan and youth voice", "plan"),
        ($"/Cases/{id}/Legal", "Legal and justice", "legal"),
        ($"/Cases/{id}/Consent", "Consent and sharing", "consent"),
    ];
}

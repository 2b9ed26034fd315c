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
        ($"/Cases/{id}/Services", "Services", "services"),
        ($"/Cases/{id}/Legal", "Legal and justice", "legal"),
        ($"/Cases/{id}/Consent", "Consent and sharing", "consent"),
    ];

    /// <summary>The page's heading before the youth's name ("Notes: Jordan Reyes"); the profile form is part of the overview.</summary>
    public static string Title(string key) => key switch
    {
        "overview" => "Case file",
        "profile" => "Exploitation profile",
        _ => Tabs(Guid.Empty).FirstOrDefault(t => t.Key == key).Label ?? "Case file",
    };

    /// <summary>Whether <paramref name="key"/> is the tab to mark as current (the profile form lights the overview).</summary>
    public bool IsCurrent(string key) => key == Current || (Current == "profile" && key == "overview");
}

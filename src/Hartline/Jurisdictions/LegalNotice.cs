namespace Hartline.Jurisdictions;

/// <summary>
/// A rule of the jurisdiction's law shown where it matters (e.g. "minors cannot be arrested for
/// prostitution" on a police referral of a minor). Rules are data: each state's file says which notices
/// exist and when they apply, so no state's law is written in code.
/// </summary>
/// <param name="Reviewed">Who checked the notice against the law, and when; without it the page says it is not yet checked.</param>
public sealed record LegalNotice(string Code, string Title, string Text, string Severity, NoticeCondition When,
    LegalReview? Reviewed = null, string? ToCheck = null)
{
    public bool IsWarning => Severity == "warning";

    internal static void Check(IReadOnlyList<LegalNotice> notices, string path, IReadOnlySet<string> sources)
    {
        foreach (var (n, i) in notices.Select((n, i) => (n, i)))
        {
            var at = $"{path}: legalNotices[{i}]";
            if (string.IsNullOrWhiteSpace(n.Code) || string.IsNullOrWhiteSpace(n.Title) || string.IsNullOrWhiteSpace(n.Text))
                throw new InvalidDataException($"{at} needs a code, a title and a text.");
            if (n.Severity is not ("info" or "warning"))
                throw new InvalidDataException($"{at}.severity must be 'info' or 'warning', not '{n.Severity}'.");
            LegalReview.Check(at, n.Reviewed, n.Title, n.Text);
            if (n.When is null) throw new InvalidDataException($"{at} needs 'when' (use {{}} for always).");
            foreach (var s in n.When.Sources ?? [])
                if (!sources.Contains(s)) throw new InvalidDataException($"{at}.when.sources names '{s}', which is not a referral source.");
            foreach (var m in n.When.Minor ?? [])
                if (m is not ("yes" or "no" or "unknown")) throw new InvalidDataException($"{at}.when.minor: '{m}' is not yes, no or unknown.");
        }
        var dup = notices.GroupBy(n => n.Code).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidDataException($"{path}: legalNotices has the code '{dup.Key}' twice.");
    }
}

/// <summary>
/// When a notice applies. Every condition given must hold; a condition left out does not matter.
/// Values are the codes used across Hartline (referral sources, determination and exploitation names).
/// </summary>
public sealed record NoticeCondition(
    IReadOnlyList<string>? Minor = null,
    IReadOnlyList<string>? Sources = null,
    bool? ArrestedForProstitution = null,
    bool? CarelineNumberMissing = null,
    IReadOnlyList<string>? Determinations = null,
    IReadOnlyList<string>? Exploitation = null);

/// <summary>The facts of one referral that notices are decided on.</summary>
public sealed record NoticeFacts(bool? IsMinor, string Source, bool ArrestedForProstitution, bool HasCarelineNumber,
    string? Determination, string Exploitation);

public static class LegalNotices
{
    public static IReadOnlyList<LegalNotice> For(Jurisdiction j, NoticeFacts facts) =>
        j.LegalNotices.Where(n => Applies(n.When, facts)).OrderByDescending(n => n.IsWarning).ToList();

    private static bool Applies(NoticeCondition w, NoticeFacts f)
    {
        var minor = f.IsMinor switch { true => "yes", false => "no", null => "unknown" };
        return (w.Minor is null || w.Minor.Contains(minor))
            && (w.Sources is null || w.Sources.Contains(f.Source))
            && (w.ArrestedForProstitution is null || w.ArrestedForProstitution == f.ArrestedForProstitution)
            && (w.CarelineNumberMissing is null || w.CarelineNumberMissing == !f.HasCarelineNumber)
            && (w.Determinations is null || (f.Determination is not null && w.Determinations.Contains(f.Determination)))
            && (w.Exploitation is null || w.Exploitation.Contains(f.Exploitation));
    }
}

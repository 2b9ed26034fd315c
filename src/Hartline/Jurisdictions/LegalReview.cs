namespace Hartline.Jurisdictions;

/// <summary>
/// Who checked a rule of the jurisdiction file against the law, when, and against what. A rule without one is
/// not yet checked: workers still see it (a protection a youth may seek should not be hidden), but told in plain
/// words to check it before relying on it; the Administrator sees every rule's review and what is left to check.
/// A check by someone who is not a lawyer (<see cref="ByCounsel"/> false, as the maintainers' checks are) is said
/// to be one wherever the rule is shown: it is a reading of the text, not legal advice.
/// </summary>
public sealed record LegalReview(string By, DateOnly On, string? Against = null, bool ByCounsel = false)
{
    /// <summary>What a worker reads beside guidance nobody has checked yet.</summary>
    public const string NotYetChecked = "not yet checked against the law: check with counsel before relying on it";

    /// <summary>What a worker reads beside guidance checked by someone who is not a lawyer.</summary>
    public const string NotByCounsel = "read against the law by people who are not lawyers: check with counsel before relying on it";

    /// <summary>A text of the rule as a worker reads it: with the warning when no lawyer has checked it.</summary>
    public static string? Worded(string? text, LegalReview? review) => text is null || review is { ByCounsel: true }
        ? text
        : $"{text.TrimEnd('.')} ({(review is null ? NotYetChecked : NotByCounsel)})";

    /// <summary>"by Hartline maintainers (not lawyers) on 2026-11-21, against the published statute", for the Administrator.</summary>
    public string Described =>
        $"by {By}{(ByCounsel ? "" : " (not lawyers)")} on {On:yyyy-MM-dd}{(Against is null ? "" : $", against {Against}")}";

    /// <summary>
    /// A rule's texts must not carry their own markers ("[unverified]"): what is unchecked goes in 'toCheck' and
    /// the rule has no 'reviewed', so that the page can say it in words instead of showing a code.
    /// </summary>
    internal static void Check(string at, LegalReview? review, params string?[] texts)
    {
        if (texts.Any(t => t?.Contains("unverified", StringComparison.OrdinalIgnoreCase) == true))
            throw new InvalidDataException($"{at}: say what is still to check in 'toCheck' (and leave 'reviewed' out), not '[unverified]' in the text workers read.");
        if (review is not null && (string.IsNullOrWhiteSpace(review.By) || review.On == default))
            throw new InvalidDataException($"{at}.reviewed needs 'by' and 'on' (yyyy-MM-dd).");
    }
}

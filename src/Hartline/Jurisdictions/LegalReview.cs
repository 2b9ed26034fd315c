namespace Hartline.Jurisdictions;

/// <summary>
/// Who checked a rule of the jurisdiction file against the law, when, and against what. A rule without one is
/// not yet checked: workers still see it (a protection a youth may seek should not be hidden), but told in plain
/// words to check it before relying on it; the Administrator sees every rule's review and what is left to check.
/// </summary>
public sealed record LegalReview(string By, DateOnly On, string? Against = null)
{
    /// <summary>What a worker reads beside guidance nobody has checked yet.</summary>
    public const string NotYetChecked = "not yet checked against the law: check with counsel before relying on it";

    /// <summary>A text of the rule as a worker reads it: with the warning when the rule is not checked yet.</summary>
    public static string? Worded(string? text, LegalReview? review) =>
        text is null || review is not null ? text : $"{text.TrimEnd('.')} ({NotYetChecked})";

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

namespace Hartline.Features.People.Duplicates;

/// <summary>What one record says about the youth, as far as the linkage engine compares it. Null where not known or not to be shown.</summary>
public sealed record MatchSide(string? Given, string? Middle, string? Family, DateOnly? DateOfBirth, string? Sex);

/// <summary>The linkage engine's finding for one field: its field and level names and the weight in bits.</summary>
public sealed record FieldFinding(string Field, string Level, double Weight);

/// <summary>What agrees and what differs between two records, in sentences a coordinator or worker reads.</summary>
public sealed record MatchWords(IReadOnlyList<string> Agrees, IReadOnlyList<string> Differs);

/// <summary>
/// Says in words what the linkage engine found when it compared two records: "first name: close spelling —
/// Jasmin / Jazmin", "date of birth: day and month swapped". It reads the comparison level the engine already
/// computed for each field and only words it; nothing is compared again here. The values are quoted only
/// from the sides given, so a caller passes values only where the reader may already see both records.
/// </summary>
public static class MatchInWords
{
    public static MatchWords Describe(IEnumerable<FieldFinding> findings, MatchSide? a = null, MatchSide? b = null)
    {
        var all = findings.ToList();
        // With the names in swapped boxes, the engine compared each given name with the other record's family name.
        var swapped = all.Any(f => f.Field == "NameOrder" && f.Level == "swapped");
        var lines = all.Where(f => f.Weight != 0 || f.Field == "NameOrder" && swapped)
            .Select(f => (f.Weight, Text: Line(f, swapped, a, b)))
            .Where(l => l.Text is not null).ToList();
        return new MatchWords(
            lines.Where(l => l.Weight >= 0).OrderByDescending(l => l.Weight).Select(l => l.Text!).ToList(),
            lines.Where(l => l.Weight < 0).OrderBy(l => l.Weight).Select(l => l.Text!).ToList());
    }

    /// <summary>A field's name as people say it (the engine's field names are codes: "GivenName").</summary>
    public static string FieldName(string field) => field switch
    {
        "GivenName" => "first name",
        "MiddleName" => "middle name",
        "FamilyName" => "family name",
        "NameOrder" => "order of the names",
        "DateOfBirth" => "date of birth",
        "Sex" => "sex",
        "Postcode" => "ZIP code",
        "Phone" => "phone",
        "Address" => "address",
        "City" => "town or city",
        "Email" => "e-mail",
        "Identifier" => "agency identifier",
        _ => field,
    };

    /// <summary>A comparison level as people say it (the engine's level names are codes: "jaro-winkler>=0.92").</summary>
    public static string LevelName(string field, string level) => (field, level) switch
    {
        (_, "missing") => "not recorded on both",
        (_, "exact" or "same") => "same",
        ("NameOrder", "as-entered") => "as entered",
        ("NameOrder", "swapped") => "given and family names swapped",
        (_, "nickname") => "nickname",
        (_, "shares-part") => "shares a part of a double name",
        (_, "initial") => "one is the other's initial",
        (_, "jaro-winkler>=0.92" or "similar") => "close spelling",
        (_, "same-nysiis") => "sounds alike",
        (_, "edit-distance") => "a typing slip or two apart",
        (_, "jaro-winkler>=0.85") => "some letters in common",
        (_, "day-month-swapped") => "day and month swapped",
        (_, "one-digit-off") => "one digit apart",
        (_, "year-off-by-one") => "same day and month, year one apart",
        (_, "within-31-days") => "less than a month apart",
        (_, "same-year") => "same year only",
        (_, "same-area") => "same area",
        (_, "most-words") => "most words in common",
        (_, "some-word") => "a word in common",
        (_, "one-edit") => "one typing slip apart",
        (_, "different") => "different",
        _ => level.Replace('-', ' '),
    };

    private static string? Line(FieldFinding f, bool swapped, MatchSide? a, MatchSide? b)
    {
        var level = LevelName(f.Field, f.Level);
        if (f.Field == "NameOrder")
            return swapped ? level + Quote(Join(a?.Given, a?.Family), Join(b?.Given, b?.Family), " ") : null;
        var across = swapped && f.Field is "GivenName" or "FamilyName";
        var (x, y) = f.Field switch
        {
            "GivenName" => (a?.Given, across ? b?.Family : b?.Given),
            "MiddleName" => (a?.Middle, b?.Middle),
            "FamilyName" => (a?.Family, across ? b?.Given : b?.Family),
            "DateOfBirth" => (a?.DateOfBirth?.ToString("yyyy-MM-dd"), b?.DateOfBirth?.ToString("yyyy-MM-dd")),
            "Sex" => (a?.Sex, b?.Sex),
            _ => (null, null), // phone, address and the like are not on the pages that explain a match
        };
        var field = FieldName(f.Field) + (across ? $" (against the other's {(f.Field == "GivenName" ? "family" : "first")} name)" : "");
        if (level == "same") return $"{field}: same";
        return f.Level == "nickname" ? $"{field}: {level}{Quote(x, y, " ")}" : $"{field}: {level}{Quote(x, y, " — ")}";
    }

    // "Kate / Katherine", in parentheses after a nickname and after a dash otherwise; nothing when a value is not at hand.
    private static string Quote(string? x, string? y, string lead) =>
        string.IsNullOrWhiteSpace(x) || string.IsNullOrWhiteSpace(y) ? ""
        : lead == " " ? $" ({x} / {y})" : $"{lead}{x} / {y}";

    private static string? Join(string? given, string? family) =>
        string.IsNullOrWhiteSpace(given) || string.IsNullOrWhiteSpace(family) ? null : $"{given} {family}";
}

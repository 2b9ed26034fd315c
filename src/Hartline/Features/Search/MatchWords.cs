using Hartline.Linkage;

namespace Hartline.Features.Search;

/// <summary>
/// What a search result has in common with what was typed, in words a worker reads at a glance
/// ("first name: close spelling (Jazmin)", "date of birth: day and month swapped"), from the comparison
/// levels the linkage model already computed. Only the typed fields are described.
/// </summary>
public static class MatchWords
{
    public static IReadOnlyList<string> Of(PairExplanation explanation, string? givenName, string? familyName)
    {
        var swapped = explanation.Fields.Any(f => f.Field == "NameOrder" && f.Level == "swapped");
        var words = new List<string>();
        foreach (var f in explanation.Fields)
        {
            var phrase = f.Field switch
            {
                "GivenName" => Name(f.Level, "first name", swapped ? familyName : givenName),
                "FamilyName" => Name(f.Level, "family name", swapped ? givenName : familyName),
                "DateOfBirth" => Date(f.Level),
                _ => null,
            };
            if (phrase is not null) words.Add(phrase);
        }
        if (swapped) words.Add("first and family names typed the other way round");
        return words;
    }

    private static string? Name(string level, string what, string? recorded)
    {
        var how = level switch
        {
            "exact" => "same",
            "nickname" => "a nickname of it",
            "shares-part" => "shares a part of a double name",
            "jaro-winkler>=0.92" or "edit-distance" or "jaro-winkler>=0.85" => "close spelling",
            "same-nysiis" => "sounds alike",
            "different" => "different",
            _ => null, // not typed, or not recorded for this youth
        };
        if (how is null) return null;
        return how is "same" or "different" || recorded is null ? $"{what}: {how}" : $"{what}: {how} ({recorded})";
    }

    private static string? Date(string level) => level switch
    {
        "exact" => "date of birth: same",
        "day-month-swapped" => "date of birth: day and month swapped",
        "one-digit-off" => "date of birth: one digit different",
        "year-off-by-one" => "date of birth: year one apart",
        "within-31-days" => "date of birth: within a month",
        "same-year" => "date of birth: same year",
        "different" => "date of birth: different",
        _ => null,
    };
}

using Hartline.Features.People.Duplicates;
using Hartline.Linkage;

namespace Hartline.Features.Search;

/// <summary>
/// What a search result has in common with what was typed, in words a worker reads at a glance
/// ("first name: sounds alike (Jazmin)", "date of birth: day and month swapped"). The field and level words are
/// the duplicate explanations' (<see cref="MatchInWords"/>), so a match reads the same on every page; only the
/// typed names and the date of birth are described, and a name is quoted as the youth's record spells it.
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
                "GivenName" => Name(f, swapped ? familyName : givenName),
                "FamilyName" => Name(f, swapped ? givenName : familyName),
                "DateOfBirth" when f.Level != "missing" => Said(f),
                _ => null,
            };
            if (phrase is not null) words.Add(phrase);
        }
        if (swapped) words.Add("first and family names typed the other way round");
        return words;
    }

    private static string Said(FieldContribution f) => $"{MatchInWords.FieldName(f.Field)}: {MatchInWords.LevelName(f.Field, f.Level)}";

    // A name not typed (or not recorded for this youth) is left out; a near match quotes the youth's spelling.
    private static string? Name(FieldContribution f, string? recorded) => f.Level switch
    {
        "missing" => null,
        "exact" or "different" => Said(f),
        _ => recorded is null ? Said(f) : $"{Said(f)} ({recorded})",
    };
}

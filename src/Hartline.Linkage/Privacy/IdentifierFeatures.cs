using System.Globalization;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Privacy;

/// <summary>One thing hashed into a Bloom filter: the field it comes from (which salts the hash) and its text.</summary>
public readonly record struct Feature(string Field, string Token);

/// <summary>
/// What of a record goes into its Bloom filter: padded bigrams of the folded given and family names,
/// the given name's nickname groups, the parts of the date of birth, sex and postcode.
/// </summary>
/// <remarks>
/// Each choice is there to survive an error that agencies make, since a Bloom filter can only be
/// compared bit by bit and no comparator can look inside it afterwards:
/// - given and family bigrams share one field salt, so a record with the two names swapped encodes to
///   the same bits; a double family name is split into its parts, so "Rodríguez Rivera" still shares
///   every bigram of "Rodríguez";
/// - the nickname group (Bill and William are one group) is the only thing two such names share;
/// - day and month are also hashed as an unordered pair, so 03-04 and 04-03 still agree there;
/// - the middle name is left out: it is missing or an initial on most records, and would only lower
///   the similarity of true matches.
/// A missing field adds nothing; it neither agrees nor disagrees.
/// </remarks>
public static class IdentifierFeatures
{
    public const string Name = "name", NameGroup = "given-group", Year = "dob-year", Month = "dob-month", Day = "dob-day",
        DayMonth = "dob-day-month", Sex = "sex", Postcode = "postcode";

    public static List<Feature> Of(PersonRecord record)
    {
        var features = new List<Feature>(48);
        foreach (var name in (ReadOnlySpan<string?>)[record.GivenName, record.FamilyName])
            foreach (var token in NameFolding.Tokens(name))
                AddBigrams(features, token);
        foreach (var group in Nicknames.GroupNumbers(record.GivenName))
            features.Add(new Feature(NameGroup, group.ToString(CultureInfo.InvariantCulture)));

        if (record.DateOfBirth is { } dob)
        {
            features.Add(new Feature(Year, dob.Year.ToString(CultureInfo.InvariantCulture)));
            features.Add(new Feature(Month, dob.Month.ToString(CultureInfo.InvariantCulture)));
            features.Add(new Feature(Day, dob.Day.ToString(CultureInfo.InvariantCulture)));
            var (low, high) = dob.Day < dob.Month ? (dob.Day, dob.Month) : (dob.Month, dob.Day);
            features.Add(new Feature(DayMonth, string.Create(CultureInfo.InvariantCulture, $"{low}-{high}")));
        }
        if (SexCode(record.Sex) is { } sex) features.Add(new Feature(Sex, sex));
        if (PostcodeKey(record.Postcode) is { Length: > 0 } postcode) features.Add(new Feature(Postcode, postcode));
        return features;
    }

    /// <summary>"ana" → "_a", "an", "na", "a_": the padding lets first and last letters weigh as much as the middle ones.</summary>
    private static void AddBigrams(List<Feature> features, string token)
    {
        var padded = "_" + token + "_";
        for (var i = 0; i + 1 < padded.Length; i++) features.Add(new Feature(Name, padded.Substring(i, 2)));
    }

    private static string? SexCode(string? sex) => sex?.Trim().ToUpperInvariant() switch
    {
        "F" or "FEMALE" or "W" => "F",
        "M" or "MALE" => "M",
        _ => null, // unknown or another value: left out rather than guessed
    };

    /// <summary>Letters and digits only, upper case: "06511", "06511-1234" and " 06511 " agree on the first five.</summary>
    private static string? PostcodeKey(string? postcode)
    {
        if (postcode is null) return null;
        var kept = new string(postcode.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return kept.Length == 9 && kept.All(char.IsAsciiDigit) ? kept[..5] : kept; // a US ZIP+4 keeps its ZIP
    }
}

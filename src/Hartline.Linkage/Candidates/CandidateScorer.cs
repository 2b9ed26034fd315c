using Hartline.Linkage.Dates;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Candidates;

/// <summary>
/// Scores how likely an existing person record is the youth being entered, for the intake page's
/// "people who may be the same youth" list. A simple additive score that a worker can follow from its
/// reasons, not a probabilistic (Fellegi–Sunter) match: it suggests, a person decides.
/// </summary>
public static class CandidateScorer
{
    /// <summary>Suggest a record from this score on: any two of name and date of birth agreeing well, not names alone.</summary>
    public const double SuggestThreshold = 0.6;

    // Weights (they add up to 1). The date of birth weighs most: among youths of referral age a full
    // date is shared by few people, while common family names (Rodríguez, Smith) and given names
    // (María, Jayden) are shared by many. The family name weighs more than the given name because
    // given names are the ones replaced by nicknames and street names. The split is chosen so that
    //   exact names with a different date (0.58) stay below the threshold: another youth of that name;
    //   an exact date with a different given name and no family name (0.585) stays below it too;
    //   one misspelled name, or a swapped day and month, with the rest agreeing stays well above it.
    private const double FamilyWeight = 0.33;
    private const double GivenWeight = 0.25;
    private const double BirthDateWeight = 0.42;

    // The share of a weight that each agreement earns. A missing value earns half: it is neutral,
    // neither for nor against, so a record is neither hidden nor pushed up for an empty field.
    // Partial agreements earn less the more often they also happen between different people.
    private static double Share(NameAgreement agreement) => agreement switch
    {
        NameAgreement.Exact => 1.0,
        NameAgreement.Variant => 0.9,
        NameAgreement.SharedPart => 0.85,
        NameAgreement.SoundsAlike => 0.85,
        NameAgreement.SpelledAlike => 0.8,
        NameAgreement.Typo => 0.7,
        NameAgreement.Missing => 0.5,
        _ => 0,
    };

    private static double Share(BirthDateAgreement agreement) => agreement switch
    {
        BirthDateAgreement.Exact => 1.0,
        BirthDateAgreement.DayMonthSwapped => 0.85,
        BirthDateAgreement.OneDigitOff => 0.8,
        BirthDateAgreement.YearOffByOne => 0.7,
        BirthDateAgreement.Missing => 0.5,
        // Below neutral: most youths born in the same month are different people, but a wrong day
        // is a common enough slip that it should not count as a plain disagreement.
        BirthDateAgreement.SameYearAndMonth => 0.4,
        _ => 0,
    };

    // Names entered in each other's boxes are a data-entry slip, but a slightly less certain one.
    private const double SwappedNamesFactor = 0.9;

    /// <summary>How alike <paramref name="candidate"/> looks to <paramref name="query"/>: a score from 0 to 1 and the reasons for it.</summary>
    public static CandidateMatch Compare(PersonFacts query, PersonFacts candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);

        var family = NameComparison.Compare(query.FamilyName, candidate.FamilyName, "family name", givenName: false);
        var given = NameComparison.Compare(query.GivenName, candidate.GivenName, "given name", givenName: true);
        var names = FamilyWeight * Share(family.Agreement) + GivenWeight * Share(given.Agreement);
        var reasons = new List<string>(4);

        // "Lopez, Maria" typed as given name Lopez, family name Maria: compare each name with the
        // other box, and keep that reading when it explains the record better. (Neither name missing
        // means all four are there.)
        if (family.Agreement != NameAgreement.Missing && given.Agreement != NameAgreement.Missing)
        {
            var swappedFamily = NameComparison.Compare(query.GivenName, candidate.FamilyName, "family name", givenName: false);
            var swappedGiven = NameComparison.Compare(query.FamilyName, candidate.GivenName, "given name", givenName: true);
            var swapped = SwappedNamesFactor *
                (FamilyWeight * Share(swappedFamily.Agreement) + GivenWeight * Share(swappedGiven.Agreement));
            if (swapped > names)
            {
                names = swapped;
                (family, given) = (swappedFamily, swappedGiven);
                reasons.Add("given and family names swapped");
            }
        }
        reasons.Add(family.Reason);
        reasons.Add(given.Reason);

        var birth = BirthDateComparison.Compare(query.DateOfBirth, candidate.DateOfBirth);
        reasons.Add(Describe(birth));

        // Rounded so that equal evidence always gives an equal score, whatever order it was added in.
        var score = Math.Round(names + BirthDateWeight * Share(birth), 3);
        return new CandidateMatch(Math.Clamp(score, 0, 1), reasons);
    }

    /// <summary>
    /// True when <paramref name="query"/> says enough to search on: a family name of at least two
    /// letters, or a given name of at least two letters with a date of birth. One letter would list
    /// half the registry while the worker is still typing.
    /// </summary>
    public static bool IsPlausible(PersonFacts query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (NameFolding.Fold(query.FamilyName).Length >= 2) return true;
        return query.DateOfBirth is not null && NameFolding.Fold(query.GivenName).Length >= 2;
    }

    private static string Describe(BirthDateAgreement agreement) => agreement switch
    {
        BirthDateAgreement.Missing => "no date of birth to compare",
        BirthDateAgreement.Exact => "same date of birth",
        BirthDateAgreement.DayMonthSwapped => "day and month of birth swapped",
        BirthDateAgreement.OneDigitOff => "date of birth one digit apart",
        BirthDateAgreement.YearOffByOne => "year of birth one apart",
        BirthDateAgreement.SameYearAndMonth => "born the same month, another day",
        _ => "different date of birth",
    };
}

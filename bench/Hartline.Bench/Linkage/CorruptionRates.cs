namespace Hartline.Bench.Linkage;

/// <summary>
/// How often each error appears in a copy, per copy. Every copy (the first one too) is some agency's
/// recording of the youth, so every copy is corrupted the same way: the true person is never seen.
/// The rates are judgement, not measurement: high enough that exact matching on name and date of birth
/// finds well under two thirds of the true pairs, low enough that a careful worker could still link them.
/// </summary>
public static class CorruptionRates
{
    // Which copies a person has: 1 to 4, about 45% singletons.
    public static readonly double[] CopiesShare = [0.45, 0.30, 0.15, 0.10];

    // Names.
    public const double Nickname = 0.15;            // of given names that have one
    public const double ToggleAccents = 0.30;       // drop José's accent, or add it back to Jose
    public const double GivenTypo = 0.10, FamilyTypo = 0.10, MiddleTypo = 0.05, SecondTypo = 0.02;
    public const double KeepFirstFamilyPart = 0.40, KeepSecondFamilyPart = 0.10, SwapFamilySeparator = 0.15;
    public const double DropMiddle = 0.40, MiddleInitialOnly = 0.15;
    public const double SwapGivenFamily = 0.04;
    public const double UpperCaseNames = 0.06;      // systems that store names in capitals
    public const double MissingGiven = 0.01, MissingFamily = 0.01;

    // Date of birth (at most one error per copy).
    public const double MissingBirthDate = 0.04, SwapDayMonth = 0.04, MistypeDigit = 0.04, YearOffByOne = 0.03;

    // Sex, address and phone.
    public const double MissingSex = 0.06;
    public const double Moved = 0.18, NewPhoneOnMove = 0.7, MovedWithinTown = 0.5;
    public const double MissingAddress = 0.20, MissingCity = 0.12, MissingPostcode = 0.18, MissingPhone = 0.35;
    public const double CityTypo = 0.03, LongStreetKind = 0.10, PhoneParentheses = 0.12, PhoneDigitsOnly = 0.12, PhoneTypo = 0.03;
}

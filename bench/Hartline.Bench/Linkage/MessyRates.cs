namespace Hartline.Bench.Linkage;

/// <summary>
/// The extra errors of the <see cref="GeneratorProfile.Messy"/> profile, per copy unless said. Judgement
/// again, set from what a messy public file showed (a blank given or family name on one side of two in
/// five missed pairs; dates a few days or a month off; identifiers on some records only), and set to
/// hurt: some of these errors (a wholly wrong date, the middle name given as the first, another youth's
/// number, an old e-mail) the engine has no level for and must survive on the other fields.
/// </summary>
public static class MessyRates
{
    // Date of birth: at most one of these per copy, replacing the clean profile's date.
    public const double MissingBirthDate = 0.06;
    public const double ShiftDays = 0.04;          // 1–10 days either way
    public const double ShiftMonth = 0.03;         // 28–35 days, or the same day in the next or previous month
    public const double DecadeDigit = 0.02;        // 2007 written 2017 or 1997
    public const double SwapDayMonth = 0.02;       // on top of the clean profile's swaps
    public const double WrongDate = 0.01;          // another date altogether (not tuned for)
    public const double YearOffTwo = 0.01;         // two years off (not tuned for)

    // Names.
    public const double BlankGiven = 0.10, BlankFamily = 0.07;
    public const double FullNameInFamily = 0.02;   // "Maria Garcia" in the family box, the given box blank
    public const double FullNameInGiven = 0.01;    // and the other way round
    public const double MiddleAsGiven = 0.02;      // known by the middle name (not tuned for)
    public const double NewFamilyNamePerson = 0.10, NewFamilyNameCopy = 0.4; // a stepfamily's or married name

    // What agencies hold: per person whether it exists, per copy whether the agency recorded it.
    public const double EmailPerson = 0.5, EmailCopy = 0.45, EmailCaseOrSpaces = 0.3, EmailTypo = 0.04, OldEmail = 0.08;
    public const double DcfPerson = 0.5, DcfCopy = 0.4, SasidPerson = 0.3, SasidCopy = 0.3;
    public const double IdentifierTypo = 0.03, IdentifierFormatted = 0.2, OtherYouthsNumber = 0.002;
}

namespace Hartline.Linkage.Dates;

/// <summary>How two dates of birth agree, from the strongest agreement to none.</summary>
public enum BirthDateAgreement
{
    /// <summary>One or both dates are unknown: no evidence either way.</summary>
    Missing,
    /// <summary>The same date.</summary>
    Exact,
    /// <summary>Same year, day and month swapped (03/04 written for 04/03): the US/Latin American date order mix-up.</summary>
    DayMonthSwapped,
    /// <summary>Exactly one of the eight digits yyyyMMdd differs: a single typing slip.</summary>
    OneDigitOff,
    /// <summary>Same month and day, year one apart: the year is often guessed from an age.</summary>
    YearOffByOne,
    /// <summary>
    /// At most 31 days apart (and none of the above): a date shifted by days, or by about a month (the
    /// referral date or a sibling's birthday typed in, a month read from the wrong line).
    /// </summary>
    WithinMonth,
    /// <summary>Same year, more than a month apart: only the year is shared (the date was guessed from an age and a season).</summary>
    SameYear,
    /// <summary>None of the above.</summary>
    Different,
}

/// <summary>Compares two dates of birth, recognising the errors that are common on referral forms.</summary>
public static class BirthDateComparison
{
    /// <summary>The widest shift still taken for "about a month": the longest month.</summary>
    public const int MonthDays = 31;

    /// <summary>
    /// The strongest <see cref="BirthDateAgreement"/> that holds. A date that fits two levels gets the
    /// more specific: 2007-05-01 and 2008-05-01 are one digit and one year apart, and "same day and
    /// month, year one apart" is a far rarer coincidence between strangers (a 1 in 2,000 chance
    /// against 1 in 180 for any one digit), so it is the stronger evidence. Checked the other way
    /// round, nearly every year slip (all but those across a decade) was scored as a digit slip.
    /// </summary>
    public static BirthDateAgreement Compare(DateOnly? a, DateOnly? b)
    {
        if (a is not { } x || b is not { } y) return BirthDateAgreement.Missing;
        if (x == y) return BirthDateAgreement.Exact;
        // Both are real dates already (DateOnly cannot hold 31 February); when day equals month,
        // swapping them changes nothing, so that case never gets here.
        if (x.Year == y.Year && x.Day == y.Month && x.Month == y.Day) return BirthDateAgreement.DayMonthSwapped;
        if (Math.Abs(x.Year - y.Year) == 1 && x.Month == y.Month && x.Day == y.Day) return BirthDateAgreement.YearOffByOne;
        if (DigitsDiffering(x, y) == 1) return BirthDateAgreement.OneDigitOff;
        if (Math.Abs(x.DayNumber - y.DayNumber) <= MonthDays) return BirthDateAgreement.WithinMonth;
        if (x.Year == y.Year) return BirthDateAgreement.SameYear;
        return BirthDateAgreement.Different;
    }

    // How many of the eight digits of yyyyMMdd differ, counted without formatting the dates.
    private static int DigitsDiffering(DateOnly x, DateOnly y) =>
        DigitsDiffering(x.Year, y.Year, 4) + DigitsDiffering(x.Month, y.Month, 2) + DigitsDiffering(x.Day, y.Day, 2);

    private static int DigitsDiffering(int a, int b, int digits)
    {
        var differing = 0;
        for (var i = 0; i < digits; i++, a /= 10, b /= 10)
            if (a % 10 != b % 10) differing++;
        return differing;
    }
}

namespace Hartline.Bench.Linkage;

/// <summary>
/// The ways a date of birth goes wrong on a referral: day and month read the other way round (a form
/// filled in by someone used to day-first dates), one digit mistyped, and the year off by one (an age
/// given instead of a date, converted at the wrong time of year).
/// </summary>
public static class BirthDateErrors
{
    /// <summary>Day and month exchanged, when that is another valid date; else the date itself.</summary>
    public static DateOnly SwapDayMonth(DateOnly date) =>
        date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : date;

    public static DateOnly ShiftYear(DateOnly date, Random random) => date.AddYears(random.Next(2) == 0 ? -1 : 1);

    /// <summary>One digit of yyyyMMdd replaced, among the year's last digit, the month's and the day's.</summary>
    public static DateOnly MistypeDigit(DateOnly date, Random random)
    {
        var digits = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture).ToCharArray();
        int[] positions = [3, 5, 6, 7, 7];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var at = positions[random.Next(positions.Length)];
            var was = digits[at];
            var digit = (char)('0' + random.Next(10));
            if (digit == was) continue;
            digits[at] = digit;
            if (DateOnly.TryParseExact(new string(digits), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var mistyped))
                return mistyped;
            digits[at] = was;
        }
        return date;
    }
}

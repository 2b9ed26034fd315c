using Hartline.Linkage.Dates;
using Hartline.Linkage.Model;

namespace Hartline.Linkage.Clustering;

/// <summary>
/// Whether the dates of birth of a group of records can all be one youth's: some date among them
/// from which every other is at most one keying slip away (the same, day and month swapped, one
/// digit, the year one off, a shift of at most a month).
/// </summary>
/// <remarks>
/// Two records of one youth may be two slips apart (2005-01-12 swapped on one form, 2009-12-01
/// mistyped on another, born 2005-12-01), so a pair's dates alone cannot veto a join when a third
/// record holds the date that explains both. Records without a date fit any.
/// </remarks>
internal static class BirthDateFit
{
    public static bool Fits(IReadOnlyList<int> a, IReadOnlyList<int> b, PreparedPerson[] people)
    {
        Span<DateOnly> dates = stackalloc DateOnly[a.Count + b.Count];
        var count = 0;
        foreach (var x in a) if (people[x].BirthDate is { } d) dates[count++] = d;
        foreach (var y in b) if (people[y].BirthDate is { } d) dates[count++] = d;
        return Fits(dates[..count]);
    }

    public static bool Fits(ReadOnlySpan<DateOnly> dates)
    {
        for (var t = 0; t < dates.Length; t++)
        {
            var all = true;
            for (var i = 0; i < dates.Length && all; i++) all = OneSlip(dates[t], dates[i]);
            if (all) return true;
        }
        return dates.IsEmpty;
    }

    private static bool OneSlip(DateOnly truth, DateOnly recorded) => BirthDateComparison.Compare(truth, recorded) is
        BirthDateAgreement.Exact or BirthDateAgreement.DayMonthSwapped or BirthDateAgreement.OneDigitOff or BirthDateAgreement.YearOffByOne
        or BirthDateAgreement.WithinMonth;
}

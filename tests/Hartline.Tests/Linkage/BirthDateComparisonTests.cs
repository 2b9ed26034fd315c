using Hartline.Linkage.Dates;

namespace Hartline.Tests.Linkage;

public sealed class BirthDateComparisonTests
{
    [Theory]
    [InlineData(null, null, BirthDateAgreement.Missing)]
    [InlineData("2007-03-14", null, BirthDateAgreement.Missing)]
    [InlineData(null, "2007-03-14", BirthDateAgreement.Missing)]
    [InlineData("2007-03-14", "2007-03-14", BirthDateAgreement.Exact)]
    [InlineData("2007-03-04", "2007-04-03", BirthDateAgreement.DayMonthSwapped)]
    [InlineData("2007-01-12", "2007-12-01", BirthDateAgreement.DayMonthSwapped)]
    [InlineData("2007-03-04", "2008-04-03", BirthDateAgreement.Different)]       // a swap must keep the year
    [InlineData("2007-03-14", "2007-03-15", BirthDateAgreement.OneDigitOff)]     // day digit
    [InlineData("2007-03-14", "2007-03-24", BirthDateAgreement.OneDigitOff)]     // day tens digit
    [InlineData("2007-03-14", "2007-08-14", BirthDateAgreement.OneDigitOff)]     // month digit
    [InlineData("2007-03-14", "2001-03-14", BirthDateAgreement.OneDigitOff)]     // year digit
    [InlineData("2007-03-14", "2017-03-14", BirthDateAgreement.OneDigitOff)]     // year tens digit
    [InlineData("2007-03-14", "2008-03-14", BirthDateAgreement.YearOffByOne)]    // also one digit: the more specific level wins
    [InlineData("2009-03-14", "2010-03-14", BirthDateAgreement.YearOffByOne)]    // two digits differ
    [InlineData("2000-12-31", "1999-12-31", BirthDateAgreement.YearOffByOne)]
    [InlineData("2007-03-14", "2007-03-28", BirthDateAgreement.WithinMonth)]     // shifted by days
    [InlineData("2007-03-13", "2007-03-31", BirthDateAgreement.WithinMonth)]
    [InlineData("2007-03-14", "2007-04-12", BirthDateAgreement.WithinMonth)]     // about a month: three digits differ
    [InlineData("2007-12-28", "2008-01-05", BirthDateAgreement.WithinMonth)]     // across the new year
    [InlineData("2007-03-14", "2007-04-15", BirthDateAgreement.SameYear)]        // 32 days: past the month
    [InlineData("2007-03-14", "2007-09-20", BirthDateAgreement.SameYear)]
    [InlineData("1981-05-06", "1971-05-06", BirthDateAgreement.OneDigitOff)]     // the decade digit
    [InlineData("2027-05-06", "2017-05-06", BirthDateAgreement.OneDigitOff)]
    [InlineData("2007-03-14", "2006-11-02", BirthDateAgreement.Different)]
    [InlineData("2007-03-14", "2009-03-14", BirthDateAgreement.OneDigitOff)]
    [InlineData("2007-03-14", "2005-03-14", BirthDateAgreement.OneDigitOff)]
    [InlineData("2010-03-14", "2008-03-14", BirthDateAgreement.Different)]       // two years and two digits apart
    public void Recognises_common_date_errors(string? a, string? b, BirthDateAgreement expected)
    {
        Assert.Equal(expected, BirthDateComparison.Compare(Parse(a), Parse(b)));
        Assert.Equal(expected, BirthDateComparison.Compare(Parse(b), Parse(a)));
    }

    [Fact]
    public void Every_level_is_reachable()
    {
        var seen = new HashSet<BirthDateAgreement>();
        // From 2010 a year either way is 2009 (two digits differ) or 2011 (one digit).
        var origin = new DateOnly(2010, 3, 4);
        seen.Add(BirthDateComparison.Compare(origin, null));
        for (var day = new DateOnly(2004, 1, 1); day < new DateOnly(2013, 1, 1); day = day.AddDays(1))
            seen.Add(BirthDateComparison.Compare(origin, day));
        Assert.Equal(Enum.GetValues<BirthDateAgreement>().Order(), seen.Order());
    }

    private static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

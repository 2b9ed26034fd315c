using Hartline.Features.Reports.Statistics;

namespace Hartline.Tests.Reports.Statistics;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("2019Q3", PeriodKind.Quarter, "2019-07-01", "2019-09-30")]
    [InlineData(" 2019q3 ", PeriodKind.Quarter, "2019-07-01", "2019-09-30")]
    [InlineData("2019", PeriodKind.Year, "2019-01-01", "2019-12-31")]
    [InlineData("2019-03-01..2019-06-15", PeriodKind.Range, "2019-03-01", "2019-06-15")]
    [InlineData("2019-03-01 to 2019-03-01", PeriodKind.Range, "2019-03-01", "2019-03-01")]
    [InlineData("2026-12-01..2027-01-31", PeriodKind.Range, "2026-12-01", "2027-01-31")] // begun: the figures so far
    public void Reads_quarters_years_and_ranges(string text, PeriodKind kind, string from, string to)
    {
        Assert.True(ReportPeriod.TryParse(text, Today, out var period, out var problem), problem);
        Assert.Equal(new ReportPeriod(kind, DateOnly.Parse(from), DateOnly.Parse(to)), period);
    }

    [Theory]
    [InlineData("2019Q5", "'2019Q5' is not a quarter")]
    [InlineData("2019Q0", "'2019Q0' is not a quarter")]
    [InlineData("2019-06-15..2019-03-01", "ends (2019-03-01) before it begins (2019-06-15)")]
    [InlineData("2019-02-30..2019-03-01", "not a day of the calendar")]
    [InlineData("2027Q1", "has not begun yet")]
    [InlineData("2027", "has not begun yet")]
    [InlineData("", "Enter a quarter like 2019Q3")]
    [InlineData("Q3 2019", "Enter a quarter like 2019Q3")]
    [InlineData("١٩٩٠", "Enter a quarter like 2019Q3")] // other scripts' digits are not read as a year
    [InlineData("0000", "Enter a quarter like 2019Q3")]
    [InlineData("2019-03-01..", "Enter a quarter like 2019Q3")]
    public void Refuses_what_is_not_a_period_with_a_sentence_saying_why(string text, string says)
    {
        Assert.False(ReportPeriod.TryParse(text, Today, out _, out var problem));
        Assert.Contains(says, problem);
    }

    [Fact]
    public void Compares_with_the_period_before_and_the_year_before_and_trends_over_eight_quarters()
    {
        ReportPeriod.TryParse("2019Q1", Today, out var q1, out _);
        Assert.Equal("2018Q4", q1.Previous.Code);
        Assert.Equal("2018Q1", q1.YearBefore.Code);
        Assert.Equal(["2017Q2", "2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4", "2019Q1"], q1.TrendQuarters().Select(q => q.ToString()));
        ReportPeriod.TryParse("2020-02-20..2020-02-29", Today, out var range, out _);
        Assert.Equal(new ReportPeriod(PeriodKind.Range, new(2020, 2, 10), new(2020, 2, 19)), range.Previous); // ten days just before
        Assert.Equal(new ReportPeriod(PeriodKind.Range, new(2019, 2, 20), new(2019, 2, 28)), range.YearBefore); // no 29 February in 2019
        ReportPeriod.TryParse("2019", Today, out var year, out _);
        Assert.Equal("2018", year.Previous.Code);
        Assert.Equal("1 Jan 2019 – 31 Dec 2019", new ReportPeriod(PeriodKind.Range, year.From, year.To).Label);
    }
}

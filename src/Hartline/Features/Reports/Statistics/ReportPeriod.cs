using System.Globalization;
using System.Text.RegularExpressions;

namespace Hartline.Features.Reports.Statistics;

public enum PeriodKind { Quarter, Year, Range }

/// <summary>
/// The days a report covers, both ends included: a quarter (2019Q3), a year (2019) or any range of dates
/// (2019-03-01..2019-06-15). Read on the jurisdiction's calendar. Comparisons: the period just before it of the
/// same kind and length, and the same days a year earlier.
/// </summary>
public sealed partial record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public const string FormatHint = "a quarter like 2019Q3, a year like 2019, or two dates like 2019-03-01..2019-06-15";

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The text that names it in a link, a file name or the command line.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Quarter => Quarter.Containing(From).ToString(),
        PeriodKind.Year => From.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}",
    };

    /// <summary>What people read: "2019Q3 (1 Jul – 30 Sep 2019)", "2019", "1 Mar 2019 – 15 Jun 2019".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Quarter => $"{Code} ({From.ToString("d MMM", Us)} – {To.ToString("d MMM yyyy", Us)})",
        PeriodKind.Year => Code,
        _ => $"{From.ToString("d MMM yyyy", Us)} – {To.ToString("d MMM yyyy", Us)}",
    };

    public static ReportPeriod Of(Quarter q) => new(PeriodKind.Quarter, q.From, q.To);

    public static ReportPeriod OfYear(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The period just before: the previous quarter or year, or a range of the same length ending the day before.</summary>
    public ReportPeriod Previous => Kind switch
    {
        PeriodKind.Quarter => Of(Quarter.Containing(From).Previous),
        PeriodKind.Year => OfYear(From.Year - 1),
        _ => new(PeriodKind.Range, From.AddDays(-Days), From.AddDays(-1)),
    };

    /// <summary>The same days a year before (29 February becomes the 28th).</summary>
    public ReportPeriod YearBefore => Kind switch
    {
        PeriodKind.Quarter => Of(new Quarter(From.Year - 1, Quarter.Containing(From).Number)),
        PeriodKind.Year => OfYear(From.Year - 1),
        _ => new(PeriodKind.Range, From.AddYears(-1), To.AddYears(-1)),
    };

    /// <summary>The last <paramref name="count"/> quarters up to the one holding this period's last day, oldest first.</summary>
    public IReadOnlyList<Quarter> TrendQuarters(int count = 8)
    {
        var quarters = new List<Quarter> { Quarter.Containing(To) };
        while (quarters.Count < count) quarters.Add(quarters[^1].Previous);
        quarters.Reverse();
        return quarters;
    }

    /// <summary>
    /// Reads a period to report on. It must be well formed, in order, and begun by <paramref name="today"/>: the current
    /// period gives the figures so far, a later one has none (which would read as a real zero). The problem is a
    /// sentence for people.
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out ReportPeriod period, out string problem)
    {
        period = new(PeriodKind.Quarter, today, today);
        problem = "";
        var t = text?.Trim() ?? "";
        if (Quarter.TryParse(t, out var q)) period = Of(q);
        else if (YearPattern().Match(t) is { Success: true } y && int.Parse(y.Value, CultureInfo.InvariantCulture) is >= Quarter.MinYear and <= Quarter.MaxYear and var year)
            period = OfYear(year);
        else if (RangePattern().Match(t) is { Success: true } r)
        {
            if (!Day(r.Groups[1].Value, out var from) || !Day(r.Groups[2].Value, out var to))
            {
                problem = "One of the two dates is not a day of the calendar: write them as 2019-03-01.";
                return false;
            }
            if (to < from)
            {
                problem = $"The period ends ({to:yyyy-MM-dd}) before it begins ({from:yyyy-MM-dd}): put the earlier date first.";
                return false;
            }
            period = new(PeriodKind.Range, from, to);
        }
        else
        {
            problem = t.Length > 0 && QuarterLike().IsMatch(t)
                ? $"'{Shorten(t)}' is not a quarter: a quarter is numbered 1 to 4, as in 2019Q3."
                : $"Enter {FormatHint}.";
            return false;
        }
        if (period.From > today)
        {
            problem = $"{period.Code} has not begun yet: choose a period that starts on or before {today:yyyy-MM-dd}.";
            return false;
        }
        return true;
    }

    private static bool Day(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day.Year is >= Quarter.MinYear and <= Quarter.MaxYear;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    // Invariant: the app runs in invariant globalization mode; its month names and digit grouping are English.
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex YearPattern();

    // ASCII digits only (\d would let other scripts' digits through); ".." or " to " between the dates.
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})\s*(?:\.\.|to)\s*([0-9]{4}-[0-9]{2}-[0-9]{2})$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^[0-9]{4}-?[Qq][0-9]+$")]
    private static partial Regex QuarterLike();
}

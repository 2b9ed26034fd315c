using System.Text.RegularExpressions;

namespace Hartline.Features.Reports;

/// <summary>A calendar quarter such as 2019Q3 (July–September 2019).</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly From => new(Year, (Number - 1) * 3 + 1, 1);
    public DateOnly To => From.AddMonths(3).AddDays(-1);
    public override string ToString() => $"{Year}Q{Number}";

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var year = int.Parse(m.Groups[1].Value);
        if (year is < MinYear or > MaxYear) return false; // DateOnly cannot hold year 0, and no case predates 1900
        quarter = new Quarter(year, int.Parse(m.Groups[2].Value));
        return true;
    }

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The last quarter that has ended by <paramref name="today"/>: the one whose figures no longer change.</summary>
    public static Quarter LastComplete(DateOnly today) => Containing(today).Previous;

    /// <summary>
    /// A quarter to report on: well formed, and begun by <paramref name="today"/> (the current quarter gives the
    /// figures so far; a later one has none, which would read as a real zero). The problem is a sentence for people.
    /// </summary>
    public static bool TryParseReportable(string? text, DateOnly today, out Quarter quarter, out string problem)
    {
        problem = "";
        if (!TryParse(text, out quarter))
        {
            problem = $"Enter {FormatHint}.";
            return false;
        }
        if (quarter.From > today)
        {
            problem = $"{quarter} has not begun yet: choose {Containing(today)} or an earlier quarter.";
            return false;
        }
        return true;
    }

    public const int MinYear = 1900, MaxYear = 2999;
    public const string FormatHint = "a quarter like 2019Q3 (a year 1900–2999, Q, 1–4)";

    [GeneratedRegex(@"^([0-9]{4})-?[Qq]([1-4])$")] // ASCII digits: \d would let ١٩٩٠ through to int.Parse
    private static partial Regex Pattern();
}

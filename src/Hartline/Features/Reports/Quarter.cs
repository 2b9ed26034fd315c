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
        quarter = new Quarter(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        return true;
    }

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public const string FormatHint = "a quarter like 2019Q3 (year, Q, 1–4)";

    [GeneratedRegex(@"^(\d{4})-?[Qq]([1-4])$")]
    private static partial Regex Pattern();
}

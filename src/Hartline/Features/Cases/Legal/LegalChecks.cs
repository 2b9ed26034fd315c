namespace Hartline.Features.Cases.Legal;

/// <summary>
/// The field checks every legal form shares: dates that cannot be in the future, bounded texts, choices
/// by name. Each failure is added under the input's property name so the page and the API can show it
/// beside the field.
/// </summary>
internal sealed class LegalChecks(DateOnly today)
{
    /// <summary>Nothing about a youth served today happened before this; earlier dates are typing slips.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public Errors Errors { get; } = new();
    public DateOnly Today => today;
    public bool Failed(string field) => Errors.ToDictionary().ContainsKey(field);

    public void PastDate(DateOnly? value, string field, string what, bool required = true)
    {
        if (value is not { } d)
        {
            if (required) Errors.Add(field, $"Enter {what}.");
            return;
        }
        if (d > today) Errors.Add(field, $"{Capital(what)} cannot be in the future.");
        else if (d < Earliest) Errors.Add(field, $"{Capital(what)} must be in {Earliest.Year} or later.");
    }

    public string? Text(string? value, int max, string field, string what, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required) Errors.Add(field, $"Enter {what}.");
        else if (text is not null && text.Length > max) Errors.Add(field, $"{Capital(what)} must be at most {max:N0} characters.");
        return text;
    }

    /// <summary>
    /// A choice by name (case-insensitive). Numbers are refused: "3" must not quietly mean the fourth value.
    /// <paramref name="allowed"/> narrows the enum to what applies here (e.g. the outcomes of one protection).
    /// </summary>
    public T? Choice<T>(string? text, string field, string what, IReadOnlyList<T> allowed, Func<T, string> label, bool required = true)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) Errors.Add(field, $"Choose {what}.");
            return null;
        }
        var name = text.Trim();
        if (char.IsLetter(name[0]) && !name.Contains(',') && Enum.TryParse<T>(name, ignoreCase: true, out var value) && allowed.Contains(value))
            return value;
        Errors.Add(field, $"'{Shorten(name)}' is not {what}: choose {LegalLabels.OneOf(allowed.Select(label))}.");
        return null;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

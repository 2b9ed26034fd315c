using Hartline.Jurisdictions;

namespace Hartline.Features.Mdt;

/// <summary>Limits and field checks shared by the MDT pages, the API and the demo loader.</summary>
public static class MdtRules
{
    public const int NameMax = 200;
    public const int PlaceMax = 200;
    public const int TextMax = 4000;
    public const int DescriptionMax = 1000;

    public static string? RequireText(string? value, int max, string field, string what, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add(field, $"Enter {what}."); return null; }
        var trimmed = value.Trim();
        if (trimmed.Length > max) { errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be at most {max:N0} characters."); return null; }
        return trimmed;
    }

    public static string? OptionalText(string? value, int max, string field, string what, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > max) { errors.Add(field, $"{what} must be at most {max:N0} characters."); return null; }
        return trimmed;
    }

    public static T? RequireEnum<T>(T? value, string field, string message, Errors errors) where T : struct, Enum
    {
        if (value is { } v && Enum.IsDefined(v)) return v;
        errors.Add(field, message);
        return null;
    }

    public static string? RequireRegion(string? code, Jurisdiction j, string field, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(code)) { errors.Add(field, "Choose the region."); return null; }
        if (j.Regions.All(r => r.Code != code)) { errors.Add(field, $"'{code}' is not a region of {j.Name}."); return null; }
        return code;
    }

    /// <summary>A date a person typed must be in a sensible range (a typo such as 0202 or 20255 is refused).</summary>
    public static bool Plausible(DateOnly day) => day.Year is >= 2000 and <= 2100;
}

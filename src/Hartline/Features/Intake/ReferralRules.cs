using Hartline.Jurisdictions;

namespace Hartline.Features.Intake;

/// <summary>
/// Validation of a referral, shared by the page, the API and the CLI. Errors are keyed by the input's
/// property name so each face can show them beside the field.
/// </summary>
public static class ReferralRules
{
    public static Dictionary<string, string[]> Validate(ReferralInput input, Jurisdiction j, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (input.ReceivedOn is not { } received) Add(nameof(input.ReceivedOn), "Enter the date the referral was received.");
        else if (received > today) Add(nameof(input.ReceivedOn), "The received date cannot be in the future.");
        else if (received.Year < 2000) Add(nameof(input.ReceivedOn), "The received date must be in 2000 or later.");

        RequireCode(input.Source, j.ReferralSources, nameof(input.Source), "referral source", Add);
        RequireCode(input.Region, j.Regions, nameof(input.Region), "region", Add);
        RequireText(input.ReportingAgency, 200, nameof(input.ReportingAgency), "the reporting agency", Add);
        RequireText(input.GivenName, 100, nameof(input.GivenName), "the youth's given name", Add);
        RequireText(input.FamilyName, 100, nameof(input.FamilyName), "the youth's family name", Add);
        if (input.MiddleName?.Trim().Length > 100) Add(nameof(input.MiddleName), "The middle name must be at most 100 characters.");

        if (input.DateOfBirth is { } dob)
        {
            if (dob > (input.ReceivedOn ?? today)) Add(nameof(input.DateOfBirth), "The date of birth cannot be after the received date.");
            else if (dob.Year < 1900) Add(nameof(input.DateOfBirth), "The date of birth must be in 1900 or later.");
        }

        OptionalCode(input.Gender, j.Genders, nameof(input.Gender), "gender", Add);
        OptionalCode(input.Residence, j.ResidenceAtExploitation, nameof(input.Residence), "residence at time of exploitation", Add);
        foreach (var code in input.RaceEthnicity.Where(c => !string.IsNullOrWhiteSpace(c)))
            if (j.RaceEthnicity.Categories.All(c => c.Code != code))
                Add(nameof(input.RaceEthnicity), $"'{code}' is not a race/ethnicity category of {j.Name}.");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void RequireText(string? value, int max, string field, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value)) add(field, $"Enter {what}.");
        else if (value.Trim().Length > max) add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be at most {max} characters.");
    }

    private static void RequireCode(string? code, IReadOnlyList<Category> list, string field, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(code)) add(field, $"Choose the {what}.");
        else OptionalCode(code, list, field, what, add);
    }

    private static void OptionalCode(string? code, IReadOnlyList<Category> list, string field, string what, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(code) && list.All(c => c.Code != code))
            add(field, $"'{code}' is not a known {what}.");
    }
}

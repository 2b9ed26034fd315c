using Hartline.Jurisdictions;

namespace Hartline.Features.Intake;

/// <summary>
/// Validation of a referral, shared by the page, the API and the CLI. Errors are keyed by the input's
/// property name so each face can show them beside the field. Times are compared in UTC.
/// </summary>
public static class ReferralRules
{
    public const int NarrativeMaxLength = 10_000;

    public static Dictionary<string, string[]> Validate(ReferralInput input, Jurisdiction j, DateTime nowUtc)
    {
        // A JSON body may say null where a list is expected: read it as empty.
        input.RaceEthnicity = input.RaceEthnicity?.Where(c => c is not null).ToList() ?? [];
        input.DuplicateAnswers = input.DuplicateAnswers?.Where(a => a is not null).ToList() ?? [];
        var errors = Errors.For(input);
        if (input.ExploitationSuspected is { } suspected && !Enum.IsDefined(suspected))
            errors.Add(nameof(input.ExploitationSuspected), "Choose sex, labor, both or unknown.");
        if (input.DuplicateAnswers.Any(a => a.CandidatePersonId == Guid.Empty || (a.Verdict is { } v && !Enum.IsDefined(v))))
            errors.Add(nameof(input.DuplicateAnswers), "Each answer needs the person it is about and 'SamePerson' or 'DifferentPerson'.");
        if (input.ExistingPersonId == Guid.Empty) errors.Add(nameof(input.ExistingPersonId), "The existing person's id is empty.");
        var received = ReceivedUtc(input, j);
        var today = j.LocalDate(nowUtc);
        if (received is null) errors.Add(nameof(input.ReceivedAt), "Enter the date and time the referral was received.");
        else if (received > nowUtc.AddMinutes(5)) errors.Add(nameof(input.ReceivedAt), "The referral cannot have been received in the future.");
        else if (received.Value.Year < 2000) errors.Add(nameof(input.ReceivedAt), "The received date must be in 2000 or later.");
        var receivedDay = received is { } r ? j.LocalDate(r) : today;

        RequireCode(input.Source, j.ReferralSources, nameof(input.Source), "referral source", errors);
        RequireCode(input.Region, j.Regions, nameof(input.Region), "region", errors);
        RequireText(input.ReportingAgency, 200, nameof(input.ReportingAgency), "the reporting agency", errors);
        OptionalText(input.ReportingContact, 200, nameof(input.ReportingContact), "The reporting contact", errors);
        OptionalText(input.Location, 200, nameof(input.Location), "The location", errors);
        OptionalText(input.Narrative, NarrativeMaxLength, nameof(input.Narrative), "The narrative", errors);
        if (input.CarelineReportNumber is { } number && !string.IsNullOrWhiteSpace(number)
            && !System.Text.RegularExpressions.Regex.IsMatch(number.Trim(), "^[A-Za-z0-9][A-Za-z0-9 /-]{0,39}$"))
            errors.Add(nameof(input.CarelineReportNumber), $"The {j.Careline.Name} report number may hold letters, digits, spaces, '/' and '-' (at most 40).");

        if (input.ExistingPersonId is null)
        {
            RequireText(input.GivenName, 100, nameof(input.GivenName), "the youth's given name", errors);
            RequireText(input.FamilyName, 100, nameof(input.FamilyName), "the youth's family name", errors);
        }
        OptionalText(input.MiddleName, 100, nameof(input.MiddleName), "The middle name", errors);

        if (input.DateOfBirth is { } dob)
        {
            if (dob > receivedDay) errors.Add(nameof(input.DateOfBirth), "The date of birth cannot be after the date the referral was received.");
            else if (dob.Year < 1900) errors.Add(nameof(input.DateOfBirth), "The date of birth must be in 1900 or later.");
            else if (Determination.AmpRule.AgeAt(dob, receivedDay) is { } age && age > j.MaxAgeAtReferral)
                errors.Add(nameof(input.DateOfBirth), $"This date of birth makes the youth {age} when referred; referrals are for children and youth up to {j.MaxAgeAtReferral}.");
        }
        if (input.ExploitationDate is { } exploited)
        {
            if (exploited > receivedDay) errors.Add(nameof(input.ExploitationDate), "The exploitation date cannot be after the referral was received.");
            else if (input.DateOfBirth is { } born && exploited < born) errors.Add(nameof(input.ExploitationDate), "The exploitation date cannot be before the date of birth.");
        }

        OptionalCode(input.Gender, j.Genders, nameof(input.Gender), "gender", errors);
        OptionalCode(input.Residence, j.ResidenceAtExploitation, nameof(input.Residence), "residence at time of exploitation", errors);
        foreach (var code in input.RaceEthnicity.Where(c => !string.IsNullOrWhiteSpace(c)))
            if (j.RaceEthnicity.Categories.All(c => c.Code != code))
                errors.Add(nameof(input.RaceEthnicity), $"'{code}' is not a race/ethnicity category of {j.Name}.");
        if (input.DuplicateAnswers.GroupBy(a => a.CandidatePersonId).Any(g => g.Count() > 1))
            errors.Add(nameof(input.DuplicateAnswers), "Answer once for each possible duplicate.");
        if (input.DuplicateAnswers.Any(a => a.Verdict is null))
            errors.Add(nameof(input.DuplicateAnswers), "Say for each youth listed whether it is the one you are entering.");
        var same = input.DuplicateAnswers.Where(a => a.Verdict == Duplicates.DuplicateVerdict.SamePerson).Select(a => a.CandidatePersonId).ToList();
        if (same.Count > 1) errors.Add(nameof(input.DuplicateAnswers), "Only one of the youth listed can be the same youth.");
        else if (same.Count == 1 && input.ExistingPersonId is { } chosen && chosen != same[0])
            errors.Add(nameof(input.DuplicateAnswers), "The youth chosen as the same person differs from the existing person given.");
        return errors.ToDictionary();
    }

    /// <summary>The received time in UTC: unspecified times are the jurisdiction's local time.</summary>
    public static DateTime? ReceivedUtc(ReferralInput input, Jurisdiction j) => input.ReceivedAt is { } t ? j.ToUtc(t) : null;

    private static void RequireText(string? value, int max, string field, string what, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, $"Enter {what}.");
        else if (value.Trim().Length > max) errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be at most {max} characters.");
    }

    private static void OptionalText(string? value, int max, string field, string what, Errors errors)
    {
        if (value is not null && value.Trim().Length > max) errors.Add(field, $"{what} must be at most {max:N0} characters.");
    }

    private static void RequireCode(string? code, IReadOnlyList<Category> list, string field, string what, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(code)) errors.Add(field, $"Choose the {what}.");
        else OptionalCode(code, list, field, what, errors);
    }

    private static void OptionalCode(string? code, IReadOnlyList<Category> list, string field, string what, Errors errors)
    {
        if (!string.IsNullOrWhiteSpace(code) && list.All(c => c.Code != code))
            errors.Add(field, $"'{code}' is not a known {what}.");
    }
}

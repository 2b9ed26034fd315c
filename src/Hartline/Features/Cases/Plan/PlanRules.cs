using System.Text.RegularExpressions;

namespace Hartline.Features.Cases.Plan;

/// <summary>Checks of the youth-voice inputs, keyed by the input's property names (the page prefixes them, the API camel-cases them).</summary>
public static partial class PlanRules
{
    public static Errors Item(PlanItemInput input)
    {
        var errors = Errors.For(input);
        Text(input.YouthWords, PlanItem.WordsMaxLength, nameof(input.YouthWords), errors, required: "Write the goal as the youth said it, in their own words.");
        Text(input.WorkerDescription, PlanItem.DescriptionMaxLength, nameof(input.WorkerDescription), errors);
        if (input.Domain is not { } domain || !Enum.IsDefined(domain))
            errors.Add(nameof(input.Domain), "Choose the area of the goal (education, health, housing, …).");
        if (input.PlannedEnd is { } end && end.Year < 2000) errors.Add(nameof(input.PlannedEnd), "The planned end date must be in 2000 or later.");
        return errors;
    }

    public static Errors Agreement(AgreementInput input, DateOnly today)
    {
        var errors = Errors.For(input);
        if (input.Agreement is not (YouthAgreement.Agreed or YouthAgreement.Disagreed))
            errors.Add(nameof(input.Agreement), "Record what the youth said: agreed or did not agree.");
        Day(input.On, nameof(input.On), "the day the youth was asked", today, errors, required: true);
        if (input.How is not { } how || !Enum.IsDefined(how)) errors.Add(nameof(input.How), "Choose how the youth was asked.");
        Text(input.YouthComment, PlanItemAgreement.CommentMaxLength, nameof(input.YouthComment), errors);
        return errors;
    }

    public static Errors Status(StatusInput input)
    {
        var errors = Errors.For(input);
        if (input.Status is not { } s || !Enum.IsDefined(s)) errors.Add(nameof(input.Status), "Choose proposed, active, achieved or dropped.");
        return errors;
    }

    public static Errors Preferences(PreferencesInput input)
    {
        var errors = Errors.For(input);
        Text(input.NameUsed, YouthPreferences.ShortMaxLength, nameof(input.NameUsed), errors);
        Text(input.Pronouns, YouthPreferences.ShortMaxLength, nameof(input.Pronouns), errors);
        Text(input.Language, YouthPreferences.ShortMaxLength, nameof(input.Language), errors);
        Text(input.WantPresent, YouthPreferences.TextMaxLength, nameof(input.WantPresent), errors);
        Text(input.DoNotWantPresent, YouthPreferences.TextMaxLength, nameof(input.DoNotWantPresent), errors);
        Text(input.ContactTimes, YouthPreferences.TextMaxLength, nameof(input.ContactTimes), errors);
        Text(input.DoesNotWant, YouthPreferences.TextMaxLength, nameof(input.DoesNotWant), errors);
        if (input.ContactMethod is { } m && !Enum.IsDefined(m)) errors.Add(nameof(input.ContactMethod), "Choose how the youth wants to be contacted.");
        // Contact details belong on file, where they are protected; not in free text read by every partner.
        foreach (var (field, value) in new[] { (nameof(input.WantPresent), input.WantPresent), (nameof(input.DoNotWantPresent), input.DoNotWantPresent),
                     (nameof(input.ContactTimes), input.ContactTimes), (nameof(input.DoesNotWant), input.DoesNotWant) })
            if (value is not null && PhoneNumber().IsMatch(value))
                errors.Add(field, "Do not write phone numbers here: use the contact on file.");
        return errors;
    }

    public static Errors Feedback(FeedbackInput input, DateOnly today)
    {
        var errors = Errors.For(input);
        Day(input.GivenOn, nameof(input.GivenOn), "the day the youth gave the feedback", today, errors, required: true);
        if (input.How is not { } how || !Enum.IsDefined(how)) errors.Add(nameof(input.How), "Choose how the feedback was collected.");
        Rating(input.FeltListenedTo, nameof(input.FeltListenedTo), errors);
        Rating(input.FeltSafe, nameof(input.FeltSafe), errors);
        Rating(input.HadASay, nameof(input.HadASay), errors);
        Text(input.YouthWords, YouthFeedback.WordsMaxLength, nameof(input.YouthWords), errors);
        if (input.FeltListenedTo is null && input.FeltSafe is null && input.HadASay is null && string.IsNullOrWhiteSpace(input.YouthWords))
            errors.Add(nameof(input.YouthWords), "Write what the youth said, or give at least one rating.");
        return errors;
    }

    private static void Text(string? value, int max, string field, Errors errors, string? required = null)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required is not null) errors.Add(field, required); }
        else if (value.Trim().Length > max) errors.Add(field, $"At most {max:N0} characters.");
    }

    private static void Day(DateOnly? day, string field, string what, DateOnly today, Errors errors, bool required)
    {
        if (day is not { } d) { if (required) errors.Add(field, $"Enter {what}."); }
        else if (d > today) errors.Add(field, "The date cannot be in the future.");
        else if (d.Year < 2000) errors.Add(field, "The date must be in 2000 or later.");
    }

    private static void Rating(int? value, string field, Errors errors)
    {
        if (value is { } v && v is < 1 or > 5) errors.Add(field, "A rating is from 1 (not at all) to 5 (completely).");
    }

    // Seven or more digits, allowing the usual separators: (860) 555-0100, 860.555.0100, +1 860 555 0100.
    [GeneratedRegex(@"(?:\+?\d[\s().-]*){7,}")]
    private static partial Regex PhoneNumber();
}

namespace Hartline.Features.Cases.Notes;

/// <summary>Checks a new note against what can be known without the database; keyed by the input's property names.</summary>
public static class NoteRules
{
    public static Errors Validate(NoteInput input, IReadOnlySet<Guid> agenciesWithAccess, DateOnly today)
    {
        input.Agencies = input.Agencies?.Distinct().ToList() ?? []; // a JSON body may say null
        var errors = Errors.For(input);
        if (input.Level is not { } level || !Enum.IsDefined(level))
            errors.Add(nameof(input.Level), "Choose who may read the note: Team, Restricted or Privileged.");
        if (string.IsNullOrWhiteSpace(input.Text)) errors.Add(nameof(input.Text), "Write the note.");
        else if (input.Text.Trim().Length > CaseNote.TextMaxLength)
            errors.Add(nameof(input.Text), $"A note may be at most {CaseNote.TextMaxLength:N0} characters; split it into two notes.");
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
            errors.Add(nameof(input.Kind), "Choose contact, home visit, court, medical, MDT or other.");
        if (input.ContactOn is { } on)
        {
            if (on > today) errors.Add(nameof(input.ContactOn), "The contact date cannot be in the future.");
            else if (on.Year < 2000) errors.Add(nameof(input.ContactOn), "The contact date must be in 2000 or later.");
        }
        if (input.Level == NoteLevel.Restricted)
        {
            if (input.Agencies.Count == 0)
                errors.Add(nameof(input.Agencies), "Choose the agencies that may read a restricted note.");
            foreach (var unknown in input.Agencies.Where(a => !agenciesWithAccess.Contains(a)))
                errors.Add(nameof(input.Agencies), $"'{unknown}' is not an agency with access to this case.");
        }
        else input.Agencies = []; // named agencies mean nothing for team and privileged notes
        return errors;
    }
}

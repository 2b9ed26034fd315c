using System.Globalization;
using Hartline.Jurisdictions;

namespace Hartline.Features.People;

/// <summary>A person's age in whole years.</summary>
public static class Age
{
    /// <summary>
    /// Age in whole years on <paramref name="day"/>; null when either date is unknown or the day is before
    /// the birth. Someone born on 29 February completes a year on 1 March in common years (on 28 February
    /// the anniversary has not yet come); state law varies on this day.
    /// </summary>
    public static int? On(DateOnly? dateOfBirth, DateOnly? day)
    {
        if (dateOfBirth is not { } born || day is not { } on || on < born) return null;
        var age = on.Year - born.Year;
        if (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day)) age--;
        return age;
    }
}

/// <summary>
/// A date of birth as every page shows it, with the age beside it ("12 May 2009 (17)"). The age is
/// counted on today's date in the jurisdiction, not the server's: at 22:00 in Hartford it is already
/// tomorrow in UTC, and a birthday must not come early. Injected into every view (_ViewImports).
/// </summary>
public sealed class BirthDates(Jurisdiction jurisdiction, TimeProvider clock)
{
    public int? AgeToday(DateOnly? dateOfBirth) => Age.On(dateOfBirth, jurisdiction.Today(clock));

    /// <summary>"12 May 2009 (17)"; <paramref name="unknown"/> when the date is not known.</summary>
    public string Show(DateOnly? dateOfBirth, string unknown = "unknown") => dateOfBirth is not { } born ? unknown
        : AgeToday(born) is { } age ? $"{Date(born)} ({age})" : Date(born);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

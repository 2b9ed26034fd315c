using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;

namespace Hartline.Features.Cases.Legal;

public enum ClassStatus
{
    /// <summary>Classed from the child's age on the offence date.</summary>
    Computed,
    /// <summary>The offence has one class whatever the age.</summary>
    Fixed,
    /// <summary>The jurisdiction file gives no class for the offence.</summary>
    NotClassified,
    DateOfBirthUnknown,
    OffenseDateUnknown,
    /// <summary>The offence date is before the date of birth: one of them is wrong.</summary>
    OffenseBeforeBirth,
    /// <summary>The youth was past every age band (an adult) on the offence date: the offence does not apply.</summary>
    DoesNotApply,
}

/// <summary>The class of a charge and the rule it came from, in words a worker can check.</summary>
public sealed record FelonyClassResult(ClassStatus Status, string? Class, string Explanation);

/// <summary>
/// Classes a charge. For an offence classed by the victim's age (Connecticut's Commercial Sexual Abuse of
/// a Minor: Class A under 15, Class B at 15–17) the age is taken on the offence date from the date of birth;
/// when either date is unknown it says so instead of guessing. Pure: the bands come from the state's file.
/// </summary>
public static class FelonyClassRule
{
    /// <summary>The class, its explanation saying so when the offence's rule is not yet checked against the law.</summary>
    public static FelonyClassResult For(OffenseRule offense, DateOnly? dateOfBirth, DateOnly? offenseDate)
    {
        ArgumentNullException.ThrowIfNull(offense);
        var result = Compute(offense, dateOfBirth, offenseDate);
        // "Cannot be computed: date of birth unknown" reads the case, not the law: a checked rule needs no caveat there.
        var readsTheLaw = result.Status is ClassStatus.Computed or ClassStatus.Fixed or ClassStatus.DoesNotApply;
        return offense.Reviewed is not null && !readsTheLaw ? result
            : result with { Explanation = LegalReview.Worded(result.Explanation, offense.Reviewed)! };
    }

    private static FelonyClassResult Compute(OffenseRule offense, DateOnly? dateOfBirth, DateOnly? offenseDate)
    {
        var citation = offense.Statute ?? offense.Name;
        if (offense.ClassByVictimAge is not { Count: > 0 } bands)
            return offense.FelonyClass is { } fixedClass
                ? new(ClassStatus.Fixed, fixedClass, $"{fixedClass} ({citation}).")
                : new(ClassStatus.NotClassified, null, "No class is given for this offense" + (offense.Note is { } n ? $": {n.TrimEnd('.')}." : "."));

        if (dateOfBirth is null && offenseDate is null)
            return new(ClassStatus.DateOfBirthUnknown, null, "Cannot be computed: date of birth and offense date unknown.");
        if (dateOfBirth is null) return new(ClassStatus.DateOfBirthUnknown, null, "Cannot be computed: date of birth unknown.");
        if (offenseDate is null) return new(ClassStatus.OffenseDateUnknown, null, "Cannot be computed: offense date unknown.");
        if (AmpRule.AgeAt(dateOfBirth, offenseDate) is not { } age)
            return new(ClassStatus.OffenseBeforeBirth, null, "Cannot be computed: the offense date is before the date of birth.");

        var band = bands.FirstOrDefault(b => age >= (b.FromAge ?? 0) && age < b.UnderAge);
        if (band is null)
            return new(ClassStatus.DoesNotApply, null,
                $"Does not apply: the youth was {age} on the offense date; {offense.Name} is about a child under {bands.Max(b => b.UnderAge)}.");
        return new(ClassStatus.Computed, band.Class,
            $"{band.Class}: the child was {age} on the offense date ({band.Basis ?? citation}).");
    }
}

using Hartline.Features.Intake;
using Hartline.Jurisdictions;

namespace Hartline.Features.Cases;

/// <summary>Times typed on a case file are the jurisdiction's local time unless they carry a zone (as ISO times from the API may).</summary>
public static class LocalTime
{
    public static DateTime ToUtc(DateTime typed, Jurisdiction j) => typed.Kind switch
    {
        DateTimeKind.Utc => typed,
        DateTimeKind.Local => typed.ToUniversalTime(),
        _ => ReferralRules.ToUtc(typed, j),
    };

    public static DateTime ToLocal(DateTime utc, Jurisdiction j) => ReferralRules.ToLocal(utc, j);

    public static DateOnly Today(TimeProvider clock, Jurisdiction j) => ReferralRules.LocalDate(clock.GetUtcNow().UtcDateTime, j);
}

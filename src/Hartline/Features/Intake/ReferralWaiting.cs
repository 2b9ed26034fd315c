using Hartline.Jurisdictions;

namespace Hartline.Features.Intake;

/// <summary>
/// A referral waiting for its next step longer than the jurisdiction's target: the tag the lists and the
/// dashboards show ("Waiting 5 days — target 2"). Days are calendar days on the jurisdiction's calendar,
/// counted from the day the referral was received.
/// </summary>
public sealed record WaitingFlag(ReferralStatus Stage, int Days, int TargetDays)
{
    public string Text => $"Waiting {Days:N0} {(Days == 1 ? "day" : "days")} — target {TargetDays}";

    /// <summary>The same in a sentence, for a title or a screen reader: which step it waits for.</summary>
    public string Explained => $"Waiting {(Stage == ReferralStatus.Received ? "to be screened" : "for a determination")} "
        + $"for {Days:N0} days since it was received; the target is {TargetDays}.";
}

public static class ReferralWaiting
{
    /// <summary>
    /// The flag of one referral, or null when it is not waiting past a target (or the jurisdiction sets none).
    /// A received referral waits to be screened; a screened one waits for a determination; later steps have no target.
    /// </summary>
    public static WaitingFlag? Of(ReferralStatus status, DateOnly receivedOn, DateOnly today, IntakeTargets? targets)
    {
        int? target = (status, targets) switch
        {
            (_, null) => null,
            (ReferralStatus.Received, { } t) => t.ScreeningDays,
            (ReferralStatus.Screened, { } t) => t.DeterminationDays,
            _ => null,
        };
        var days = today.DayNumber - receivedOn.DayNumber;
        return target is { } limit && days > limit ? new WaitingFlag(status, days, limit) : null;
    }

    /// <summary>
    /// The same rule as a query over referrals the caller has already put through the scope function, so
    /// counts and lists agree with the tags. Received before the cut-off instant = received on a day more
    /// than the target's days before today.
    /// </summary>
    public static IQueryable<Referral> PastTarget(IQueryable<Referral> scoped, Jurisdiction j, DateOnly today)
    {
        if (j.IntakeTargets is not { } t) return scoped.Where(r => false);
        var screenBy = Cutoff(j, today, t.ScreeningDays);
        var determineBy = Cutoff(j, today, t.DeterminationDays);
        return scoped.Where(r => r.LinkedAt == null && r.DeterminedAt == null
            && ((r.ScreenedAt == null && r.ReceivedAt < screenBy) || (r.ScreenedAt != null && r.ReceivedAt < determineBy)));
    }

    private static DateTime Cutoff(Jurisdiction j, DateOnly today, int days) => j.ToUtc(today.AddDays(-days).ToDateTime(TimeOnly.MinValue));
}

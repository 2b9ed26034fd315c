using Hartline.Data;
using Hartline.Features.Mdt;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Referrals;

/// <summary>Reads the referrals received in a span of days (local time) through the scope function, statistics purpose.</summary>
public sealed class ReferralFacts(HartlineDb db, Jurisdiction j)
{
    /// <summary>Which referrals count and at which stage: the statistics and the older exact intake funnel say the same.</summary>
    public const string FunnelRule =
        "Referrals received in the period (local time) that are visible to you, counted where they stand today. Screen-positive: " +
        "at least one screening reached 'possible' or higher. Possible, confirmed and not a victim: the latest determination. ";

    public const string CountingRule = FunnelRule +
        "Clocks: from receipt to the first screening and the first determination, in hours; to the first MDT meeting held or " +
        "scheduled after receipt with the referral's case on the agenda, in days. A median or 90th percentile is published only " +
        "when the referrals it rests on are published and number at least the threshold.";

    public async Task<IReadOnlyList<ReferralRecord>> ReadAsync(DateOnly fromDay, DateOnly toDay, Actor actor, CancellationToken ct = default)
    {
        var from = j.ToUtc(fromDay.ToDateTime(TimeOnly.MinValue));
        var to = j.ToUtc(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var meetings = db.Set<AgendaItem>()
            .Join(db.Set<MdtMeeting>().Where(m => m.Status != MeetingStatus.Cancelled), a => a.MeetingId, m => m.Id, (a, m) => new { a.CaseId, m.StartsAt });
        // A quarter holds hundreds of referrals, so one narrow row each is cheap; the clocks need them anyway.
        var rows = await RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to)
            .Select(r => new
            {
                r.ReceivedAt, r.SourceCode, r.ExploitationSuspected, r.ScreenedAt, r.DeterminedAt, r.LinkedAt,
                Positive = db.Screenings.Any(s => s.ReferralId == r.Id && s.BandLevel >= 1),
                Latest = db.Determinations.Where(d => d.ReferralId == r.Id).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
                    .Select(d => (TraffickingStatus?)d.Status).FirstOrDefault(),
                FirstMdt = meetings.Where(m => m.CaseId == r.CaseId && m.StartsAt >= r.ReceivedAt).Min(m => (DateTime?)m.StartsAt),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ReferralRecord(j.LocalDate(r.ReceivedAt), CategoryRows.CodeOf(r.SourceCode), r.ExploitationSuspected, r.Positive, r.Latest,
            r.LinkedAt != null,
            Hours(r.ReceivedAt, r.ScreenedAt), Hours(r.ReceivedAt, r.DeterminedAt),
            r.FirstMdt is { } mdt ? Math.Max(0, (mdt - r.ReceivedAt).TotalDays) : null)).ToList();
    }

    // A screening recorded as before the referral's receipt (a back-dated entry) counts as at once, never as negative.
    private static double? Hours(DateTime received, DateTime? at) => at is { } t ? Math.Max(0, (t - received).TotalHours) : null;
}

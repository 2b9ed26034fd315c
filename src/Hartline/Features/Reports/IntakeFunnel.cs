using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports;

public sealed record IntakeFunnelResult(string Quarter, int Received, int Screened, int ScreenedPositive, int Determined,
    int PossibleVictim, int ConfirmedVictim, int NotAVictim, int LinkedToCase,
    double? MedianHoursToScreening, double? MedianHoursToDetermination, string CountingRule);

/// <summary>
/// Referrals received in a quarter and how far they got: screened → screen-positive → determined
/// (possible / confirmed / not a victim) → linked to a case, with the median clocks. Counts only.
/// </summary>
public sealed class IntakeFunnel(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "Referrals received in the quarter (local time) that are visible to you, counted where they stand today. " +
        "Screen-positive: at least one screening of the referral reached 'possible' or higher. Possible/confirmed/not a " +
        "victim: the latest determination. Clocks: from receipt to the first screening and to the first determination.";

    public async Task<IntakeFunnelResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default)
    {
        var from = j.ToUtc(quarter.From.ToDateTime(TimeOnly.MinValue));
        var to = j.ToUtc(quarter.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        // A quarter holds hundreds of referrals, so one row each is cheap; the medians need them anyway.
        var rows = await RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to)
            .Select(r => new
            {
                r.ReceivedAt, r.ScreenedAt, r.DeterminedAt, r.LinkedAt,
                Positive = db.Screenings.Any(s => s.ReferralId == r.Id && s.BandLevel >= 1),
                Latest = db.Determinations.Where(d => d.ReferralId == r.Id).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
                    .Select(d => (TraffickingStatus?)d.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return new IntakeFunnelResult(quarter.ToString(), rows.Count,
            rows.Count(r => r.ScreenedAt != null), rows.Count(r => r.Positive), rows.Count(r => r.DeterminedAt != null),
            rows.Count(r => r.Latest == TraffickingStatus.PossibleVictim), rows.Count(r => r.Latest == TraffickingStatus.ConfirmedVictim),
            rows.Count(r => r.Latest == TraffickingStatus.NotAVictim), rows.Count(r => r.LinkedAt != null),
            Median(rows.Where(r => r.ScreenedAt != null).Select(r => (r.ScreenedAt!.Value - r.ReceivedAt).TotalHours)),
            Median(rows.Where(r => r.DeterminedAt != null).Select(r => (r.DeterminedAt!.Value - r.ReceivedAt).TotalHours)),
            CountingRule);
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var mid = sorted.Length / 2;
        return Math.Round(sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 1);
    }
}

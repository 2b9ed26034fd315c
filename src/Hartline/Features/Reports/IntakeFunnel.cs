using Hartline.Features.Intake.Determination;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Referrals;
using Hartline.Security;

namespace Hartline.Features.Reports;

public sealed record IntakeFunnelResult(string Quarter, int Received, int Screened, int ScreenedPositive, int Determined,
    int PossibleVictim, int ConfirmedVictim, int NotAVictim, int LinkedToCase,
    double? MedianHoursToScreening, double? MedianHoursToDetermination, string CountingRule);

/// <summary>
/// Referrals received in a quarter and how far they got: screened → screen-positive → determined
/// (possible / confirmed / not a victim) → linked to a case, with the median clocks. Exact counts, for case roles.
/// Read and counted by the statistics catalogue's own referral facts and stages, so this and the catalogue's
/// intake funnel table cannot disagree.
/// </summary>
public sealed class IntakeFunnel(ReferralFacts facts)
{
    public const string CountingRule = ReferralFacts.FunnelRule +
        "Clocks: the median hours from receipt to the first screening and to the first determination.";

    public async Task<IntakeFunnelResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default)
    {
        var referrals = await facts.ReadAsync(quarter.From, quarter.To, actor, ct);
        int Count(Func<ReferralRecord, bool> test) => referrals.Count(test);
        double? Median(Func<ReferralRecord, double?> clock) => Percentile.Of(referrals.Select(clock).OfType<double>(), 0.5);
        return new IntakeFunnelResult(quarter.ToString(), referrals.Count,
            Count(r => r.Screened), Count(r => r.AtScreenPositive), Count(r => r.Determined),
            Count(r => r.DeterminedAs == TraffickingStatus.PossibleVictim), Count(r => r.DeterminedAs == TraffickingStatus.ConfirmedVictim),
            Count(r => r.DeterminedAs == TraffickingStatus.NotAVictim), Count(r => r.Linked),
            Median(r => r.HoursToScreening), Median(r => r.HoursToDetermination),
            CountingRule);
    }
}

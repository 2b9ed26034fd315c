using Hartline.Features.Intake.Determination;

namespace Hartline.Features.Reports.Statistics.Referrals;

/// <summary>
/// One referral received in a period, as the statistics see it: where it came from, how far it got, and its clocks
/// (hours from receipt to the first screening and determination, days to the first MDT meeting after receipt that had
/// its case on the agenda). Never a name.
/// </summary>
public sealed record ReferralRecord(
    DateOnly ReceivedOn,
    string Source,
    ExploitationType ExploitationSuspected,
    bool ScreenedPositive,
    TraffickingStatus? Latest,
    bool Linked,
    double? HoursToScreening,
    double? HoursToDetermination,
    double? DaysToFirstMdt)
{
    public bool Screened => HoursToScreening is not null;
    public bool Determined => HoursToDetermination is not null;

    // The funnel's stages, defined once for every report that counts them.

    /// <summary>At the screen-positive stage: screened, and a screening reached 'possible' or higher.</summary>
    public bool AtScreenPositive => Screened && ScreenedPositive;

    /// <summary>The status the funnel counts the referral under: its latest determination, once it is determined.</summary>
    public TraffickingStatus? DeterminedAs => Determined ? Latest : null;
}

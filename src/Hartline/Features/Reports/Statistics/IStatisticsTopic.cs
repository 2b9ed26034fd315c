using Hartline.Security;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// A topic of the statistics catalogue beyond the clients served and the referrals received (continuity of care, the
/// youth's say in the plan, legal protections, service referrals, missing-from-care episodes): its own population,
/// read through the scope function for statistics and published with disclosure control like the others. Computed for
/// the period asked for; comparisons and the trend cover clients and referrals.
/// </summary>
public interface IStatisticsTopic
{
    /// <summary>Its place in the document: lower comes first.</summary>
    int Order { get; }

    Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct);
}

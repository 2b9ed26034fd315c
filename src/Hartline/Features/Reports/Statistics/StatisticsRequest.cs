using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Statistics.Clients;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// What a reader asks for: a period; <paramref name="Rules"/> null for exact figures (only case roles may) or the
/// disclosure rules to publish with; a cross-tabulation of two client dimensions; comparison with the period
/// before and the year before; the trend of the last eight quarters.
/// </summary>
public sealed record StatisticsRequest(ReportPeriod Period, DisclosureRules? Rules, CrossTabChoice? CrossTab = null,
    bool Compare = true, bool Trend = true);

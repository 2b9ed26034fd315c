using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Statistics.Clients;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// What a reader asks for: a period; <paramref name="Rules"/> null for exact figures (only case roles may) or the
/// disclosure rules to publish with; a cross-tabulation of two client dimensions; comparison with the period
/// before and the year before; the trend of the last eight quarters; the topics beyond clients and referrals (false
/// when only client and referral figures are read, as the home page's glance does: each topic is a query of its own).
/// Leaving topics out changes no other figure: each population is put through disclosure control on its own.
/// </summary>
public sealed record StatisticsRequest(ReportPeriod Period, DisclosureRules? Rules, CrossTabChoice? CrossTab = null,
    bool Compare = true, bool Trend = true, bool Topics = true);

using System.Globalization;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// A statistics request as typed on the page, in the API's query or on the command line, checked the same way for
/// all three. Who may see what: a role that may open case files may ask for exact figures; every other role (the
/// Analyst) gets figures with small numbers withheld, never with a threshold below the configured one.
/// </summary>
public sealed record StatisticsQuery(string? Period, string? MinCell = null, bool Exact = false, string? Rows = null, string? Columns = null,
    bool Compare = true, bool Trend = true)
{
    public const int LowestMinCell = 2, HighestMinCell = 100;

    /// <summary>The configured threshold (<c>Hartline:Statistics:MinCell</c>, default 5): the least any publication uses.</summary>
    public static int ConfiguredMinCell(IConfiguration configuration) =>
        Math.Clamp(configuration.GetValue("Hartline:Statistics:MinCell", DisclosureRules.Standard.Threshold), LowestMinCell, HighestMinCell);

    /// <summary>Whether the actor may see exact figures (small numbers included): only roles that may open case files.</summary>
    public static bool MaySeeExact(Actor actor) => RecordScope.CanSeeRecords(actor);

    public bool TryResolve(Actor actor, int configuredMinCell, Jurisdiction j, DateOnly today, out StatisticsRequest request, out Errors errors)
    {
        errors = new Errors();
        request = null!;
        if (!ReportPeriod.TryParse(Period, today, out var period, out var problem)) errors.Add("period", problem);

        var exact = Exact && MaySeeExact(actor);
        var threshold = configuredMinCell;
        if (!string.IsNullOrWhiteSpace(MinCell))
        {
            if (!int.TryParse(MinCell.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out threshold) || threshold is < LowestMinCell or > HighestMinCell)
                errors.Add("minCell", $"The smallest number shown must be a whole number from {LowestMinCell} to {HighestMinCell}.");
            else if (threshold < configuredMinCell && !MaySeeExact(actor))
                errors.Add("minCell", $"Figures you may see withhold counts below {configuredMinCell}: choose {configuredMinCell} or more.");
        }
        if (!CrossTabChoice.TryParse(Rows, Columns, j, out var crossTab, out var crossProblem)) errors.Add("crossTab", crossProblem);
        if (errors.Count > 0) return false;
        request = new StatisticsRequest(period, exact ? null : new DisclosureRules(threshold), crossTab, Compare, Trend);
        return true;
    }
}

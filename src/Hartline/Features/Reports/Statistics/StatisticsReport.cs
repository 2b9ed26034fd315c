using System.Reflection;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Referrals;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// The statistics catalogue as one document: every table of the clients served and the referrals received for a
/// period, the comparison columns, the cross-tabulation and the trend. The page, the API, the command line and every
/// export take their figures from here, so there is one definition of each measure.
/// </summary>
public sealed class StatisticsReport(ClientFacts clientFacts, ReferralFacts referralFacts, IEnumerable<IStatisticsTopic> topics, Jurisdiction j, TimeProvider clock)
{
    public const string Clients = "clients", Referrals = "referrals";
    public const string CrossTabNotShown = "Cross-tabulation not shown";

    public static readonly string SoftwareVersion =
        typeof(StatisticsReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<ReportDocument> BuildAsync(StatisticsRequest request, Actor actor, CancellationToken ct = default)
    {
        var asOf = clock.GetUtcNow();
        var period = request.Period;
        var comparisons = request.Compare ? new[] { ("previous", "Previous period", period.Previous), ("year_before", "Year before", period.YearBefore) } : [];
        var trend = request.Trend ? period.TrendQuarters().Select(ReportPeriod.Of).ToList() : [];
        var all = comparisons.Select(c => c.Item3).Concat(trend).Prepend(period).ToList();
        var (from, to) = (all.Min(p => p.From), all.Max(p => p.To));

        // One read of each population for every period the document shows, the two side by side (each is one statement
        // on its own connection, so each is one snapshot, as when they ran one after the other).
        var casesRead = Task.Run(() => clientFacts.ReadAsync(from, to, actor, ct), ct);
        var referralsRead = Task.Run(() => referralFacts.ReadApartAsync(from, to, actor, ct), ct);
        await Task.WhenAll(casesRead, referralsRead);
        var (cases, referrals) = (casesRead.Result, referralsRead.Result);
        using var held = clientFacts.Hold(from, to, actor, cases);
        // The topics read their own records through this request's context (continuity reads a year of primary-worker
        // starts) while the periods are counted in memory on the other threads: neither waits for the other.
        var topicsBuilt = request.Topics ? Task.Run(() => BuildTopicsAsync(period, actor, ct), ct) : Task.FromResult(new List<Population>());
        // Each period's tables and disclosure control depend on its own records only: worked out side by side, one period
        // per core (a trend is ten periods).
        var periods = all.Distinct().ToList();
        var built = new PeriodFigures[periods.Count];
        try
        {
            Parallel.For(0, periods.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                var p = periods[i];
                var theirReferrals = referrals.Where(r => r.ReceivedOn >= p.From && r.ReceivedOn <= p.To).ToList();
                built[i] = new PeriodFigures(p, [ClientTables.Build(cases.In(p), j), ReferralTables.Build(theirReferrals, j)], request.Rules);
            });
        }
        catch
        {
            // The topics still use the request's context: let them end before the error leaves (and the context with it).
            await topicsBuilt.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        var figures = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => built[x.i]);
        PeriodFigures Of(ReportPeriod p) => figures[p];

        var current = Of(period);
        foreach (var topic in await topicsBuilt) current.Add(topic);
        var crossTabRefused = request.CrossTab is { } crossTab
            && !current.Extend(Clients, population => ClientTables.AddCrossTab(population, cases.In(period), j, crossTab));
        var tables = current.Tables.Select(t => WithComparisons(t, comparisons.Select(c => (c.Item1, $"{c.Item2} ({c.Item3.Code})", Of(c.Item3))))).ToList();
        if (trend.Count > 0) tables.Add(Trend(trend.Select(Of).ToList()));

        var notes = current.Notes.ToList();
        if (crossTabRefused)
            notes.Insert(0, new(CrossTabNotShown, "The cross-tabulation asked for is not shown: beside the tables above, some of its small numbers "
                + "could be worked out whatever else was withheld. Exact figures (for the team only) show it."));
        if (request.Rules is { } rules)
            notes.Add(new("Small numbers", QuarterlyPublication.Rule(rules.Threshold) + " A share, median or percentile resting on a withheld count is withheld too."));
        else
            notes.Add(new("Exact figures", "These figures are exact and include small numbers: they are for the team's own work. Publish only the version with small numbers withheld."));
        if (comparisons.Length > 0)
            notes.Add(new("Comparisons", "The previous period is the one just before, of the same length; the year before is the same days a year earlier. Each is shown as it was published on its own."));
        return new ReportDocument(Title(period), j.Name, period.Label, period.From, period.To, asOf, SoftwareVersion,
            request.Rules?.Threshold, tables, notes, period.Code);
    }

    private async Task<List<Population>> BuildTopicsAsync(ReportPeriod period, Actor actor, CancellationToken ct)
    {
        var built = new List<Population>();
        foreach (var topic in topics.OrderBy(t => t.Order)) built.Add(await topic.BuildAsync(period, actor, ct));
        return built;
    }

    private static string Title(ReportPeriod period) => period.Kind switch
    {
        PeriodKind.Quarter => $"Quarterly statistics, {period.Code}",
        PeriodKind.Year => $"Annual statistics, {period.Code}",
        _ => $"Statistics, {period.Label}",
    };

    /// <summary>
    /// A table with the first column of the same table in each comparison period beside its own, matched by row; the
    /// comparison periods' cells are as those periods publish them alone. A cross-tab keeps to its own period.
    /// </summary>
    private static ReportTable WithComparisons(ReportTable table, IEnumerable<(string Key, string Heading, PeriodFigures Figures)> comparisons)
    {
        if (table.Key.Contains("_by_", StringComparison.Ordinal)) return table;
        var extra = comparisons.Select(c => (c.Key, c.Heading, Table: c.Figures.Table(table.Key))).Where(c => c.Table is not null).ToList();
        if (extra.Count == 0) return table;
        var first = table.Columns[0];
        var columns = table.Columns.Concat(extra.Select(c => new ReportColumn(c.Key, c.Heading, first.Format))).ToList();
        var rows = table.Rows.Select(r => r with
        {
            Cells = r.Cells.Concat(extra.Select(c => c.Table!.Rows.FirstOrDefault(x => x.Code == r.Code)?.Cells[0] ?? ReportCell.Missing)).ToList(),
        }).ToList();
        return table with { Columns = columns, Rows = rows };
    }

    /// <summary>The last eight quarters, each point as that quarter publishes it alone.</summary>
    private static ReportTable Trend(IReadOnlyList<PeriodFigures> quarters) =>
        new("trend", "The last eight quarters", "Quarter",
            [new ReportColumn("clients", "Clients served"), new ReportColumn("new_clients", "New clients"), new ReportColumn("referrals", "Referrals received")],
            quarters.Select(q => new ReportTableRow(q.Period.Code, q.Period.Code,
                [q.Total(Clients), q.Cell(Clients, TableShapes.Key(new Dimension("new_or_continuing"), "new")), q.Total(Referrals)])).ToList(),
            ChartKind.Line, "Each quarter as it is published on its own.");
}

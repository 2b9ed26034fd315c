using Hartline.Data;
using Hartline.Features.Cases.Team;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports;

public sealed record ContinuityBucket(string Changes, int Youths);

/// <summary>
/// The continuity measure for a period: for each youth with a case active in the period, the number of
/// primary-worker changes in the 12 months to the period's last day; then the mean and the spread.
/// <paramref name="Quarter"/> names the period (a quarter such as 2019Q3 when asked for by quarter).
/// </summary>
/// <param name="YouthsWithAPrimaryWorker">Youths served whose first primary worker started by the period's end; null where it
/// was not counted (the statistics document does not show it).</param>
public sealed record ContinuityResult(string Quarter, int Youths, int? YouthsWithAPrimaryWorker, int Changes,
    double MeanChangesPerYouth, IReadOnlyList<ContinuityBucket> Distribution, string CountingRule);

/// <summary>Computes <see cref="ContinuityResult"/> through the scope function (statistics purpose): counts only.</summary>
public sealed class ContinuityReport(HartlineDb db, ClientFacts clients)
{
    public const string Rule = "Youths with a case active on any day of the period and visible to you. A change is a new primary worker " +
        "after the youth's first, across all the youth's cases, started in the 12 months up to the period's last day. A youth with no " +
        "primary worker recorded counts as no change.";

    public Task<ContinuityResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default) =>
        ComputeAsync(quarter.ToString(), quarter.From, quarter.To, actor, ct);

    /// <summary>The measure for the days <paramref name="from"/> to <paramref name="to"/> (both included), named <paramref name="period"/>.</summary>
    public async Task<ContinuityResult> ComputeAsync(string period, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        var result = await DistributionAsync(period, from, to, actor, ct);
        // Youths served whose first primary worker started by the period's end: one more pass over the period's cases.
        var (fromDay, toDay) = (from.DayNumber, to.DayNumber);
        var withAWorker = await RecordScope.OfCases(db.Set<ReportingCase>(), r => r.CaseId, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ClosedDay >= fromDay && r.OpenedDay <= toDay && r.FirstPrimaryWorkerDay <= toDay)
            .Select(r => r.Youth).Distinct().CountAsync(ct);
        return result with { YouthsWithAPrimaryWorker = withAWorker };
    }

    /// <summary>
    /// The distribution alone, as the statistics document shows it. Reads only the primary-worker starts of the 12 months
    /// (each with its youth and the youth's first start, from the reporting rows), however long the registry's history.
    /// </summary>
    public async Task<ContinuityResult> DistributionAsync(string period, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        // The youths are the clients served (the same read, held while a statistics document is built, so the two
        // figures are one).
        var youths = (await clients.ReadAsync(from, to, actor, ct)).YouthsIn(new ReportPeriod(PeriodKind.Range, from, to));
        var (yearStart, toDay) = (Continuity.WindowStart(to).DayNumber, to.DayNumber);
        // The year's starts from their reporting rows: one range of one index, each start with its youth and the youth's
        // first start (the two youth numbers in one 64-bit column: one call a row fewer).
        const long High = 1L << 32;
        var rows = RecordScope.OfCases(db.Set<ReportingStart>(), s => s.CaseId, db.Cases, actor, ScopePurpose.Statistics)
            .Where(s => s.Day > yearStart && s.Day <= toDay)
            .Select(s => new { YouthFirst = s.Youth * High + s.FirstDay, s.Day });
        var starts = (await ReportingReader.ReadAsync<(int Youth, int FirstDay, int Day)>(db, rows, reader =>
            {
                var (youthFirst, day) = (reader.Ordinal("YouthFirst"), reader.Ordinal("Day"));
                return row =>
                {
                    var both = row.Int64(youthFirst);
                    return (Youth: (int)(both >> 32), FirstDay: (int)(both & uint.MaxValue), Day: row.Int32(day));
                };
            }, ct))
            .Where(s => youths.Contains(s.Youth)).ToList();
        var youthCount = youths.Count;

        // Every start of the year is a change unless it is the youth's very first (Continuity.PrimaryWorkerChanges): the
        // first across all the youth's cases, which may be on a case outside the asker's scope (then each start seen is a
        // change); of starts on the same first day, one seen here is taken as the first.
        var perYouth = starts.GroupBy(s => s.Youth)
            .Select(g => g.Count() - (g.Min(s => s.Day) == g.First().FirstDay ? 1 : 0)).Where(n => n > 0).ToList();
        // Youths with no change (no primary worker recorded, or none new in the year) count as no change: they are in
        // the denominator, as they were served.
        var changes = perYouth.Sum();
        var counts = perYouth.Concat(Enumerable.Repeat(0, youthCount - perYouth.Count)).ToList();
        var distribution = new[] { ("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3 or more", 3, int.MaxValue) }
            .Select(b => new ContinuityBucket(b.Item1, counts.Count(n => n >= b.Item2 && n <= b.Item3))).ToList();
        return new ContinuityResult(period, youthCount, null, changes,
            youthCount == 0 ? 0 : Math.Round((double)changes / youthCount, 2), distribution, Rule);
    }
}

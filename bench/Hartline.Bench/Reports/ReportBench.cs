using System.Text;
using Hartline.Bench.Measures;
using Hartline.Data;
using Hartline.Features.Reports;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Bench.Reports;

/// <summary>
/// Times the app's quarterly report (through its own QuarterlyReport class, as the System actor) against
/// the hand-written statement, checks they give the same numbers, and profiles EF's commands once.
/// Runs the same way on either provider; only the hand-written statement and the plans differ (<see cref="IReportSql"/>).
/// </summary>
internal sealed class ReportBench(DatabaseTarget target, Jurisdiction j, BenchOptions options)
{
    private readonly IReportSql _sql = IReportSql.For(target);

    public async Task<bool> RunAsync(TextWriter log)
    {
        var quarter = options.Quarter;
        var efOptions = target.Options();

        // A fresh DbContext per run, as each web request gets; the EF model is built once per process,
        // during the warm-up run.
        var ef = await Timing.MeasureAsync(async () =>
        {
            await using var db = target.CreateContext(efOptions);
            return await new QuarterlyReport(new Hartline.Features.Reports.Statistics.Clients.ClientFacts(db, j), j).ComputeAsync(quarter, Actor.System);
        }, options.Runs);
        Report("ef", ef.Result.ClientsServed, ef);

        var handWritten = new HandWrittenReport(_sql, j);
        var sql = await Timing.MeasureAsync(() => handWritten.ComputeAsync(quarter), options.Runs);
        Report("sql", sql.Result.Clients, sql);

        await ProfileEfAsync(quarter, log);

        var differences = ReportCounts.From(ef.Result).DifferencesFrom(sql.Result, "EF", "SQL").ToList();
        foreach (var d in differences) log.WriteLine($"bench: MISMATCH {d}");
        MeasureLines.Write(new AgreementLine(_sql.Provider, options.Cases, quarter.ToString(), differences.Count == 0, differences.Count,
            Math.Round(ef.Median / sql.Median, 2)));
        return differences.Count == 0;
    }

    private void Report<T>(string impl, int clients, Timed<T> timed) => MeasureLines.Write(new ReportLine(impl, _sql.Provider, options.Cases,
        options.Quarter.ToString(), clients, MeasureLines.Round(timed.Median), MeasureLines.Round(timed.Min), MeasureLines.Round(timed.FirstMs),
        timed.Ms.Count, MeasureLines.Round(timed.AllocatedMbPerRun), MeasureLines.Round(timed.PeakWorkingSetMb)));

    /// <summary>
    /// One extra, untimed run with a command interceptor: how long each of EF's SQL commands takes. The
    /// SQL and the database's plan for each go to a notes file beside the SQLite file (with the provider in
    /// its name when it is not SQLite's).
    /// </summary>
    private async Task ProfileEfAsync(Quarter quarter, TextWriter log)
    {
        var timings = new EfQueryTimings();
        var profiled = new DbContextOptionsBuilder<HartlineDb>(target.Options()).AddInterceptors(timings).Options;
        await using (var db = target.CreateContext(profiled))
            await new QuarterlyReport(new Hartline.Features.Reports.Statistics.Clients.ClientFacts(db, j), j).ComputeAsync(quarter, Actor.System);

        var notes = new StringBuilder(
            $"-- Quarterly report {quarter}, {options.Cases:N0} cases on {_sql.Provider}: EF's commands, then the hand-written one.\n\n");
        for (var i = 0; i < timings.Completed.Count; i++)
        {
            var (text, parameters, ms) = timings.Completed[i];
            MeasureLines.Write(new EfQueryLine(_sql.Provider, options.Cases, quarter.ToString(), i + 1, MeasureLines.Round(ms), OneLine(text, 90)));
            notes.Append($"-- EF query {i + 1}: {ms:F1} ms\n{text}\n-- plan:\n{_sql.Explain(text, parameters)}\n");
        }
        var handWritten = _sql.Parameters(quarter, j.RaceEthnicity.MultipleCode);
        notes.Append($"-- hand-written\n{_sql.Statement}\n-- plan:\n{_sql.Explain(_sql.Statement, handWritten)}");
        var provider = target.Provider == DatabaseProvider.Sqlite ? "" : "-" + _sql.Provider;
        var file = Path.ChangeExtension(options.DbPath, null) + $"{provider}-{quarter}-queries.sql";
        await File.WriteAllTextAsync(file, notes.ToString());
        log.WriteLine($"bench: EF's SQL and query plans written to {file}");
    }

    private static string OneLine(string sql, int max)
    {
        var flat = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}

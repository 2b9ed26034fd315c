using Hartline.Bench.Measures;
using Hartline.Data;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Referrals;
using Hartline.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Bench.Reports;

/// <summary>
/// Times the statistics catalogue as the app runs it (its own services, the System actor, published with N = 5): the
/// full set of one quarter, the whole document with comparisons and the eight-quarter trend, and its XLSX and PDF.
/// Each part is timed too (reading the clients, reading the referrals), so a slow figure can be traced.
/// </summary>
internal sealed class StatisticsBench(DatabaseTarget target, BenchOptions options)
{
    public async Task RunAsync(TextWriter log)
    {
        await using var app = Hartline.Hosting.HartlineHost.Build([], Db());
        var period = ReportPeriod.Of(options.Quarter);
        var rules = new DisclosureRules(5);
        var quarterOnly = new StatisticsRequest(period, rules, Compare: false, Trend: false);
        var whole = new StatisticsRequest(period, rules, CrossTabChoice.Default);

        async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> run)
        {
            using var scope = app.Services.CreateScope();
            return await run(scope.ServiceProvider);
        }

        var span = whole.Period.TrendQuarters().Select(ReportPeriod.Of).Append(period.YearBefore).Append(period);
        var (from, to) = (span.Min(p => p.From), span.Max(p => p.To));
        await Measure("clients_read_quarter", () => InScope(async s => (await s.GetRequiredService<ClientFacts>().ReadAsync(period.From, period.To, Actor.System)).In(period).Count));
        await Measure("clients_read_span", () => InScope(async s => (await s.GetRequiredService<ClientFacts>().ReadAsync(from, to, Actor.System)).In(period).Count));
        var read = await InScope(s => s.GetRequiredService<ClientFacts>().ReadAsync(from, to, Actor.System));
        await Measure("clients_in_quarter", () => Task.FromResult(read.In(period).Count));
        await Measure("clients_tables_quarter", () => Task.FromResult(ClientTables.Build(read.In(period), app.Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>()).Tables.Count));
        // One period's figures from records already read, exact and published (disclosure control), so the share of the
        // protection in a period's cost shows: the trend builds ten of them.
        var jurisdiction = app.Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>();
        var spanReferrals = await InScope(s => s.GetRequiredService<ReferralFacts>().ReadAsync(from, to, Actor.System));
        PeriodFigures Figures(DisclosureRules? r) => new(period, [ClientTables.Build(read.In(period), jurisdiction),
            ReferralTables.Build(spanReferrals.Where(x => x.ReceivedOn >= period.From && x.ReceivedOn <= period.To).ToList(), jurisdiction)], r);
        await Measure("period_exact", () => Task.FromResult(Figures(null).Tables.Count()));
        await Measure("period_published", () => Task.FromResult(Figures(rules).Tables.Count()));
        await Measure("referrals_read_quarter", () => InScope(async s => (await s.GetRequiredService<ReferralFacts>().ReadAsync(period.From, period.To, Actor.System)).Count));
        using (var scope = app.Services.CreateScope())
            foreach (var topic in scope.ServiceProvider.GetServices<IStatisticsTopic>())
                await Measure("topic_" + topic.GetType().Name, () => InScope(async s =>
                    (await s.GetServices<IStatisticsTopic>().Single(t => t.GetType() == topic.GetType()).BuildAsync(period, Actor.System, default)).Tables.Count));
        await Measure("referrals_read_span", () => InScope(async s => (await s.GetRequiredService<ReferralFacts>().ReadAsync(from, to, Actor.System)).Count));
        await Measure("quarter_set", () => InScope(async s => (await s.GetRequiredService<StatisticsReport>().BuildAsync(quarterOnly, Actor.System)).Tables.Count));
        await Measure("whole_document", () => InScope(async s => (await s.GetRequiredService<StatisticsReport>().BuildAsync(whole, Actor.System)).Tables.Count));

        var doc = await InScope(s => s.GetRequiredService<StatisticsReport>().BuildAsync(whole, Actor.System));
        foreach (var format in new[] { "xlsx", "pdf" })
            await Measure($"render_{format}", async () => (await StatisticsExports.RenderAsync(doc, format, "bench")).Content.Length);
        log.WriteLine("bench: statistics measured");
    }

    private string Db() => target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqliteFile : target.ConnectionString;

    private async Task Measure(string what, Func<Task<int>> run)
    {
        var timed = await Timing.MeasureAsync(run, options.Runs);
        MeasureLines.Write(new StatisticsLine(what, target.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", options.Cases,
            options.Quarter.ToString(), timed.Result, MeasureLines.Round(timed.Median), MeasureLines.Round(timed.Min), MeasureLines.Round(timed.FirstMs),
            timed.Ms.Count, MeasureLines.Round(timed.AllocatedMbPerRun), MeasureLines.Round(timed.PeakWorkingSetMb)));
    }
}

/// <summary>One statistics measure: <c>result</c> is what the run produced (clients, referrals, tables or bytes), as a check.</summary>
public sealed record StatisticsLine([property: System.Text.Json.Serialization.JsonPropertyOrder(-2)] string What, string Provider, int Cases,
    string Quarter, int Result, double MsMedian, double MsMin, double MsFirst, int Runs, double AllocMbPerRun, double PeakWorkingSetMb)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-3)] public string Measure => "statistics";
}

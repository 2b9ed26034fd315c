using System.CommandLine;
using Hartline.Features.Reports;
using Hartline.Security;

namespace Hartline.Cli;

internal static class ReportCommand
{
    public static Command Create()
    {
        var quarterly = StatisticsCommand("quarterly", "--quarter", "The quarter, e.g. 2019Q3",
            "Every statistic of a quarter (clients served by region, gender, race/ethnicity, residence and more; referrals; the intake funnel; the trend), small numbers withheld unless --exact");
        var statistics = StatisticsCommand("statistics", "--period", $"The period: {Features.Reports.Statistics.ReportPeriod.FormatHint}",
            "Every statistic of any period (a quarter, a year, or a range of dates), small numbers withheld unless --exact");
        var referralsQuarter = new Option<string>("--quarter") { Description = "The quarter, e.g. 2026Q4", Required = true };
        var referralsFormat = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        var referralsOut = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var referrals = new Command("service-referrals", "Service referrals in a quarter: by type, acceptance and completion, services delivered, unmet needs")
            { referralsQuarter, referralsFormat, referralsOut };
        referrals.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var fmt = parsed.GetValue(referralsFormat)!.ToLowerInvariant();
            if (fmt is not ("csv" or "json")) throw new UsageException($"--format: '{fmt}' is not one of csv, json.");
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
            using var scope = app.Services.CreateScope();
            var today = scope.ServiceProvider.GetRequiredService<Jurisdictions.Jurisdiction>().Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            if (!Quarter.TryParseReportable(parsed.GetValue(referralsQuarter), today, out var q, out var problem)) throw new UsageException($"--quarter: {problem}");
            var figures = await scope.ServiceProvider.GetRequiredService<Features.Services.Referrals.ServiceReferralFigures>().ComputeAsync(q, Actor.System, ct);
            if (parsed.GetValue(referralsOut) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName);
                await Features.Services.Referrals.FiguresFormats.WriteAsync(figures, fmt, writer);
                Console.Error.WriteLine($"Wrote {file.FullName}.");
            }
            else await Features.Services.Referrals.FiguresFormats.WriteAsync(figures, fmt, Console.Out);
            return HartlineCli.Ok;
        }));
        return new Command("report", "Statistics") { quarterly, statistics, referrals };
    }

    /// <summary>
    /// The statistics document for a period. The command line is run by whoever operates the server, over every case
    /// (system scope); it publishes with small numbers withheld unless --exact is given, so a file sent on is safe by default.
    /// </summary>
    private static Command StatisticsCommand(string name, string periodOption, string periodHelp, string description)
    {
        var period = new Option<string>(periodOption) { Description = periodHelp, Required = true };
        var format = new Option<string>("--format") { Description = "csv, json, xlsx or pdf", DefaultValueFactory = _ => "csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var minCell = new Option<string?>("--min-cell")
        {
            Description = "Withhold counts from 1 to N-1 (5 for HART's tables, 11 for the federal profile) and the counts that would give them away; default: the configured N",
        };
        var exact = new Option<bool>("--exact") { Description = "Exact figures, small numbers included: for the team's own work, never to publish" };
        var rows = new Option<string?>("--rows") { Description = "Cross-tabulate clients served: the row dimension (e.g. region)" };
        var columns = new Option<string?>("--columns") { Description = "Cross-tabulate clients served: the column dimension (e.g. gender)" };
        var noCompare = new Option<bool>("--no-compare") { Description = "Leave out the previous period and the year before" };
        var noTrend = new Option<bool>("--no-trend") { Description = "Leave out the last eight quarters" };
        var command = new Command(name, description) { period, format, output, minCell, exact, rows, columns, noCompare, noTrend };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var fmt = parsed.GetValue(format)!.Trim().ToLowerInvariant();
            if (!Features.Reports.Statistics.StatisticsExports.IsFormat(fmt))
                throw new UsageException($"--format: '{fmt}' is not one of {string.Join(", ", Features.Reports.Statistics.StatisticsExports.Formats)}.");
            if (parsed.GetValue(exact) && parsed.GetValue(minCell) is not null)
                throw new UsageException("--exact and --min-cell cannot go together: exact figures withhold nothing.");
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            var j = services.GetRequiredService<Jurisdictions.Jurisdiction>();
            var query = new Features.Reports.Statistics.StatisticsQuery(parsed.GetValue(period), parsed.GetValue(minCell), parsed.GetValue(exact),
                parsed.GetValue(rows), parsed.GetValue(columns), !parsed.GetValue(noCompare), !parsed.GetValue(noTrend));
            if (!query.TryResolve(Actor.System, Features.Reports.Statistics.StatisticsQuery.ConfiguredMinCell(services.GetRequiredService<IConfiguration>()),
                    j, j.Today(services.GetRequiredService<TimeProvider>()), out var request, out var errors))
                throw new UsageException(string.Join(" ", errors.ToDictionary().Select(e => $"{OptionOf(e.Key, periodOption)}: {string.Join(" ", e.Value)}")));
            var doc = await services.GetRequiredService<Features.Reports.Statistics.StatisticsReport>().BuildAsync(request, Actor.System, ct);
            var file = await Features.Reports.Statistics.StatisticsExports.RenderAsync(doc, fmt, Features.Reports.Statistics.StatisticsExports.BaseName(doc, request.Period));
            if (parsed.GetValue(output) is { } target)
            {
                await File.WriteAllBytesAsync(target.FullName, file.Content, ct);
                Console.Error.WriteLine($"Wrote {target.FullName}.");
            }
            else if (fmt is "csv" or "json") await Console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(file.Content)); // text: through Console.Out, which a caller may redirect
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(file.Content, ct);
            }
            return HartlineCli.Ok;
        }));
        return command;
    }

    private static string OptionOf(string field, string periodOption) => field switch
    {
        "period" => periodOption,
        "minCell" => "--min-cell",
        "crossTab" => "--rows/--columns",
        _ => field,
    };
}

using System.CommandLine;
using Hartline.Features.Reports;
using Hartline.Security;

namespace Hartline.Cli;

internal static class ReportCommand
{
    public static Command Create()
    {
        var quarter = new Option<string>("--quarter") { Description = "The quarter, e.g. 2019Q3", Required = true };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var minCell = new Option<int?>("--min-cell")
        {
            Description = "Publish: withhold counts from 1 to N-1 (5 for HART's tables, 11 for the federal profile) and the counts that would give them away",
        };
        var quarterly = new Command("quarterly", "Clients served in a quarter by region, gender, race/ethnicity and residence") { quarter, format, output, minCell };
        quarterly.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            if (!Quarter.TryParse(parsed.GetValue(quarter), out var q))
                throw new UsageException($"--quarter: '{parsed.GetValue(quarter)}' is not {Quarter.FormatHint}.");
            var fmt = parsed.GetValue(format)!.ToLowerInvariant();
            if (!ReportFormats.Supported.Contains(fmt))
                throw new UsageException($"--format: '{fmt}' is not one of {string.Join(", ", ReportFormats.Supported)}.");
            if (parsed.GetValue(minCell) is < 2 or > 100)
                throw new UsageException($"--min-cell: {parsed.GetValue(minCell)} is not a threshold: give a number from 2 to 100 (5 for HART's tables, 11 for the federal profile).");

            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
            using var scope = app.Services.CreateScope();
            var today = scope.ServiceProvider.GetRequiredService<Jurisdictions.Jurisdiction>().Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            if (!Quarter.TryParseReportable(parsed.GetValue(quarter), today, out q, out var problem)) throw new UsageException($"--quarter: {problem}");
            // The CLI is run by whoever operates the server: it reports over every case (system scope).
            var report = await scope.ServiceProvider.GetRequiredService<QuarterlyReport>().ComputeAsync(q, Actor.System, ct);
            // Without --min-cell the operator gets the exact counts; with it, the tables as they may be published.
            var published = parsed.GetValue(minCell) is { } n ? QuarterlyPublication.Publish(report, new Features.Reports.Disclosure.DisclosureRules(n)) : null;
            Task Write(TextWriter w) => published is null ? ReportFormats.WriteAsync(report, fmt, w) : ReportFormats.WriteAsync(published, fmt, w);
            if (parsed.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName);
                await Write(writer);
                Console.Error.WriteLine($"Wrote {file.FullName}.");
            }
            else await Write(Console.Out);
            return HartlineCli.Ok;
        }));
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
        return new Command("report", "Statistics") { quarterly, referrals };
    }
}

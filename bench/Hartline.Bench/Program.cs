using Hartline.Bench;
using Hartline.Bench.Checks;
using Hartline.Bench.Linkage;
using Hartline.Bench.Measures;
using Hartline.Bench.Reports;
using Hartline.Bench.Storage;
using Hartline.Bench.Synthetic;
using Hartline.Data;
using Hartline.Jurisdictions;

// Exit codes: 0 all good, 1 the two reports disagree, 2 bad arguments, 3 the loaded data does not read back through EF.
var log = Console.Error;

// --linkage selects the record-linkage benchmark instead (Linkage/); the quarterly report stays the default.
if (LinkageBenchOptions.Selected(args))
{
    LinkageBenchOptions linkage;
    try { linkage = LinkageBenchOptions.Parse(args); }
    catch (ArgumentException e)
    {
        log.WriteLine($"bench: {e.Message}\n{LinkageBenchOptions.Usage}");
        return 2;
    }
    return LinkageBench.Run(linkage, log);
}

// --load selects the case pages under load (Load/): the real server in a process of its own.
if (Hartline.Bench.Load.LoadOptions.Selected(args))
{
    Hartline.Bench.Load.LoadOptions load;
    try { load = Hartline.Bench.Load.LoadOptions.Parse(args); }
    catch (ArgumentException e)
    {
        log.WriteLine($"bench: {e.Message}\n{Hartline.Bench.Load.LoadOptions.Usage}");
        return 2;
    }
    return await Hartline.Bench.Load.LoadBench.RunAsync(load, log);
}

BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (ArgumentException e)
{
    log.WriteLine($"bench: {e.Message}\n{BenchOptions.Usage}");
    return 2;
}

var jurisdiction = Jurisdiction.Load("connecticut");
var target = DatabaseTarget.Parse("sqlite:" + options.DbPath);
var caseload = new SyntheticCaseload(jurisdiction, options.Seed, options.Cases);

// Reuse only a file that holds exactly this caseload: the right count, and sample intake records that
// match a fresh run of the generator (so a file filled with another seed is refilled).
var readBack = options.Reuse && BulkLoader.CountCases(target) == options.Cases
    ? await EfReadBack.CheckAsync(target, caseload)
    : null;
if (readBack is { Ok: false }) log.WriteLine($"bench: {options.DbPath} holds other data ({readBack.Problems[0]}); refilling.");

if (readBack is { Ok: true })
{
    log.WriteLine($"bench: reusing {options.DbPath}");
    MeasureLines.Write(new FillLine(options.Cases, options.Seed, true, null, null, null, null, null, null,
        MeasureLines.Round(new FileInfo(options.DbPath).Length / 1048576.0), null, options.DbPath));
}
else
{
    log.WriteLine($"bench: filling {options.DbPath} with {options.Cases:N0} cases (seed {options.Seed})");
    PeakMemory.Reset();
    var fill = await BulkLoader.FillAsync(target, caseload, log);
    var rows = fill.Rows.Values.Sum();
    MeasureLines.Write(new FillLine(options.Cases, options.Seed, false, rows, fill.Rows.GetValueOrDefault("PersonRaceEthnicities"),
        fill.Rows.GetValueOrDefault("CaseAccessGrants"), MeasureLines.Round(fill.MigrateMs), MeasureLines.Round(fill.TotalMs),
        Math.Round(rows / ((fill.TotalMs - fill.MigrateMs) / 1000)), MeasureLines.Round(fill.FileBytes / 1048576.0),
        MeasureLines.Round(PeakMemory.Megabytes()), options.DbPath));
    readBack = await EfReadBack.CheckAsync(target, caseload);
}

if (!ReadBackPassed("sqlite", readBack)) return 3;

// The loader writes the records alone: the statistics' reporting rows are made here, as the app makes them for a
// database that predates them (and a no-op on a reused file that has them); the copy below then carries them.
await CompleteReportingRowsAsync(target);

// --postgres: the same rows copied into PostgreSQL and read back through EF there too, before any timing.
var postgres = options.Postgres is { } connection ? DatabaseTarget.Parse(connection) with { Keys = target.ResolveKeys() } : null; // the copy carries the SQLite file's encrypted values
if (postgres is not null)
{
    await PostgresCopy.CopyOrReuseAsync(target, postgres, options, log);
    if (!ReadBackPassed("postgres", await EfReadBack.CheckAsync(postgres, caseload))) return 3;
    await CompleteReportingRowsAsync(postgres);
}

var agree = true;
DatabaseTarget[] reportedOn = postgres is null ? [target] : [target, postgres];
foreach (var reported in reportedOn)
{
    if (!options.StatisticsOnly && !await new ReportBench(reported, jurisdiction, options).RunAsync(log))
    {
        log.WriteLine($"bench: the EF report and the hand-written SQL disagree on {reported.Provider} (see MISMATCH lines).");
        agree = false;
    }
    await new StatisticsBench(reported, options).RunAsync(log);
}
return agree ? 0 : 1;

bool ReadBackPassed(string provider, ReadBackResult result)
{
    MeasureLines.Write(new ReadBackLine(provider, options.Cases, result.CasesCounted, result.PeopleCounted, result.ReferralsCounted,
        result.Sampled, result.Ok));
    foreach (var problem in result.Problems) log.WriteLine($"bench: read-back ({provider}): {problem}");
    return result.Ok;
}

async Task CompleteReportingRowsAsync(DatabaseTarget on)
{
    await using var db = on.CreateContext(on.Options());
    var clock = System.Diagnostics.Stopwatch.StartNew();
    await on.MigrateAsync(db);
    log.WriteLine($"bench: reporting rows complete on {on.Provider} ({clock.Elapsed.TotalSeconds:F1} s)");
}

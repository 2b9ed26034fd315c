using Hartline.Bench.Measures;

namespace Hartline.Bench.Load;

/// <summary>
/// Case pages and case API reads under load, against the real server in a process of its own, compared
/// with its <c>/health</c> (one database check) and its bare <c>/health/live</c> (none); then checks that every successful case read left its read events.
/// Exit codes: 0 good, 2 bad arguments, 4 errors answered or read audit incomplete, 5 no server.
/// </summary>
internal static class LoadBench
{
    private const int StatisticsConnections = 4;

    public static async Task<int> RunAsync(LoadOptions o, TextWriter log)
    {
        var server = o.Server ?? Path.Combine(AppContext.BaseDirectory, "hartline.dll");
        if (!File.Exists(server) || !File.Exists(Path.ChangeExtension(server, ".runtimeconfig.json")))
        {
            log.WriteLine($"bench: no runnable server at {server}; build src/Hartline and pass --server PATH/hartline.dll");
            return 5;
        }
        await LoadSetup.EnsureCaseloadAsync(o, log);
        var (email, password, userId, key) = await LoadSetup.AddCoordinatorAsync(o.DbPath);
        var ids = LoadSetup.SampleCaseIds(o.DbPath, 10_000);
        var lists = ListAndSearchPaths.Sample(o.DbPath, 10_000);
        var casesBefore = LoadSetup.CountReads(o.DbPath, userId, "Case");
        var personsBefore = LoadSetup.CountReads(o.DbPath, userId, "Person");

        log.WriteLine($"bench: starting {server} on {o.DbPath}");
        await using var process = await ServerProcess.StartAsync(server, o.DbPath, log);
        // Before any load: the index's build is measured alone, from the server process's start.
        MeasureLines.Write(await process.RegistryStartAsync(TimeSpan.FromMinutes(o.Cases > 10_000 ? 10 : 1)));
        using var client = new LoadClient(process.BaseAddress, o.Connections);
        await client.SignInAsync(email, password, key);

        string Page(Random r) => $"/Cases/{ids[r.Next(ids.Count)]}";
        string Api(Random r) => $"/api/v1/cases/{ids[r.Next(ids.Count)]}";
        var failed = false;
        long caseReadsOk = 0;

        log.WriteLine($"bench: warming up {o.WarmupSeconds} s");
        caseReadsOk += (await client.RunAsync(r => r.Next(2) == 0 ? Page(r) : Api(r), o.WarmupSeconds, null)).Ok;

        var bare = await Measure("bare", _ => "/health/live", null, null, null);
        var health = await Measure("health", _ => "/health", null, null, bare.ReqS);
        foreach (var (target, path) in new (string, Func<Random, string>)[] { ("case_page", Page), ("case_api", Api) })
        {
            caseReadsOk += (await Measure(target, path, null, health.ReqS, bare.ReqS)).Ok;
            if (o.Rate is { } rate) caseReadsOk += (await Measure(target, path, rate, health.ReqS, bare.ReqS)).Ok;
        }

        // Every answered read was audited before its answer: the counts must match now, server still up.
        var cases = LoadSetup.CountReads(o.DbPath, userId, "Case") - casesBefore;
        var persons = LoadSetup.CountReads(o.DbPath, userId, "Person") - personsBefore;
        var complete = cases == caseReadsOk && persons == caseReadsOk;
        MeasureLines.Write(new ReadAuditLine(caseReadsOk, cases, persons, complete));
        if (!complete) log.WriteLine("bench: the read audit does not match the successful case reads");

        // After the audit check: a search writes person reads of its own (one per youth listed).
        foreach (var (target, path) in new (string, Func<Random, string>)[] { ("case_list", lists.CaseList), ("search", lists.Search) })
        {
            await client.RunAsync(path, Math.Min(o.WarmupSeconds, 3), null); // the search index is built on the first search
            await Measure(target, path, null, health.ReqS, bare.ReqS);
            if (o.Rate is { } rate) await Measure(target, path, Math.Min(rate, 100), health.ReqS, bare.ReqS);
        }
        // The statistics document as a user asks for it, whole (every table, comparisons, the trend), through a few
        // connections: each request reads every case of ten quarters, so a handful at once is already a busy team.
        // One analyst alone, then four at once.
        if (o.StatisticsPeriod is { } period)
            foreach (var connections in new[] { 1, StatisticsConnections })
            {
                using var analysts = new LoadClient(process.BaseAddress, connections);
                await analysts.SignInAsync(email, password, key);
                foreach (var format in new[] { "xlsx", "pdf" })
                {
                    string Document(Random _) => $"/api/v1/statistics?period={Uri.EscapeDataString(period)}&format={format}";
                    await analysts.RunAsync(Document, Math.Min(o.WarmupSeconds, 5), null);
                    await Measure($"statistics_{format}", Document, null, health.ReqS, bare.ReqS, analysts, connections);
                }
            }
        return failed || !complete ? 4 : 0;

        // Server and client CPU per request are measured too: on 2 shared cores req/s moves with whatever
        // else runs, CPU per request much less.
        async Task<LoadResult> Measure(string target, Func<Random, string> path, int? rate, double? healthReqS, double? bareReqS, LoadClient? through = null, int? throughConnections = null)
        {
            var (server0, client0) = (process.CpuTime, Environment.CpuUsage.TotalTime);
            var r = await (through ?? client).RunAsync(path, o.Seconds, rate);
            var (server1, client1) = (process.CpuTime, Environment.CpuUsage.TotalTime);
            double? Ratio(double? to) => to is { } t ? Math.Round(r.ReqS / t, 3) : null;
            double PerRequest(TimeSpan cpu) => r.Requests == 0 ? 0 : Math.Round(cpu.TotalMilliseconds / r.Requests, 3);
            MeasureLines.Write(new LoadLine(target, rate is null ? "max" : "rate", o.Cases, throughConnections ?? o.Connections, rate, MeasureLines.Round(r.Seconds),
                r.Requests, r.Ok, r.Errors, Math.Round(r.ReqS), MeasureLines.Round(r.Percentile(0.50)), MeasureLines.Round(r.Percentile(0.95)),
                MeasureLines.Round(r.Percentile(0.99)), MeasureLines.Round(r.Percentile(1.0)),
                Ratio(healthReqS), Ratio(bareReqS), PerRequest(server1 - server0), PerRequest(client1 - client0)));
            foreach (var (ms, slow) in r.Slowest.Take(5)) log.WriteLine($"bench: {target} ({rate?.ToString() ?? "max"}) slow: {ms:F0} ms {slow}");
            if (r.Errors == 0) return r;
            failed = true;
            log.WriteLine($"bench: {target} ({rate?.ToString() ?? "max"}) errors: {string.Join(", ", r.ErrorKinds.Select(k => $"{k.Key}×{k.Value}"))}");
            return r;
        }
    }
}

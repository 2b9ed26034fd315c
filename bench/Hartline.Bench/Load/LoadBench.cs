using Hartline.Bench.Measures;

namespace Hartline.Bench.Load;

/// <summary>
/// Case pages and case API reads under load, against the real server in a process of its own, compared
/// with its bare <c>/health</c>; then checks that every successful case read left its read events.
/// Exit codes: 0 good, 2 bad arguments, 4 errors answered or read audit incomplete, 5 no server.
/// </summary>
internal static class LoadBench
{
    public static async Task<int> RunAsync(LoadOptions o, TextWriter log)
    {
        var server = o.Server ?? Path.Combine(AppContext.BaseDirectory, "hartline.dll");
        if (!File.Exists(server) || !File.Exists(Path.ChangeExtension(server, ".runtimeconfig.json")))
        {
            log.WriteLine($"bench: no runnable server at {server}; build src/Hartline and pass --server PATH/hartline.dll");
            return 5;
        }
        await LoadSetup.EnsureCaseloadAsync(o, log);
        var (email, password, userId) = await LoadSetup.AddCoordinatorAsync(o.DbPath);
        var ids = LoadSetup.SampleCaseIds(o.DbPath, 10_000);
        var casesBefore = LoadSetup.CountReads(o.DbPath, userId, "Case");
        var personsBefore = LoadSetup.CountReads(o.DbPath, userId, "Person");

        log.WriteLine($"bench: starting {server} on {o.DbPath}");
        await using var process = await ServerProcess.StartAsync(server, o.DbPath, log);
        using var client = new LoadClient(process.BaseAddress, o.Connections);
        await client.SignInAsync(email, password);

        string Page(Random r) => $"/Cases/{ids[r.Next(ids.Count)]}";
        string Api(Random r) => $"/api/v1/cases/{ids[r.Next(ids.Count)]}";
        var failed = false;
        long caseReadsOk = 0;

        log.WriteLine($"bench: warming up {o.WarmupSeconds} s");
        caseReadsOk += (await client.RunAsync(r => r.Next(2) == 0 ? Page(r) : Api(r), o.WarmupSeconds, null)).Ok;

        var health = await client.RunAsync(_ => "/health", o.Seconds, null);
        Write("health", "max", null, health, null);
        foreach (var (target, path) in new (string, Func<Random, string>)[] { ("case_page", Page), ("case_api", Api) })
        {
            var max = await client.RunAsync(path, o.Seconds, null);
            Write(target, "max", null, max, health.ReqS);
            caseReadsOk += max.Ok;
            if (o.Rate is not { } rate) continue;
            var paced = await client.RunAsync(path, o.Seconds, rate);
            Write(target, "rate", rate, paced, health.ReqS);
            caseReadsOk += paced.Ok;
        }

        // Every answered read was audited before its answer: the counts must match now, server still up.
        var cases = LoadSetup.CountReads(o.DbPath, userId, "Case") - casesBefore;
        var persons = LoadSetup.CountReads(o.DbPath, userId, "Person") - personsBefore;
        var complete = cases == caseReadsOk && persons == caseReadsOk;
        MeasureLines.Write(new ReadAuditLine(caseReadsOk, cases, persons, complete));
        if (!complete) log.WriteLine("bench: the read audit does not match the successful case reads");
        return failed || !complete ? 4 : 0;

        void Write(string target, string mode, int? rate, LoadResult r, double? healthReqS)
        {
            MeasureLines.Write(new LoadLine(target, mode, o.Cases, o.Connections, rate, MeasureLines.Round(r.Seconds), r.Requests, r.Ok,
                r.Errors, Math.Round(r.ReqS), MeasureLines.Round(r.Percentile(0.50)), MeasureLines.Round(r.Percentile(0.95)),
                MeasureLines.Round(r.Percentile(0.99)), MeasureLines.Round(r.Percentile(1.0)),
                healthReqS is { } h ? Math.Round(r.ReqS / h, 3) : null));
            if (r.Errors == 0) return;
            failed = true;
            log.WriteLine($"bench: {target} ({mode}) errors: {string.Join(", ", r.ErrorKinds.Select(k => $"{k.Key}×{k.Value}"))}");
        }
    }
}

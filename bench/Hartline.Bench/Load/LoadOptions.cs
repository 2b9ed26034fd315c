namespace Hartline.Bench.Load;

/// <summary>Command line of the load benchmark (<c>--load</c>); see <see cref="Usage"/>.</summary>
internal sealed record LoadOptions(int Cases, int Seed, string DbPath, string? Server, int Connections, double Seconds,
    double WarmupSeconds, int? Rate, string? StatisticsPeriod = null)
{
    public const string Usage =
        "usage: Hartline.Bench --load [--cases 100000] [--seed 42] [--db PATH] [--server PATH/hartline.dll]\n" +
        "                      [--connections 64] [--seconds 10] [--warmup 10] [--rate 1000] [--statistics 2019Q3] [--smoke]\n" +
        "  --server       the built app (default: hartline.dll beside the bench)\n" +
        "  --connections  concurrent connections (each keeps one request in flight)\n" +
        "  --seconds      length of each measure; --warmup before the first\n" +
        "  --rate         also measure latency at this fixed request rate (0 = skip)\n" +
        "  --statistics   also the statistics document of that period (published, every table, the trend) as XLSX and PDF,\n" +
        "                 through a few connections (each request reads every case of the period)\n" +
        "  --smoke        a few hundred cases, 8 connections, 2-second measures: checks the whole path quickly";

    public static bool Selected(string[] args) => args.Contains("--load");

    public static LoadOptions Parse(string[] args)
    {
        var smoke = args.Contains("--smoke");
        int cases = smoke ? 300 : 100_000, seed = 42, connections = smoke ? 8 : 64;
        int? rate = smoke ? 100 : 1000;
        // Ten seconds of warm-up: on 2 busy cores the JIT's tier-1 compiles of the page path were still running after 3.
        double seconds = smoke ? 2 : 10, warmup = smoke ? 1 : 10;
        string? db = null, server = null, statistics = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--load" or "--smoke": break;
                case "--cases": cases = Positive("--cases", Value()); break;
                case "--seed": seed = int.TryParse(Value(), out var s) ? s : throw new ArgumentException("--seed must be an integer."); break;
                case "--db": db = Value(); break;
                case "--server": server = Value(); break;
                case "--connections": connections = Math.Min(Positive("--connections", Value()), 1024); break;
                case "--seconds": seconds = Math.Min(Positive("--seconds", Value()), 600); break;
                case "--warmup": warmup = Math.Min(Positive("--warmup", Value()), 600); break;
                case "--statistics": statistics = Value(); break;
                case "--rate":
                    var r = Value();
                    rate = r == "0" ? null : Positive("--rate", r);
                    break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }
        if (db is not null && db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) db = db["sqlite:".Length..];
        db ??= BenchOptions.Parse(["--cases", cases.ToString(), "--seed", seed.ToString()]).DbPath;
        return new LoadOptions(cases, seed, Path.GetFullPath(db), server, connections, seconds, warmup, rate, statistics);
    }

    private static int Positive(string name, string text) =>
        int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}

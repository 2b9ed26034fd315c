using Hartline.Data;
using Hartline.Features.Reports;

namespace Hartline.Bench;

/// <summary>Command line: --cases N [--seed S] [--db PATH] [--reuse] [--quarter 2019Q3] [--runs 5] [--postgres CONNECTION] [--statistics-only].</summary>
/// <param name="Postgres">A PostgreSQL connection string: the SQLite file is copied there and the report timed there too.</param>
internal sealed record BenchOptions(int Cases, int Seed, string DbPath, bool Reuse, Quarter Quarter, int Runs, string? Postgres = null, bool StatisticsOnly = false)
{
    public const string Usage =
        "usage: Hartline.Bench --cases N [--seed 42] [--db PATH] [--reuse] [--quarter 2019Q3] [--runs 5] [--postgres CONNECTION] [--statistics-only]\n" +
        "  --cases    number of synthetic cases (one youth and one referral each)\n" +
        "  --seed     generator seed: the same seed and size give the same data\n" +
        "  --db       SQLite file (default: bench/out/hartline-<cases>-seed<seed>.db under the repository)\n" +
        "  --reuse    keep an existing file that already holds this caseload instead of refilling it\n" +
        "  --quarter  the reported quarter; the middle of 2015–2024 by default\n" +
        "  --runs     timed runs per report, after one warm-up\n" +
        "  --postgres \"Host=…;Port=…;Username=…;Password=…;Database=…\": also copy the file into that database\n" +
        "             (dropped and recreated; with --reuse kept when it holds this caseload) and time the report there\n" +
        "  --statistics-only  time the statistics catalogue alone (not the seed tables against the hand-written SQL)\n" +
        "or:    Hartline.Bench --linkage --records N [...]   the record-linkage benchmark (Hartline.Bench --linkage for its options)";

    public static BenchOptions Parse(string[] args)
    {
        int? cases = null;
        var seed = 42;
        string? db = null;
        var reuse = false;
        var quarter = new Quarter(2019, 3);
        var runs = 5;
        string? postgres = null;
        var statisticsOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--cases": cases = PositiveInt("--cases", Value()); break;
                case "--seed": seed = int.TryParse(Value(), out var s) ? s : throw new ArgumentException("--seed must be an integer."); break;
                case "--db": db = Value(); break;
                case "--reuse": reuse = true; break;
                case "--quarter":
                    var text = Value();
                    if (!Quarter.TryParse(text, out quarter)) throw new ArgumentException($"--quarter: '{text}' is not {Quarter.FormatHint}.");
                    break;
                case "--runs": runs = PositiveInt("--runs", Value()); break;
                case "--postgres": postgres = Value(); break;
                case "--statistics-only": statisticsOnly = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }
        if (cases is null) throw new ArgumentException("--cases is required.");
        // DatabaseTarget's own syntax is accepted too, but only SQLite files make sense here.
        if (db is not null && db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) db = db["sqlite:".Length..];
        // Checked now, so a typo fails before a minute of filling rather than after.
        if (postgres is not null && !NamesPostgresDatabase(postgres))
            throw new ArgumentException("--postgres needs a PostgreSQL connection string with Host=… and Database=….");
        return new BenchOptions(cases.Value, seed, Path.GetFullPath(db ?? DefaultPath(cases.Value, seed)), reuse, quarter, runs, postgres, statisticsOnly);
    }

    private static bool NamesPostgresDatabase(string connection)
    {
        try
        {
            return DatabaseTarget.Parse(connection).Provider == DatabaseProvider.PostgreSql
                && new Npgsql.NpgsqlConnectionStringBuilder(connection).Database is { Length: > 0 };
        }
        catch (Exception e) when (e is FormatException or ArgumentException) { return false; }
    }

    private static int PositiveInt(string name, string text) =>
        int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");

    /// <summary>Under the repository's bench/out/ (git-ignored), found from the working folder; else ./bench/out/.</summary>
    private static string DefaultPath(int cases, int seed)
    {
        var folder = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hartline.slnx"))) folder = folder.Parent;
        var root = folder?.FullName ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "bench", "out", $"hartline-{cases}-seed{seed}.db");
    }
}

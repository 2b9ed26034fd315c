using System.Diagnostics;
using Hartline.Bench.Measures;
using Hartline.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hartline.Bench.Storage;

public sealed record CopyResult(IReadOnlyDictionary<string, long> Rows, double MigrateMs, double AnalyzeMs, double TotalMs);

/// <summary>
/// Copies the filled SQLite file into PostgreSQL (--postgres), so the report is timed on the same rows in
/// both. Generic on purpose: every table that has rows in the file and exists in the migrated PostgreSQL
/// schema is copied, column by column as PostgreSQL declares them, so a table or column the app adds is
/// carried over without a change here (a column type never seen before stops the copy by name).
/// </summary>
internal static class PostgresCopy
{
    /// <summary>Copies unless <paramref name="reuse"/> and the database already holds this caseload; writes the fill line.</summary>
    public static async Task CopyOrReuseAsync(DatabaseTarget sqlite, DatabaseTarget postgres, BenchOptions options, TextWriter log)
    {
        var where = PostgresDatabase.Describe(postgres.ConnectionString);
        if (options.Reuse && await PostgresDatabase.HoldsAsync(postgres.ConnectionString, options.Cases, SampleCaseIds(sqlite)))
        {
            log.WriteLine($"bench: reusing PostgreSQL {where}");
            MeasureLines.Write(new CopyLine(options.Cases, options.Seed, true, null, null, null, null, null, null,
                await SizeMbAsync(postgres), null, where));
            return;
        }

        log.WriteLine($"bench: copying {sqlite.SqliteFile} into PostgreSQL {where}");
        PeakMemory.Reset();
        var copy = await CopyAsync(sqlite, postgres, log);
        var rows = copy.Rows.Values.Sum();
        var copyMs = copy.TotalMs - copy.MigrateMs - copy.AnalyzeMs;
        MeasureLines.Write(new CopyLine(options.Cases, options.Seed, false, rows, copy.Rows, MeasureLines.Round(copy.MigrateMs),
            MeasureLines.Round(copy.AnalyzeMs), MeasureLines.Round(copy.TotalMs), Math.Round(rows / (copyMs / 1000)),
            await SizeMbAsync(postgres), MeasureLines.Round(PeakMemory.Megabytes()), where));
    }

    public static async Task<CopyResult> CopyAsync(DatabaseTarget sqlite, DatabaseTarget postgres, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        await PostgresDatabase.RecreateAsync(postgres.ConnectionString);
        await using (var db = postgres.CreateContext(postgres.Options())) await postgres.MigrateAsync(db);
        var migrateMs = clock.Elapsed.TotalMilliseconds;

        using var source = new SqliteConnection(new SqliteConnectionStringBuilder(sqlite.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        source.Open();
        // No command timeout: a million-row COPY or the ANALYZE after it can outlast the 30 s default.
        await using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { CommandTimeout = 0 }.ToString());
        await target.OpenAsync();
        var schema = await PostgresColumn.ReadAllAsync(target);

        // Foreign-key triggers off for this session only: tables can then go in any order, cycles and
        // self-references included. The SQLite file was loaded with foreign_keys=ON, so every reference
        // already points at a row. (The migrations define no triggers of their own to be skipped.)
        Execute(target, "SET session_replication_role = replica");
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            foreach (var table in SourceTables(source))
            {
                if (!schema.TryGetValue(table, out var columns))
                {
                    log.WriteLine($"bench: copy: {table} has rows but no PostgreSQL table; skipped.");
                    continue;
                }
                var inFile = SourceColumns(source, table);
                var missing = columns.Where(c => !inFile.Contains(c.Name)).Select(c => c.Name).ToList();
                if (missing.Count > 0) log.WriteLine($"bench: copy: {table}: not in the SQLite file, left to their defaults: {string.Join(", ", missing)}");
                var copied = columns.Where(c => inFile.Contains(c.Name)).ToList();

                var started = clock.Elapsed;
                rows[table] = TableCopy.Copy(source, target, table, copied);
                TableCopy.MoveSequences(target, table, copied);
                log.WriteLine($"bench: copy: {table}: {rows[table]:N0} rows in {(clock.Elapsed - started).TotalSeconds:F1} s");
            }
        }
        finally
        {
            Execute(target, "SET session_replication_role = DEFAULT");
        }

        // Fresh statistics, as a database grown by the app would have from autovacuum: without them the
        // planner guesses row counts and the report's plans would say little.
        var analyzeStarted = clock.Elapsed;
        Execute(target, "ANALYZE");
        var analyzeMs = (clock.Elapsed - analyzeStarted).TotalMilliseconds;
        return new CopyResult(rows, migrateMs, analyzeMs, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The file's tables that have at least one row, leaving out SQLite's own and EF's migration history.</summary>
    private static List<string> SourceTables(SqliteConnection source)
    {
        var names = new List<string>();
        using (var command = source.CreateCommand())
        {
            command.CommandText = """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> '__EFMigrationsHistory'
                ORDER BY name
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        return names.Where(name =>
        {
            using var command = source.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {TableCopy.Quote(name)})";
            return (long)command.ExecuteScalar()! == 1;
        }).ToList();
    }

    private static HashSet<string> SourceColumns(SqliteConnection source, string table)
    {
        using var command = source.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>The first and last case ids of the file (by text): enough to tell another seed's caseload apart.</summary>
    private static IReadOnlyList<Guid> SampleCaseIds(DatabaseTarget sqlite)
    {
        using var connection = new SqliteConnection(sqlite.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(Id), max(Id) FROM Cases";
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0) ? [] : [Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1))];
    }

    private static async Task<double> SizeMbAsync(DatabaseTarget postgres) =>
        MeasureLines.Round(await PostgresDatabase.SizeBytesAsync(postgres.ConnectionString) / 1048576.0);

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

using System.Diagnostics;
using Hartline.Bench.Synthetic;
using Hartline.Data;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Storage;

public sealed record FillResult(int Cases, IReadOnlyDictionary<string, long> Rows, double MigrateMs, double TotalMs, long FileBytes);

/// <summary>
/// Creates the schema with the app's real migrations, then loads the synthetic caseload with raw
/// ADO.NET: EF change tracking (and the audit trail it drives) would take hours for a million cases.
/// </summary>
internal static class BulkLoader
{
    /// <summary>Rows per transaction: big enough that commits are rare, small enough to keep the WAL modest.</summary>
    public const int RowsPerTransaction = 50_000;

    public static async Task<FillResult> FillAsync(DatabaseTarget target, SyntheticCaseload caseload, TextWriter log)
    {
        var file = target.SqliteFile ?? throw new ArgumentException("The bench fills SQLite files only.");
        DeleteDatabase(file);

        var clock = Stopwatch.StartNew();
        await using (var db = target.CreateContext(target.Options())) await target.MigrateAsync(db);
        var migrateMs = clock.Elapsed.TotalMilliseconds;
        // The migration's pooled connection would stay open and block leaving WAL mode at the end.
        SqliteConnection.ClearAllPools();

        // No pooling: closing must really close, so the journal mode switch below leaves no -wal file behind.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        // Load-time settings only. WAL and synchronous=OFF skip most fsyncs; a crash mid-load just means refilling.
        // Foreign keys stay on, so the load itself proves every reference points at a row.
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144;");

        using var writer = new CaseloadWriter(connection, target.ResolveKeys());
        SchemaCheck.Verify(connection, writer.Commands, log);

        var transaction = connection.BeginTransaction();
        writer.Use(transaction, prepare: true);
        foreach (var agency in caseload.Agencies.All) writer.Write(agency);

        long sinceCommit = 0;
        var written = 0;
        foreach (var intake in caseload.IntakeRecords())
        {
            sinceCommit += writer.Write(intake);
            if (++written % 100_000 == 0) log.WriteLine($"bench: {written:N0} of {caseload.CaseCount:N0} cases written ({clock.Elapsed.TotalSeconds:F1} s)");
            if (sinceCommit < RowsPerTransaction) continue;
            transaction.Commit();
            transaction.Dispose();
            transaction = connection.BeginTransaction();
            writer.Use(transaction, prepare: false);
            sinceCommit = 0;
        }
        transaction.Commit();
        transaction.Dispose();

        // Back to the default rollback journal: this checkpoints the WAL into the file, which is then
        // self-contained and opened by the app exactly as one it had filled itself.
        Execute(connection, "PRAGMA journal_mode=DELETE;");
        connection.Close();
        var totalMs = clock.Elapsed.TotalMilliseconds;
        return new FillResult(caseload.CaseCount, writer.Rows, migrateMs, totalMs, new FileInfo(file).Length);
    }

    /// <summary>Cases in an existing file, or null when there is no file or no Cases table.</summary>
    public static long? CountCases(DatabaseTarget target)
    {
        if (target.SqliteFile is not { } file || !File.Exists(file)) return null;
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'Cases'";
        if ((long)command.ExecuteScalar()! == 0) return null;
        command.CommandText = "SELECT count(*) FROM Cases";
        return (long)command.ExecuteScalar()!;
    }

    private static void DeleteDatabase(string file)
    {
        // Pooled connections (EF's, or a reuse check's) would keep the old file open.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
            if (File.Exists(path)) File.Delete(path);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

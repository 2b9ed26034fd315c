using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// Where the data lives, from <c>--db</c> / <c>HARTLINE_DB</c>: <c>sqlite:PATH</c> or a PostgreSQL
/// connection string (<c>Host=…;Database=…</c>).
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/hartline.db";

    public static DatabaseTarget Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? $"sqlite:{DefaultSqlitePath}" : value.Trim();
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = text["sqlite:".Length..];
            if (path.Length == 0) throw new FormatException("--db: 'sqlite:' needs a file path, e.g. sqlite:data/hartline.db");
            return new(DatabaseProvider.Sqlite, $"Data Source={path}");
        }
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.PostgreSql, text);
        throw new FormatException("--db: expected sqlite:PATH or a PostgreSQL connection string such as Host=127.0.0.1;Database=hartline;Username=…");
    }

    /// <summary>The field keys for this database; when not given, found as <see cref="Protection.FieldKeySource"/> says.</summary>
    public Security.Protection.FieldKeys? Keys { get; init; }

    public Security.Protection.FieldKeys ResolveKeys() => Keys ?? Protection.FieldKeySource.Resolve(null, this);

    public string? SqliteFile => Provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public DbContextOptions<HartlineDb> Options()
    {
        var b = new DbContextOptionsBuilder<HartlineDb>();
        if (Provider == DatabaseProvider.Sqlite) b.UseSqlite(ConnectionString);
        else b.UseNpgsql(ConnectionString);
        Protection.FieldProtectionOptions.UseFieldProtection(b, ResolveKeys());
        // HARTLINE_LOG_SQL=1 writes every command with its time to standard error: for finding a slow query
        // (the pooled contexts do not use the host's loggers, so logging settings do not reach them).
        if (Environment.GetEnvironmentVariable("HARTLINE_LOG_SQL") == "1")
            b.LogTo(Console.Error.WriteLine, [RelationalEventId.CommandExecuted]);
        return b.Options;
    }

    public HartlineDb CreateContext(DbContextOptions<HartlineDb> options) => Provider == DatabaseProvider.Sqlite
        ? new SqliteHartlineDb(options) : new PostgresHartlineDb(options);

    /// <summary>Creates the SQLite folder when needed, then applies this provider's migrations.</summary>
    public async Task MigrateAsync(HartlineDb db, CancellationToken ct = default)
    {
        if (SqliteFile is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir) Directory.CreateDirectory(dir);
        var pending = await db.Database.GetPendingMigrationsAsync(ct);
        await db.Database.MigrateAsync(ct);
        // Values saved before field encryption are encrypted now, once, with the keys the migration could not have.
        if (pending.Any(m => m.EndsWith("_" + Protection.FieldKeySource.FieldEncryptionMigration, StringComparison.Ordinal)))
            await Protection.FieldSweep.AfterEncryptionMigrationAsync(db, this, ct);
        // Audit events written before the chain existed are sealed and chained as they stand, once.
        if (pending.Any(m => m.EndsWith("_" + Security.Audit.Chain.AuditChain.Migration, StringComparison.Ordinal)))
            await Security.Audit.Chain.AuditChain.SealBeforeChainAsync(db, ct);
        // Cases saved before the statistics' reporting rows existed get theirs (once; a no-op after).
        await Features.Reports.Statistics.Reporting.ReportingRebuild.CompleteAsync(db, ct);
        // WAL lets intake keep saving while a long report reads (the setting is kept in the file).
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await SqliteStatistics.RefreshAsync(db, ct); // a database loaded or grown while the server was down
        }
    }
}

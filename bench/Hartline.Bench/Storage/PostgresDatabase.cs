using Npgsql;

namespace Hartline.Bench.Storage;

/// <summary>Whole-database chores on the PostgreSQL side of the bench: recreate, inspect, size.</summary>
internal static class PostgresDatabase
{
    /// <summary>
    /// Drops and recreates the connection string's database, from the server's maintenance database
    /// ("postgres"). FORCE ends sessions still open on it (a bench killed mid-run leaves some).
    /// </summary>
    public static async Task RecreateAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database ?? throw new ArgumentException("--postgres needs Database=… (the bench drops and recreates it).");
        builder.Database = "postgres";
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        var quoted = TableCopy.Quote(name);
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection)) await drop.ExecuteNonQueryAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection)) await create.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Whether the database already holds this caseload: the same case count, and the given case ids
    /// (taken from the SQLite file) present, so a database filled from another seed is copied again.
    /// </summary>
    public static async Task<bool> HoldsAsync(string connectionString, long cases, IReadOnlyList<Guid> sampleIds)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """SELECT (SELECT count(*) FROM "Cases"), (SELECT count(*) FROM "Cases" WHERE "Id" = ANY(@ids))""", connection);
            command.Parameters.AddWithValue("ids", sampleIds.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return reader.GetInt64(0) == cases && reader.GetInt64(1) == sampleIds.Count;
        }
        // No such database (3D000) or no Cases table yet (42P01): nothing to reuse.
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }

    public static async Task<long> SizeBytesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>host:port/database for the measure lines: never the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}

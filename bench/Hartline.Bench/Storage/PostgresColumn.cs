using Npgsql;

namespace Hartline.Bench.Storage;

/// <summary>A column of a migrated PostgreSQL table, as information_schema describes it.</summary>
/// <param name="DataType">information_schema's data_type ("uuid", "timestamp with time zone", "ARRAY", …).</param>
/// <param name="UdtName">The underlying type ("_text" for text[]), which tells an array's element type.</param>
/// <param name="Sequenced">An identity or serial column: its sequence must be moved past the copied values.</param>
internal sealed record PostgresColumn(string Table, string Name, string DataType, string UdtName, bool Sequenced)
{
    /// <summary>
    /// The writable columns of every table in the public schema, by table, in column order. Generated
    /// columns (Cases.LifeOrder is STORED on PostgreSQL) are left out: PostgreSQL computes them and
    /// refuses values for them.
    /// </summary>
    public static async Task<Dictionary<string, List<PostgresColumn>>> ReadAllAsync(NpgsqlConnection connection)
    {
        const string sql = """
            SELECT table_name, column_name, data_type, udt_name,
                   is_identity = 'YES' OR coalesce(column_default, '') LIKE 'nextval(%'
            FROM information_schema.columns
            WHERE table_schema = 'public' AND is_generated <> 'ALWAYS'
            ORDER BY table_name, ordinal_position
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new Dictionary<string, List<PostgresColumn>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var column = new PostgresColumn(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4));
            (tables.TryGetValue(column.Table, out var list) ? list : tables[column.Table] = []).Add(column);
        }
        return tables;
    }
}

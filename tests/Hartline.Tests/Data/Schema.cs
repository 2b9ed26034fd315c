using System.Data.Common;
using Hartline.Data;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Data;

/// <summary>Tables, columns (type, nullability) and indexes of a database, as sorted text lines for comparison.</summary>
internal static class Schema
{
    public static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = TestDatabase.Provider == DatabaseProvider.Sqlite
            ? await Query(connection, """
                SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' pk' || p.pk
                FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\' AND m.name NOT LIKE 'sqlite%'
                UNION ALL
                SELECT 'index ' || name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite%'
                """)
            : await Query(connection, """
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '')
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
                UNION ALL
                SELECT 'index ' || indexname || ' on ' || tablename || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
                """);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> Query(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}

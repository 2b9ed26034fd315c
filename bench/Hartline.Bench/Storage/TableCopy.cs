using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hartline.Bench.Storage;

/// <summary>One table from the SQLite file into PostgreSQL: a plain SELECT streamed into a binary COPY.</summary>
internal static class TableCopy
{
    public static long Copy(SqliteConnection source, NpgsqlConnection target, string table, IReadOnlyList<PostgresColumn> columns)
    {
        var list = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var writers = columns.Select(PostgresValues.For).ToArray();

        using var read = source.CreateCommand();
        read.CommandText = $"SELECT {list} FROM {Quote(table)}";
        using var reader = read.ExecuteReader();
        // The synchronous importer: a million rows of small values, where an await per value would cost more than the value.
        using var importer = target.BeginBinaryImport($"COPY {Quote(table)} ({list}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (reader.Read())
        {
            importer.StartRow();
            for (var i = 0; i < writers.Length; i++)
                if (reader.IsDBNull(i)) importer.WriteNull();
                else writers[i](reader, i, importer);
            rows++;
        }
        importer.Complete();
        return rows;
    }

    /// <summary>
    /// Identity and serial columns were given explicit values: move their sequences past them, so the app
    /// can still insert into a copied database.
    /// </summary>
    public static void MoveSequences(NpgsqlConnection target, string table, IEnumerable<PostgresColumn> columns)
    {
        foreach (var column in columns.Where(c => c.Sequenced))
        {
            using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), (SELECT coalesce(max({Quote(column.Name)}), 0) + 1 FROM {Quote(table)}), false)",
                target);
            command.Parameters.AddWithValue("table", Quote(table));
            command.Parameters.AddWithValue("column", column.Name);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>EF created the tables with mixed-case names, which both databases need quoted.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}

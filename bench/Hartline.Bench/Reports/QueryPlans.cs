using System.Text;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Reports;

/// <summary>SQLite's EXPLAIN QUERY PLAN as an indented tree, for the notes written next to the database.</summary>
internal static class QueryPlans
{
    public static string Explain(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Parameters stay unbound (NULL): without sqlite_stat tables the plan does not depend on their values.
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var depth = new Dictionary<long, int> { [0] = 0 };
        var text = new StringBuilder();
        while (reader.Read())
        {
            var (id, parent, detail) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3));
            depth[id] = depth.GetValueOrDefault(parent) + 1;
            text.Append(' ', 2 * depth[id]).AppendLine(detail);
        }
        return text.ToString();
    }
}

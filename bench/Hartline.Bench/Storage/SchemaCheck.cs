using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Storage;

/// <summary>
/// Compares the loader's column lists with the tables the migrations just created. The app's schema
/// moves while the bench does not, so a renamed column or a new required one fails here, by name,
/// rather than as a constraint error half-way through a million rows.
/// </summary>
internal static class SchemaCheck
{
    public static void Verify(SqliteConnection connection, IEnumerable<InsertCommand> commands, TextWriter log)
    {
        var problems = new List<string>();
        foreach (var command in commands)
        {
            var columns = Columns(connection, command.Table);
            if (columns.Count == 0) { problems.Add($"table {command.Table} does not exist"); continue; }
            foreach (var name in command.Columns.Where(c => !columns.ContainsKey(c)))
                problems.Add($"{command.Table}.{name} does not exist");
            foreach (var (name, required) in columns.Where(c => !command.Columns.Contains(c.Key)))
            {
                if (required) problems.Add($"{command.Table}.{name} is NOT NULL without a default and the loader does not fill it");
                else log.WriteLine($"bench: note: {command.Table}.{name} is left NULL by the loader");
            }
        }
        if (problems.Count > 0)
            throw new InvalidOperationException("The loader no longer matches the migrated schema: " + string.Join("; ", problems) + ".");
    }

    /// <summary>Column name → "must be given" (NOT NULL, no default).</summary>
    private static Dictionary<string, bool> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, \"notnull\", dflt_value FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, bool>();
        while (reader.Read()) columns[reader.GetString(0)] = reader.GetInt64(1) == 1 && reader.IsDBNull(2);
        return columns;
    }
}

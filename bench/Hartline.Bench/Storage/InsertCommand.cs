using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Storage;

/// <summary>One prepared INSERT for one table; parameters are bound by position, in column order.</summary>
internal sealed class InsertCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public InsertCommand(SqliteConnection connection, string table, params string[] columns)
    {
        Table = table;
        Columns = columns;
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
    }

    public string Table { get; }
    public IReadOnlyList<string> Columns { get; }

    public void Prepare(SqliteTransaction transaction)
    {
        _command.Transaction = transaction;
        _command.Prepare();
    }

    public void Use(SqliteTransaction transaction) => _command.Transaction = transaction;

    public void Insert(params object[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"{Table}: {values.Length} values for {_parameters.Length} columns.");
        for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i];
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}

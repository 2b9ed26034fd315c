using Hartline.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// Runs a query EF wrote (so the scope function's filter is in it) and reads its rows column by column: at hundreds of
/// thousands of rows of plain numbers, EF's own materialising costs more than the database's work.
/// </summary>
public static class ReportingReader
{
    /// <param name="open">Called once with the first row's reader before any row is read: look the columns up by name.</param>
    public static async Task<List<T>> ReadAsync<T>(HartlineDb db, IQueryable query, Func<ReportingRow, Func<ReportingRow, T>> open, CancellationToken ct)
    {
        var rows = new List<T>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.GetDbConnection() is SqliteConnection sqlite && SqliteRows.Prepare(sqlite, command) is { } statement)
            {
                using (statement)
                {
                    var read = open(statement);
                    while (statement.Next())
                    {
                        rows.Add(read(statement));
                        if ((rows.Count & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                    }
                }
                return rows;
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            var row = new DataReaderRow(reader);
            var make = open(row);
            while (await reader.ReadAsync(ct)) rows.Add(make(row));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rows;
    }
}

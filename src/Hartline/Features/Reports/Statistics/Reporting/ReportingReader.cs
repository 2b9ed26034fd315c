using System.Data.Common;
using Hartline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// Runs a query EF wrote (so the scope function's filter is in it) and reads its rows column by column: at hundreds of
/// thousands of rows of plain numbers, EF's own materialising costs more than the database's work.
/// </summary>
public static class ReportingReader
{
    /// <param name="open">Called once with the reader before the first row: look the columns up by name.</param>
    public static async Task<List<T>> ReadAsync<T>(HartlineDb db, IQueryable query, Func<DbDataReader, Func<DbDataReader, T>> open, CancellationToken ct)
    {
        var rows = new List<T>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            var read = open(reader);
            while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rows;
    }
}

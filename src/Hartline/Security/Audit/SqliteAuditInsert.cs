using Hartline.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hartline.Security.Audit;

/// <summary>
/// Saves <see cref="AuditWriter"/>'s batches on SQLite through one kept connection and one prepared
/// insert. EF Core sends SQLite one command per row, each parsed and planned afresh: under load that was
/// two statements prepared for every case view (its case and youth events) on top of the view's own
/// reads, and the change tracker's work for each event. The values go through the model's own column
/// mappings (the same text for a date, a Guid or an action as EF writes), so what EF reads back is what
/// EF would have saved. PostgreSQL keeps EF's batch, one round trip for the whole batch.
/// </summary>
internal sealed class SqliteAuditInsert(HartlineDbPool pool, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns = [];
    private byte[]? _sealKey;


    /// <summary>Saves the batch in one transaction; throws when it did not commit (and starts afresh next time).</summary>
    public async Task SaveAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        // The writer's loop is the only caller while it runs; after shutdown, requests still finishing write
        // directly (see AuditWriter.WriteAsync), possibly several at once.
        await _gate.WaitAsync(ct);
        try
        {
            var insert = await PreparedAsync(ct);
            await using var transaction = (SqliteTransaction)await _connection!.BeginTransactionAsync(ct);
            insert.Transaction = transaction;
            // The batch is chained as it is written: this transaction holds SQLite's one write lock, so the head read here
            // stays the head. A separate pass (the sealer) would take that lock again for every batch, and reads waiting on
            // it wait in SQLite's retry sleeps.
            var (seq, chain) = await HeadAsync(transaction, ct);
            foreach (var e in events)
            {
                e.Seal = Chain.AuditSeal.Of(_sealKey!, e);
                e.Seq = ++seq;
                e.Chain = Chain.AuditSeal.Link(_sealKey!, chain, seq, e.Seal);
                chain = e.Chain;
                insert.Parameters.Clear();
                foreach (var (property, mapping, name) in _columns)
                    insert.Parameters.Add(mapping.CreateParameter(insert, name, property.GetGetter().GetClrValueUsingContainingEntity(e), property.IsNullable));
                await insert.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        catch
        {
            // A connection in doubt is not reused: the next batch opens a new one.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The chain's last place and value (as <see cref="Chain.AuditChain"/> reads it), inside the batch's transaction.</summary>
    private async Task<(long Seq, string Chain)> HeadAsync(SqliteTransaction transaction, CancellationToken ct)
    {
        await using var head = _connection!.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = Chain.AuditChain.HeadSql;
        await using var reader = await head.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct)) return (reader.GetInt64(0), reader.GetString(1));
        return (0, Chain.AuditSeal.Start(_sealKey!));
    }

    private async Task<SqliteCommand> PreparedAsync(CancellationToken ct)
    {
        if (_insert is not null) return _insert;
        await using var db = pool.Rent(() => Actor.System, clock);
        _sealKey = Chain.AuditSeal.KeyOf(db.FieldKeys);
        var entity = db.Model.FindEntityType(typeof(AuditEvent))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = entity.GetProperties()
            .Select((p, i) => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), $"@p{i}")).ToArray();
        var columns = string.Join(", ", _columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", _columns.Select(c => c.Name));

        _connection = new SqliteConnection(db.Database.GetConnectionString());
        await _connection.OpenAsync(ct);
        _insert = _connection.CreateCommand();
        _insert.CommandText = $"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ({values})";
        return _insert;
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    /// <summary>Closes the kept connection (at shutdown, once the queue is drained).</summary>
    public void Dispose()
    {
        _gate.Wait();
        try { Close(); }
        finally { _gate.Release(); }
    }

    private void Close()
    {
        _insert?.Dispose();
        _connection?.Dispose();
        (_insert, _connection) = (null, null);
    }
}

using System.Data.Common;
using Hartline.Security.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hartline.Data.Protection;

/// <summary>What a sweep rewrote: values per column, and whether any of them was still plain text.</summary>
public sealed record SweepReport(IReadOnlyDictionary<string, int> Rewritten, int IndexesFilled, bool PlainTextFound)
{
    public int Total => Rewritten.Values.Sum();
}

/// <summary>
/// Brings every protected value under the current key: plain text saved before encryption was turned on, and values
/// under an older key after <c>hartline keys new</c>. Also fills the blind indexes of rows saved before there were any.
/// Runs in batches, each its own short transaction, while the service keeps serving: a value is replaced only if it
/// is still the one read (a save in between already wrote it under the current key), so nothing a person saves is lost.
/// The statements work below Entity Framework, on the columns its model names, so the audit trail and the reporting rows
/// see no change: the values mean the same.
/// </summary>
public static class FieldSweep
{
    public const int DefaultBatch = 1_000;

    /// <param name="keys">The ring to re-encrypt under (its newest key); the context's by default.</param>
    public static async Task<SweepReport> RunAsync(HartlineDb db, int batch = DefaultBatch, Action<string>? progress = null,
        CancellationToken ct = default, FieldKeys? keys = null)
    {
        keys ??= db.FieldKeys;
        var filled = await FillPersonIndexesAsync(db, keys, batch, ct) + await FillCarelineIndexesAsync(db, keys, batch, ct);
        var rewritten = new Dictionary<string, int>();
        var plain = false;
        foreach (var (entity, property) in ProtectedProperties(db.Model))
        {
            var (count, anyPlain) = await RewriteColumnAsync(db, keys, entity, property, batch, ct);
            if (count == 0) continue;
            rewritten[ProtectedColumns.Column(entity, property)] = count;
            plain |= anyPlain;
            progress?.Invoke($"{ProtectedColumns.Column(entity, property)}: {count:N0} values re-encrypted under key {keys.Current}");
        }
        return new SweepReport(rewritten, filled, plain);
    }

    /// <summary>
    /// Right after the migration that turned encryption on: everything saved before is encrypted. The old plain values
    /// would otherwise stay in the file's free pages, so SQLite is compacted; PostgreSQL keeps old row versions until
    /// its tables are rewritten, which the operator is told to do (VACUUM FULL), since it locks each table while it runs.
    /// </summary>
    internal static async Task AfterEncryptionMigrationAsync(HartlineDb db, DatabaseTarget target, CancellationToken ct)
    {
        var report = await RunAsync(db, ct: ct);
        if (!report.PlainTextFound) return;
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        else
            Console.Error.WriteLine($"hartline: {report.Total:N0} values saved before field encryption are now encrypted. PostgreSQL keeps " +
                "the old row versions on disk until the tables are rewritten: run VACUUM FULL in a quiet hour.");
    }

    /// <summary>How many stored values each key version holds, and how many are plain text (version 0).</summary>
    public static async Task<SortedDictionary<int, long>> CountByVersionAsync(HartlineDb db, CancellationToken ct = default)
    {
        var counts = new SortedDictionary<int, long>();
        foreach (var (entity, property) in ProtectedProperties(db.Model))
        {
            var (table, column, _) = Names(entity, property);
            // The version is what lies between the prefix and the colon: read as text, parsed here.
            var rows = await QueryAsync(db, $"SELECT substr({column}, 1, 10), count(*) FROM {table} WHERE {column} IS NOT NULL GROUP BY substr({column}, 1, 10)", [], ct);
            foreach (var row in rows)
            {
                var version = FieldCipher.VersionOf((string)row[0]) ?? 0;
                counts[version] = counts.GetValueOrDefault(version) + Convert.ToInt64(row[1]);
            }
        }
        return counts;
    }

    internal static IEnumerable<(IEntityType Entity, IProperty Property)> ProtectedProperties(IModel model) =>
        from entity in model.GetEntityTypes()
        where entity.GetTableName() is not null
        from property in entity.GetDeclaredProperties()
        where ProtectedColumns.IsProtected(property.PropertyInfo)
        orderby entity.GetTableName(), property.Name
        select (entity, property);

    private static (string Table, string Column, IReadOnlyList<string> Keys) Names(IEntityType entity, IProperty property)
    {
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (Quote(entity.GetTableName()!), Quote(property.GetColumnName(store)!),
            entity.FindPrimaryKey()!.Properties.Select(k => Quote(k.GetColumnName(store)!)).ToList());
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static async Task<(int Count, bool Plain)> RewriteColumnAsync(HartlineDb db, FieldKeys keys, IEntityType entity, IProperty property,
        int batch, CancellationToken ct)
    {
        var (table, column, keyColumns) = Names(entity, property);
        var aad = ProtectedColumns.Column(entity, property);
        var current = $"{FieldCipher.Prefix}{keys.Current}:";
        // In key order from where the last batch ended: each batch reads on from there instead of passing again over
        // the rows already done (from the start, a million rows took quadratic time).
        var select = $"SELECT {string.Join(", ", keyColumns)}, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} NOT LIKE '{current}%'";
        var after = keyColumns.Count == 1 ? $" AND {keyColumns[0]} > @after" : null;
        var order = $" ORDER BY {string.Join(", ", keyColumns)} LIMIT {batch}";
        var where = string.Join(" AND ", keyColumns.Select((k, i) => $"{k} = @k{i}"));
        var update = $"UPDATE {table} SET {column} = @value WHERE {where} AND {column} = @old";
        var (count, plain) = (0, false);
        object? last = null;
        var skipped = new HashSet<string>();
        while (true)
        {
            var rows = (last is null || after is null
                    ? await QueryAsync(db, select + order, [], ct)
                    : await QueryAsync(db, select + after + order, [("@after", last)], ct))
                .Where(r => !skipped.Contains(Key(r))).ToList();
            if (rows.Count == 0) return (count, plain);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var old = (string)row[^1];
                plain |= FieldCipher.VersionOf(old) is null;
                var value = keys.Cipher.Encrypt(keys.Cipher.Decrypt(old, aad), aad);
                var parameters = row[..^1].Select((k, i) => ($"@k{i}", (object?)k)).Append(("@value", value)).Append(("@old", old)).ToArray();
                // Changed since it was read: the save that changed it wrote it under the current key, so it is done.
                if (await ExecuteAsync(db, update, parameters, ct) == 1) count++;
                else skipped.Add(Key(row));
            }
            await transaction.CommitAsync(ct);
            last = rows[^1][0];
        }
    }

    private static string Key(object[] row) => string.Join("|", row[..^1]);

    /// <summary>People saved before the blind indexes existed (their indexes empty) get them, read from their names and dates.</summary>
    private static Task<int> FillPersonIndexesAsync(HartlineDb db, FieldKeys keys, int batch, CancellationToken ct) => FillAsync(db,
        $"SELECT \"Id\", \"GivenName\", \"FamilyName\", \"DateOfBirth\" FROM \"People\" WHERE \"FamilyNameIndex\" = '' LIMIT {batch}", row =>
        {
            var given = keys.Cipher.Decrypt((string)row[1], "Person.GivenName");
            var family = keys.Cipher.Decrypt((string)row[2], "Person.FamilyName");
            var born = row[3] is string date
                ? DateOnly.ParseExact(keys.Cipher.Decrypt(date, "Person.DateOfBirth"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            // An empty family name folds to a digest all the same, so a row is never found again.
            return ("UPDATE \"People\" SET \"GivenNameIndex\" = @g, \"FamilyNameIndex\" = @f, \"BirthDateIndex\" = @b WHERE \"Id\" = @id",
                [("@g", Hartline.Features.People.Person.NameIndex(keys, given)), ("@f", Hartline.Features.People.Person.NameIndex(keys, family)),
                 ("@b", born is { } d ? Hartline.Features.People.Person.BirthIndex(keys, d) : null), ("@id", row[0])]);
        }, ct);

    private static Task<int> FillCarelineIndexesAsync(HartlineDb db, FieldKeys keys, int batch, CancellationToken ct) => FillAsync(db,
        $"SELECT \"Id\", \"CarelineReportNumber\" FROM \"Referrals\" WHERE \"CarelineReportNumber\" IS NOT NULL AND \"CarelineReportIndex\" IS NULL LIMIT {batch}",
        row => ("UPDATE \"Referrals\" SET \"CarelineReportIndex\" = @i WHERE \"Id\" = @id",
            [("@i", Hartline.Features.Intake.Referral.CarelineIndex(keys, keys.Cipher.Decrypt((string)row[1], "Referral.CarelineReportNumber"))), ("@id", row[0])]),
        ct);

    /// <summary>Reads rows missing an index a batch at a time and writes each one's, a transaction per batch, until none is left.</summary>
    private static async Task<int> FillAsync(HartlineDb db, string select, Func<object[], (string Sql, (string, object?)[] Parameters)> update, CancellationToken ct)
    {
        var filled = 0;
        while (true)
        {
            var rows = await QueryAsync(db, select, [], ct);
            if (rows.Count == 0) return filled;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var (sql, parameters) = update(row);
                await ExecuteAsync(db, sql, parameters, ct);
                filled++;
            }
            await transaction.CommitAsync(ct);
        }
    }

    private static async Task<List<object[]>> QueryAsync(HartlineDb db, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, parameters, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object[]>();
        while (await reader.ReadAsync(ct))
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<int> ExecuteAsync(HartlineDb db, string sql, (string, object?)[] parameters, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, parameters, ct);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<DbCommand> CommandAsync(HartlineDb db, string sql, (string Name, object? Value)[] parameters, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }
}

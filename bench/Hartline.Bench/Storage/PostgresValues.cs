using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Hartline.Bench.Storage;

/// <summary>
/// Turns a value as EF Core's SQLite provider stores it into the PostgreSQL column's own type, for binary
/// COPY (which sends typed values, never text for the server to parse). The SQLite formats are the ones
/// <see cref="SqliteText"/> writes. A type not listed here stops the copy and names the column, rather than
/// guessing: a new column type in the app must be added here knowingly.
/// </summary>
internal static class PostgresValues
{
    /// <summary>Writes one non-NULL value read from the SQLite reader at an ordinal.</summary>
    public delegate void Writer(SqliteDataReader reader, int ordinal, NpgsqlBinaryImporter importer);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Writer For(PostgresColumn column) => column.DataType switch
    {
        // EF stores GUIDs as upper-case text; Guid.Parse takes either case.
        "uuid" => (r, i, w) => w.Write(Guid.Parse(r.GetString(i)), NpgsqlDbType.Uuid),
        "date" => (r, i, w) => w.Write(DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", Invariant), NpgsqlDbType.Date),
        "timestamp with time zone" => (r, i, w) => w.Write(Utc(r.GetString(i)), NpgsqlDbType.TimestampTz),
        "timestamp without time zone" => (r, i, w) =>
            w.Write(DateTime.SpecifyKind(Utc(r.GetString(i)), DateTimeKind.Unspecified), NpgsqlDbType.Timestamp),
        "boolean" => (r, i, w) => w.Write(r.GetInt64(i) != 0, NpgsqlDbType.Boolean),
        "smallint" => (r, i, w) => w.Write(checked((short)r.GetInt64(i)), NpgsqlDbType.Smallint),
        "integer" => (r, i, w) => w.Write(checked((int)r.GetInt64(i)), NpgsqlDbType.Integer),
        "bigint" => (r, i, w) => w.Write(r.GetInt64(i), NpgsqlDbType.Bigint),
        "double precision" => (r, i, w) => w.Write(r.GetDouble(i), NpgsqlDbType.Double),
        "real" => (r, i, w) => w.Write((float)r.GetDouble(i), NpgsqlDbType.Real),
        // EF stores decimals as text on SQLite; the reader's GetDecimal parses it.
        "numeric" => (r, i, w) => w.Write(r.GetDecimal(i), NpgsqlDbType.Numeric),
        "text" => (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Text),
        "character varying" => (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Varchar),
        "character" => (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Char),
        "bytea" => (r, i, w) => w.Write(r.GetFieldValue<byte[]>(i), NpgsqlDbType.Bytea),
        "jsonb" => (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Jsonb),
        // A list of strings is a JSON array on SQLite (EF's primitive collections) and text[] on PostgreSQL.
        "ARRAY" when column.UdtName is "_text" or "_varchar" => (r, i, w) =>
            w.Write(JsonSerializer.Deserialize<string[]>(r.GetString(i))!, NpgsqlDbType.Array | NpgsqlDbType.Text),
        _ => throw new NotSupportedException(
            $"{column.Table}.{column.Name}: no conversion from SQLite to PostgreSQL type {column.DataType} ({column.UdtName}); add one to {nameof(PostgresValues)}."),
    };

    /// <summary>
    /// The app saves every DateTime as UTC text (yyyy-MM-dd HH:mm:ss.FFFFFFF); a DateTimeOffset has its
    /// offset appended. Npgsql takes only UTC DateTimes for timestamptz.
    /// </summary>
    private static DateTime Utc(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss.FFFFFFF", Invariant,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : DateTimeOffset.Parse(text, Invariant, DateTimeStyles.AssumeUniversal).UtcDateTime;
}

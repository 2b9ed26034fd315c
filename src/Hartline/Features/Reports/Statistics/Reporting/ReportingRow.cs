using System.Data.Common;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// The current row of a reporting query, read by column number. Two readers stand behind it: SQLite's own statement
/// (<see cref="SqliteRows"/>, for the statements it can bind) and any ADO.NET reader (PostgreSQL, and the rest).
/// </summary>
public abstract class ReportingRow
{
    /// <summary>The number of a column of the query's result, by its name.</summary>
    public abstract int Ordinal(string name);

    public abstract int Int32(int ordinal);

    public abstract long Int64(int ordinal);

    public abstract bool Boolean(int ordinal);

    /// <summary>A number that may be missing (SQL NULL).</summary>
    public abstract double? Double(int ordinal);
}

/// <summary>A row of an ADO.NET reader: the provider's own conversions, as EF would read the columns.</summary>
internal sealed class DataReaderRow(DbDataReader reader) : ReportingRow
{
    public override int Ordinal(string name) => reader.GetOrdinal(name);

    public override int Int32(int ordinal) => reader.GetInt32(ordinal);

    public override long Int64(int ordinal) => reader.GetInt64(ordinal);

    public override bool Boolean(int ordinal) => reader.GetBoolean(ordinal);

    public override double? Double(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}

using System.Data.Common;
using Hartline.Data;
using Hartline.Features.Reports;

namespace Hartline.Bench.Reports;

/// <summary>A statement parameter, kept apart from any provider's DbParameter so a plan can be asked for later.</summary>
internal sealed record QueryParameter(string Name, object? Value);

/// <summary>
/// What differs between providers for the hand-written report: its SQL dialect, how its parameters are
/// typed, and how the database explains a plan. The reading and folding of the rows is shared
/// (<see cref="HandWrittenReport"/>), so both providers are held to exactly the same rules.
/// </summary>
internal interface IReportSql
{
    /// <summary>The provider's name in the measure lines: <c>sqlite</c> or <c>postgres</c>.</summary>
    string Provider { get; }

    /// <summary>One statement returning (dimension, code, youth) rows; the 'total' row carries the client count.</summary>
    string Statement { get; }

    DbConnection Connect();

    IReadOnlyList<QueryParameter> Parameters(Quarter quarter, string multipleCode);

    /// <summary>The plan of <paramref name="sql"/> as text, for the notes file; parameters as the command had them.</summary>
    string Explain(string sql, IReadOnlyList<QueryParameter> parameters);

    static IReportSql For(DatabaseTarget target) => target.Provider == DatabaseProvider.Sqlite
        ? new SqliteReportSql(target.ConnectionString)
        : new PostgresReportSql(target.ConnectionString);
}

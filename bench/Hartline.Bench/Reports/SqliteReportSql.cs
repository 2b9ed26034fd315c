using System.Data.Common;
using System.Text;
using Hartline.Features.Reports;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Reports;

/// <summary>The hand-written report in SQLite's dialect, and SQLite's EXPLAIN QUERY PLAN as an indented tree.</summary>
internal sealed class SqliteReportSql(string connectionString) : IReportSql
{
    public string Provider => "sqlite";

    // Active cases and their distinct youth are computed once (MATERIALIZED) and shared by every
    // breakdown; race/ethnicity is looked up only for those youth, not for the whole registry.
    public string Statement => """
        WITH active AS MATERIALIZED (
            SELECT PersonId, RegionCode, ResidenceCode
            FROM Cases
            WHERE OpenedOn <= $to AND (ClosedOn IS NULL OR ClosedOn >= $from)
        ),
        clients AS MATERIALIZED (SELECT DISTINCT PersonId FROM active),
        client_race AS (
            SELECT CASE WHEN count(r.Code) = 0 THEN '' WHEN count(r.Code) > 1 THEN $multiple ELSE min(r.Code) END AS code
            FROM clients c LEFT JOIN PersonRaceEthnicities r ON r.PersonId = c.PersonId
            GROUP BY c.PersonId
        )
        SELECT 'total' AS dimension, NULL AS code, count(*) AS youth FROM clients
        UNION ALL
        SELECT 'region', RegionCode, count(DISTINCT PersonId) FROM active GROUP BY RegionCode
        UNION ALL
        SELECT 'residence', ResidenceCode, count(DISTINCT PersonId) FROM active GROUP BY ResidenceCode
        UNION ALL
        SELECT 'gender', p.GenderCode, count(*) FROM clients c JOIN People p ON p.Id = c.PersonId GROUP BY p.GenderCode
        UNION ALL
        SELECT 'race_ethnicity', code, count(*) FROM client_race GROUP BY code
        """;

    public DbConnection Connect() => new SqliteConnection(connectionString);

    // Dates as EF Core SQLite stores them (yyyy-MM-dd text), so the comparisons are the app's own.
    public IReadOnlyList<QueryParameter> Parameters(Quarter quarter, string multipleCode) =>
    [
        new("$from", quarter.From.ToString("yyyy-MM-dd")),
        new("$to", quarter.To.ToString("yyyy-MM-dd")),
        new("$multiple", multipleCode),
    ];

    public string Explain(string sql, IReadOnlyList<QueryParameter> parameters)
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

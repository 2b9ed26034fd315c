using System.Data.Common;
using System.Text;
using Hartline.Features.Reports;
using Npgsql;

namespace Hartline.Bench.Reports;

/// <summary>
/// The hand-written report in PostgreSQL's dialect: the same plan of work as the SQLite statement, with
/// quoted identifiers (EF created the tables with mixed-case names) and real date parameters.
/// </summary>
internal sealed class PostgresReportSql(string connectionString) : IReportSql
{
    public string Provider => "postgres";

    // MATERIALIZED keeps PostgreSQL (12+) from inlining the CTEs into each branch, which would filter
    // the cases again per breakdown: the active set and its distinct youth are computed once, and
    // race/ethnicity is looked up only for those youth.
    public string Statement => """
        WITH active AS MATERIALIZED (
            SELECT "PersonId", "RegionCode", "ResidenceCode"
            FROM "Cases"
            WHERE "OpenedOn" <= @to AND ("ClosedOn" IS NULL OR "ClosedOn" >= @from)
        ),
        clients AS MATERIALIZED (SELECT DISTINCT "PersonId" FROM active),
        client_race AS (
            SELECT CASE WHEN count(r."Code") = 0 THEN '' WHEN count(r."Code") > 1 THEN @multiple ELSE min(r."Code") END AS code
            FROM clients c LEFT JOIN "PersonRaceEthnicities" r ON r."PersonId" = c."PersonId"
            GROUP BY c."PersonId"
        )
        SELECT 'total' AS dimension, NULL::text AS code, count(*) AS youth FROM clients
        UNION ALL
        SELECT 'region', "RegionCode", count(DISTINCT "PersonId") FROM active GROUP BY "RegionCode"
        UNION ALL
        SELECT 'residence', "ResidenceCode", count(DISTINCT "PersonId") FROM active GROUP BY "ResidenceCode"
        UNION ALL
        SELECT 'gender', p."GenderCode", count(*) FROM clients c JOIN "People" p ON p."Id" = c."PersonId" GROUP BY p."GenderCode"
        UNION ALL
        SELECT 'race_ethnicity', code, count(*) FROM client_race GROUP BY code
        """;

    public DbConnection Connect() => new NpgsqlConnection(connectionString);

    public IReadOnlyList<QueryParameter> Parameters(Quarter quarter, string multipleCode) =>
        [new("from", quarter.From), new("to", quarter.To), new("multiple", multipleCode)];

    /// <summary>
    /// Plain EXPLAIN (estimates, nothing run). Unlike SQLite, PostgreSQL will not plan a statement with
    /// unbound parameters, so the command's own values are bound; an EF command's unnamed (positional)
    /// parameters are bound in order.
    /// </summary>
    public string Explain(string sql, IReadOnlyList<QueryParameter> parameters)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var p in parameters)
            command.Parameters.Add(string.IsNullOrEmpty(p.Name)
                ? new NpgsqlParameter { Value = p.Value ?? DBNull.Value }
                : new NpgsqlParameter(p.Name, p.Value ?? DBNull.Value));
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read()) text.Append("  ").AppendLine(reader.GetString(0));
        return text.ToString();
    }
}

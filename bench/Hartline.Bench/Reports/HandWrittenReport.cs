using Hartline.Features.Reports;
using Hartline.Jurisdictions;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Reports;

/// <summary>
/// The quarterly report as one hand-written SQLite statement: the yardstick for the app's EF version.
/// Same rules as <see cref="QuarterlyReport"/>: a case is active when OpenedOn &lt;= quarter end and
/// (ClosedOn IS NULL or ClosedOn &gt;= quarter start); each category counts distinct youth; region and
/// residence come from the cases, gender and race/ethnicity from the person; more than one race
/// category recorded → the jurisdiction's multiple code, none → not recorded.
/// </summary>
internal sealed class HandWrittenReport(string connectionString, Jurisdiction j)
{
    // Active cases and their distinct youth are computed once (MATERIALIZED) and shared by every
    // breakdown; race/ethnicity is looked up only for those youth, not for the whole registry.
    public const string Sql = """
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

    public async Task<ReportCounts> ComputeAsync(Quarter quarter)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$from", quarter.From.ToString("yyyy-MM-dd"));
        command.Parameters.AddWithValue("$to", quarter.To.ToString("yyyy-MM-dd"));
        command.Parameters.AddWithValue("$multiple", j.RaceEthnicity.MultipleCode);

        var clients = 0;
        var raw = new Dictionary<string, List<(string? Code, int Count)>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var dimension = reader.GetString(0);
            var code = reader.IsDBNull(1) ? null : reader.GetString(1);
            var count = reader.GetInt32(2);
            if (dimension == "total") clients = count;
            else (raw.TryGetValue(dimension, out var list) ? list : raw[dimension] = []).Add((code, count));
        }

        return new ReportCounts(quarter.ToString(), clients, new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            [ReportCounts.Region] = Fold(raw.GetValueOrDefault("region"), j.Regions),
            [ReportCounts.Gender] = Fold(raw.GetValueOrDefault("gender"), j.Genders),
            [ReportCounts.RaceEthnicity] = Fold(raw.GetValueOrDefault("race_ethnicity"), j.RaceEthnicity.Categories),
            [ReportCounts.Residence] = Fold(raw.GetValueOrDefault("residence"), j.ResidenceAtExploitation),
        });
    }

    /// <summary>Codes the jurisdiction does not know, and NULL, are reported as not recorded (as the app does).</summary>
    private static IReadOnlyDictionary<string, int> Fold(List<(string? Code, int Count)>? rows, IReadOnlyList<Category> categories)
    {
        var known = categories.Select(c => c.Code).ToHashSet();
        return (rows ?? []).GroupBy(r => r.Code is not null && known.Contains(r.Code) ? r.Code : QuarterlyReport.NotRecordedCode)
            .Select(g => (g.Key, Count: g.Sum(r => r.Count)))
            .Where(x => x.Count != 0)
            .ToDictionary(x => x.Key, x => x.Count);
    }
}

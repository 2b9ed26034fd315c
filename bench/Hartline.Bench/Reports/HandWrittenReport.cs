using Hartline.Features.Reports;
using Hartline.Jurisdictions;

namespace Hartline.Bench.Reports;

/// <summary>
/// The quarterly report as one hand-written statement (<see cref="IReportSql"/>: one per provider): the
/// yardstick for the app's EF version. Same rules as <see cref="QuarterlyReport"/>: a case is active when
/// OpenedOn &lt;= quarter end and (ClosedOn IS NULL or ClosedOn &gt;= quarter start); each category counts
/// distinct youth; region and residence come from the cases, gender and race/ethnicity from the person;
/// more than one race category recorded → the jurisdiction's multiple code, none → not recorded.
/// </summary>
internal sealed class HandWrittenReport(IReportSql sql, Jurisdiction j)
{
    public async Task<ReportCounts> ComputeAsync(Quarter quarter)
    {
        await using var connection = sql.Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Statement;
        foreach (var p in sql.Parameters(quarter, j.RaceEthnicity.MultipleCode))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.Value = p.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var clients = 0;
        var raw = new Dictionary<string, List<(string? Code, int Count)>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var dimension = reader.GetString(0);
            var code = reader.IsDBNull(1) ? null : reader.GetString(1);
            var count = Convert.ToInt32(reader.GetValue(2)); // a bigint on PostgreSQL
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

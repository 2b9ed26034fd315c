using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Reports;

public sealed record ReportRow(string Code, string Label, int Count);

public sealed record ReportDimension(string Key, string Title, IReadOnlyList<ReportRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

public sealed record QuarterlyReportResult(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    int ClientsServed, IReadOnlyList<ReportDimension> Dimensions, string CountingRule);

/// <summary>
/// The seed-002 tables of the statistics catalogue for a quarter: clients served by region, gender, race/ethnicity and
/// residence at time of exploitation, counted by <see cref="ClientFacts"/> and <see cref="ClientDimensions"/> (the one
/// definition every report uses). Exact counts: the API gives them only to roles that may open case files.
/// </summary>
public sealed class QuarterlyReport(ClientFacts facts, Jurisdiction j)
{
    public const string NotRecordedCode = CategoryRows.NotRecordedCode;
    public const string NotRecordedLabel = CategoryRows.NotRecordedLabel;
    public const string CountingRule = ClientFacts.CountingRule;

    /// <summary>The dimensions of the published HART table, in its order, with the titles it uses.</summary>
    private static readonly (string Key, string Title)[] SeedTables =
        [("region", "Clients served by region"), ("gender", "Gender"), ("race_ethnicity", "Race/ethnicity"), ("residence", "Residence at time of exploitation")];

    public async Task<QuarterlyReportResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default)
    {
        var period = ReportPeriod.Of(quarter);
        var clients = (await facts.ReadAsync(period.From, period.To, actor, ct)).In(period);
        var dimensions = ClientDimensions.All(j);
        return new QuarterlyReportResult(quarter.ToString(), period.From, period.To, j.Name, clients.Count,
            SeedTables.Select(t =>
            {
                var d = dimensions.Single(x => x.Key == t.Key);
                var counts = d.Count(clients);
                return new ReportDimension(d.Key, t.Title, d.Rows(counts).Select(r => new ReportRow(r.Code, r.Label, counts.GetValueOrDefault(r.Code))).ToList());
            }).ToList(), CountingRule);
    }
}

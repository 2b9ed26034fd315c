using Hartline.Features.Reports.Documents;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>
/// Continuity of care in the catalogue, from <see cref="ContinuityReport"/>: the youths served by how many times their
/// primary worker changed in the 12 months to the period's end (the rows split the youths served exactly), and the
/// mean changes per youth.
/// </summary>
public sealed class ContinuityTopic(ContinuityReport report) : IStatisticsTopic
{
    public const string Name = "continuity";
    private const string Youths = "youths";

    public int Order => 10;

    public async Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct) =>
        Build(await report.DistributionAsync(period.Code, period.From, period.To, actor, ct));

    public static Population Build(ContinuityResult result)
    {
        var population = new Population(Name, "Youths served");
        var rows = TopicTables.Split(population.Set, Youths, result.Youths, "changes",
            result.Distribution.Select(b => new TopicRow(b.Changes.Replace(' ', '-'), Label(b.Changes), b.Youths)));
        population.Tables.Add(TopicTables.Categories("continuity_changes", "Continuity of care: youths by primary-worker changes",
            "Primary-worker changes in the 12 months to the period's end", "Youths", rows, "Youths served", Youths,
            "A youth with no primary worker recorded counts under no change."));
        population.Tables.Add(new StatTable("continuity_mean", "Mean primary-worker changes per youth", "Measure",
            [new ReportColumn("youths", "Youths served"), new ReportColumn("mean", "Mean changes per youth", CellFormat.Decimal)],
            [new StatRow("changes-per-youth", "Primary-worker changes per youth",
                [new CountFigure(Youths), new ValueOverRowsFigure(result.Youths == 0 ? null : result.MeanChangesPerYouth, Youths, rows.Select(r => r.Cell).ToList())])],
            ChartKind.None, "Withheld whenever a row of the table above is: with the youths served, the mean would help work that row out."));
        population.Notes.Add(new("How continuity of care is counted", ContinuityReport.Rule));
        return population;
    }

    private static string Label(string changes) => changes switch
    {
        "0" => "No change",
        "1" => "1 change",
        _ => $"{changes} changes",
    };
}

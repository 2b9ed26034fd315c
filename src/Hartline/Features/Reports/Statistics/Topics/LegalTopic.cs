using Hartline.Features.Cases.Legal;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>
/// Legal protections and justice in the catalogue, from <see cref="LegalFigures"/>: its five tables, each a split of its
/// own total (protections sought, outcomes, arrests, charges, dispositions count different things on different dates,
/// so no table's total is another's). Rows are those the figures give, in their order.
/// </summary>
public sealed class LegalTopic(LegalFigures figures) : IStatisticsTopic
{
    public const string Name = "legal";

    public int Order => 30;

    /// <summary>How each of the figures' tables reads: its row heading, its unit, its total row, a note where the counting needs one.</summary>
    private static readonly Dictionary<string, (string RowHeading, string Unit, string TotalLabel, string? Note)> Shapes = new()
    {
        ["protections"] = ("Protection", "Protections", "Protections sought", "By the date the protection was raised, requested or applied for."),
        ["outcomes"] = ("Protection and outcome", "Outcomes", "Outcomes decided", "By the date decided: a protection sought earlier may have its outcome in this period."),
        ["arrests"] = ("Offender's role", "Arrests", "Arrests", null),
        ["charges"] = ("Offense and class", "Charges", "Charges", "Classed by the child's age on the offense date, or shown as not computable."),
        ["dispositions"] = ("Disposition", "Dispositions", "Dispositions", "A charge with several dispositions in the period counts once for each."),
    };

    public async Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct) =>
        Build(await figures.ComputeAsync(period.Code, period.From, period.To, actor, ct));

    public static Population Build(LegalFiguresResult result)
    {
        var population = new Population(Name, "Total");
        foreach (var table in result.Tables)
        {
            var shape = Shapes[table.Key];
            var rows = TopicTables.Split(population.Set, table.Key, table.Total, table.Key,
                table.Rows.Select(r => new TopicRow(r.Code, r.Label, r.Count)));
            population.Tables.Add(TopicTables.Categories($"legal_{table.Key}", table.Title, shape.RowHeading, shape.Unit, rows,
                shape.TotalLabel, table.Key, shape.Note));
        }
        population.Notes.Add(new("How legal protections and justice are counted", LegalFigures.CountingRule));
        return population;
    }
}

using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Services.Referrals;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>
/// Service referrals in the catalogue, from <see cref="ServiceReferralFigures"/>: referrals sent by kind of help, each
/// provider's answers, completion, services delivered and unmet needs. What a reader knows and the table set says:
/// kinds of help and providers each split the referrals sent; a provider's referrals sent are those it answered, those
/// waiting and those withdrawn before an answer (never printed); answered ones are accepted or declined; completion
/// splits the referrals closed after acceptance; services and unmet needs add up over their kinds.
/// </summary>
public sealed class ServiceReferralTopic(ServiceReferralFigures figures) : IStatisticsTopic
{
    public const string Name = "service_referrals";
    private const string Sent = "sent", Answered = "answered", Accepted = "accepted", Declined = "declined", Waiting = "waiting", Withdrawn = "withdrawn";

    public int Order => 40;

    public async Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct) =>
        Build(await figures.ComputeAsync(period.Code, period.From, period.To, actor, ct));

    public static Population Build(ServiceReferralFiguresResult result)
    {
        var population = new Population(Name, "Referrals sent");
        var rows = TopicTables.Split(population.Set, Sent, result.ReferralsSent, "type",
            result.ReferralsByType.Select(t => new TopicRow(t.TypeCode, t.Type, t.Count)));
        population.Tables.Add(TopicTables.Categories("service_referrals_by_type", "Service referrals sent by kind of help", "Kind of help", "Referrals",
            rows, "Referrals sent", Sent));
        AddProviders(population, result.Providers);
        AddCompletion(population, result.Completion);
        AddDelivered(population, result.ServicesDelivered);
        AddUnmet(population, result.UnmetNeeds);
        population.Notes.Add(new("How service referrals are counted", ServiceReferralFigures.Rules));
        return population;
    }

    private static void AddProviders(Population population, IReadOnlyList<ProviderFigures> providers)
    {
        var set = population.Set;
        if (providers.Sum(p => p.Sent) != set.Cells[Sent])
            throw new InvalidOperationException($"The providers' referrals add to {providers.Sum(p => p.Sent)}, not to the {set.Cells[Sent]} sent.");
        string Cell(ProviderFigures p, string column) => $"provider={Code(p)}|{column}";
        foreach (var p in providers)
        {
            set.Cell(Cell(p, Sent), p.Sent).Cell(Cell(p, Accepted), p.Accepted).Cell(Cell(p, Declined), p.Declined).Cell(Cell(p, Waiting), p.Waiting);
            set.Cell(Cell(p, Answered), p.Accepted + p.Declined).Relate(Cell(p, Answered), [Cell(p, Accepted), Cell(p, Declined)], RelationKind.Sum);
            // Neither answered nor waiting: withdrawn before the provider answered. Never printed, but a reader subtracts.
            set.Unpublished(Cell(p, Withdrawn), p.Sent - p.Accepted - p.Declined - p.Waiting);
            set.Relate(Cell(p, Sent), [Cell(p, Answered), Cell(p, Waiting), Cell(p, Withdrawn)], RelationKind.Sum);
        }
        // The total row: each column over the providers (the referrals sent are the same cell as the kinds' total).
        foreach (var column in new[] { Answered, Accepted, Declined, Waiting })
            set.Cell(column, providers.Sum(p => set.Cells[Cell(p, column)]));
        set.Unpublished(Withdrawn, providers.Sum(p => set.Cells[Cell(p, Withdrawn)]));
        if (providers.Count > 0)
            foreach (var column in new[] { Sent, Answered, Accepted, Declined, Waiting, Withdrawn })
                set.Relate(column, providers.Select(p => Cell(p, column)), RelationKind.Sum);

        StatRow Row(string code, string label, Func<string, string> cell, Figure median, bool total = false) => new(code, label,
            [
                new CountFigure(cell(Sent)), new CountFigure(cell(Answered)), new CountFigure(cell(Accepted)), new CountFigure(cell(Declined)),
                new CountFigure(cell(Waiting)), new RateFigure(cell(Accepted), cell(Answered)), median,
            ], total);
        population.Tables.Add(new StatTable("service_referrals_providers", "Service referrals: each provider's answers", "Provider",
            [
                new ReportColumn("sent", "Sent"), new ReportColumn("answered", "Answered"), new ReportColumn("accepted", "Accepted"),
                new ReportColumn("declined", "Declined"), new ReportColumn("waiting", "Waiting"),
                new ReportColumn("acceptance", "Share accepted of answered", CellFormat.Percent),
                new ReportColumn("median_days", "Median days to acceptance", CellFormat.Days),
            ],
            providers.Select(p => Row(Code(p), p.Organization, column => Cell(p, column), new ValueFigure(p.MedianDaysToAcceptance, Cell(p, Accepted))))
                .Append(Row("total", "All providers", column => column, NoFigure.Instance, total: true)).ToList(),
            ChartKind.Bar, "Referrals sent in the period, as they stand now. Sent less answered and waiting: withdrawn before an answer."));
    }

    private static void AddCompletion(Population population, CompletionFigures completion)
    {
        const string closed = "closed-after-acceptance";
        var rows = TopicTables.Split(population.Set, closed, completion.Completed + completion.Ended, "closed",
            [new TopicRow("completed", "Completed", completion.Completed), new TopicRow("ended-early", "Ended early", completion.Ended)]);
        population.Tables.Add(new StatTable("service_referrals_completion", "Service referrals closed after acceptance", "How it ended",
            [new ReportColumn("count", "Referrals"), new ReportColumn("share", "Share", CellFormat.Percent)],
            rows.Select(r => new StatRow(r.Row.Code, r.Row.Label, [new CountFigure(r.Cell), new RateFigure(r.Cell, closed)]))
                .Append(new StatRow("total", "Closed after acceptance", [new CountFigure(closed), NoFigure.Instance], IsTotal: true)).ToList(),
            ChartKind.Bar, "Referrals closed in the period after being accepted at some time; withdrawn ones are left out. The completion rate is the completed share."));
    }

    private static void AddDelivered(Population population, IReadOnlyList<DeliveredCount> delivered)
    {
        const string services = "services";
        var rows = TopicTables.Split(population.Set, services, delivered.Sum(d => d.Services), "delivered",
            delivered.Select(d => new TopicRow(d.TypeCode, d.Type, d.Services)));
        var cells = rows.Select(r => r.Cell).ToList();
        // Minutes and units are sums over the services they count: shown only beside a count that is, and the
        // total only when every kind's is (else total less the kinds shown gives the kind withheld).
        population.Tables.Add(new StatTable("service_referrals_delivered", "Services delivered by kind of help", "Kind of help",
            [new ReportColumn("count", "Services"), new ReportColumn("hours", "Hours given", CellFormat.Hours), new ReportColumn("units", "Units given", CellFormat.Decimal)],
            delivered.Zip(rows, (d, r) => new StatRow(d.TypeCode, d.Type,
                    [new CountFigure(r.Cell), new ValueFigure(Hours(d.Minutes), r.Cell), new ValueFigure(d.Units, r.Cell)]))
                .Append(new StatRow("total", "Services delivered",
                    [
                        new CountFigure(services), new ValueOverRowsFigure(Hours(delivered.Sum(d => d.Minutes)), services, cells),
                        new ValueOverRowsFigure(delivered.Sum(d => d.Units), services, cells),
                    ], IsTotal: true)).ToList(),
            ChartKind.Bar, "Services given on a day in the period. Hours and units are totals of what was recorded; a service may record either."));
    }

    private static void AddUnmet(Population population, IReadOnlyList<UnmetNeed> unmet)
    {
        var declined = TopicTables.Split(population.Set, "unmet-declined", unmet.Sum(u => u.AllDeclined), "unmet-declined",
            unmet.Select(u => new TopicRow(u.TypeCode, u.Type, u.AllDeclined)));
        var noFit = TopicTables.Split(population.Set, "unmet-no-fit", unmet.Sum(u => u.NoFittingService), "unmet-no-fit",
            unmet.Select(u => new TopicRow(u.TypeCode, u.Type, u.NoFittingService)));
        population.Tables.Add(new StatTable("service_referrals_unmet", "Unmet needs at the period's end by kind of help", "Kind of help",
            [new ReportColumn("all_declined", "Every referral declined"), new ReportColumn("no_fitting_service", "Never referred, no service fits")],
            declined.Zip(noFit, (d, n) => new StatRow(d.Row.Code, d.Row.Label, [new CountFigure(d.Cell), new CountFigure(n.Cell)]))
                .Append(new StatRow("total", "Unmet needs", [new CountFigure("unmet-declined"), new CountFigure("unmet-no-fit")], IsTotal: true)).ToList(),
            ChartKind.Bar, "Needs open at the period's end with nothing accepted for them. Other unmet needs (referrals still waiting, or a fitting service not yet asked) are not counted here."));
    }

    private static string Code(ProviderFigures p) => p.OrganizationId == Guid.Empty ? "not-in-the-directory" : p.OrganizationId.ToString("D");

    private static double Hours(int minutes) => Math.Round(minutes / 60.0, 1);
}

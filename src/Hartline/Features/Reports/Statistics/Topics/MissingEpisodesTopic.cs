using Hartline.Features.Reports.Documents;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>
/// Missing-from-care episodes in the catalogue, from <see cref="MissingEpisodeFigures"/>: the episodes that began in the
/// period, the youths who went missing, where from (the rows split the episodes), reports to the police and to NCMEC,
/// and the median days missing of the episodes ended. The youths, the reports and the ended episodes are each part of
/// the episodes, the rest never printed: a youth's further episodes, episodes not reported, episodes still open.
/// </summary>
public sealed class MissingEpisodesTopic(MissingEpisodeFigures figures) : IStatisticsTopic
{
    public const string Name = "missing";
    private const string Episodes = "episodes", Youths = "youths", Police = "reported-to-police", Ncmec = "reported-to-ncmec", Ended = "ended";

    public int Order => 50;

    public async Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct) =>
        Build(await figures.ComputeAsync(period.Code, period.From, period.To, actor, ct));

    public static Population Build(MissingEpisodesResult result)
    {
        var population = new Population(Name, "Episodes");
        var set = population.Set;
        var rows = TopicTables.Split(set, Episodes, result.Episodes, "from", result.ByMissingFrom.Select(r => new TopicRow(r.Code, r.Label, r.Episodes)));
        TopicTables.Part(set, Episodes, Youths, result.Youths, "further-episodes");
        TopicTables.Part(set, Episodes, Police, result.ReportedToPolice, "not-reported-to-police");
        TopicTables.Part(set, Episodes, Ncmec, result.ReportedToNcmec, "not-reported-to-ncmec");
        TopicTables.Part(set, Episodes, Ended, result.Ended, "still-open");

        population.Tables.Add(new StatTable("missing_episodes", "Missing-from-care episodes that began in the period", "Measure",
            [new ReportColumn("count", "Count"), new ReportColumn("share", "Share of episodes", CellFormat.Percent)],
            [
                new StatRow("episodes", "Episodes", [new CountFigure(Episodes), NoFigure.Instance]),
                new StatRow("youths", "Youths who went missing", [new CountFigure(Youths), NoFigure.Instance]),
                new StatRow(Police, "Reported to the police", [new CountFigure(Police), new RateFigure(Police, Episodes)]),
                new StatRow(Ncmec, "Reported to NCMEC", [new CountFigure(Ncmec), new RateFigure(Ncmec, Episodes)]),
            ],
            ChartKind.None, "A youth with several episodes counts once among the youths."));
        population.Tables.Add(TopicTables.Categories("missing_from", "Missing-from-care episodes by where the youth went missing from",
            "Missing from", "Episodes", rows, "Episodes", Episodes));
        population.Tables.Add(new StatTable("missing_duration", "How long youths were missing", "Episodes",
            [new ReportColumn("count", "Episodes ended"), new ReportColumn("median", "Median days missing", CellFormat.Days)],
            [new StatRow("ended", "Ended (the youth was found)", [new CountFigure(Ended), new ValueFigure(result.MedianDaysMissing, Ended)])],
            ChartKind.None, "Episodes that began in the period and have ended by now."));
        population.Notes.Add(new("How missing-from-care episodes are counted", MissingEpisodeFigures.CountingRule));
        return population;
    }
}

using Hartline.Features.Cases.Plan;
using Hartline.Features.Reports.Documents;
using Hartline.Security;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>
/// The youth's say in the catalogue, from <see cref="YouthVoiceFigures"/>: plan items answered and agreed to (the
/// items not agreed to are the unprinted rest), the share agreed, items added without asking, and feedback with the
/// mean "had a say" rating (the records without a rating are the unprinted rest).
/// </summary>
public sealed class YouthVoiceTopic(YouthVoiceFigures figures) : IStatisticsTopic
{
    public const string Name = "youth_voice";
    private const string Answered = "answered", Agreed = "agreed", NotAsked = "added-not-asked", Feedback = "feedback", Rated = "rated";

    public int Order => 20;

    public async Task<Population> BuildAsync(ReportPeriod period, Actor actor, CancellationToken ct) =>
        Build(await figures.ComputeAsync(period.Code, period.From, period.To, actor, ct));

    public static Population Build(YouthVoiceResult result)
    {
        var population = new Population(Name, "Plan items answered");
        var set = population.Set;
        set.Cell(Answered, result.ItemsAnswered);
        TopicTables.Part(set, Answered, Agreed, result.ItemsAgreed, "not-agreed");
        set.Cell(NotAsked, result.ItemsAddedNotAsked);
        set.Cell(Feedback, result.FeedbackRecords);
        TopicTables.Part(set, Feedback, Rated, result.HadASayRatings, "not-rated");

        population.Tables.Add(new StatTable("youth_voice_answers", "The youth's say: plan items the youth answered", "Answer",
            [new ReportColumn("count", "Plan items"), new ReportColumn("share", "Share of answered", CellFormat.Percent)],
            [
                new StatRow("agreed", "Agreed to", [new CountFigure(Agreed), new RateFigure(Agreed, Answered)]),
                new StatRow("total", "Plan items answered", [new CountFigure(Answered), NoFigure.Instance], IsTotal: true),
            ],
            ChartKind.None, "An item answered more than once in the period counts once, with its latest answer."));
        population.Tables.Add(new StatTable("youth_voice_not_asked", "Plan items added without asking the youth", "Plan items",
            [new ReportColumn("count", "Plan items")],
            [new StatRow("added-not-asked", "Added in the period, no answer by its end", [new CountFigure(NotAsked)])],
            ChartKind.None));
        population.Tables.Add(new StatTable("youth_voice_feedback", "The youth's feedback", "Feedback",
            [new ReportColumn("count", "Records"), new ReportColumn("mean", "Mean \"had a say\" rating (1 to 5)", CellFormat.Decimal)],
            [
                new StatRow("rated", "With a \"had a say\" rating", [new CountFigure(Rated), new ValueFigure(result.MeanHadASay, Rated)]),
                new StatRow("total", "Feedback records", [new CountFigure(Feedback), NoFigure.Instance], IsTotal: true),
            ],
            ChartKind.None));
        population.Notes.Add(new("How the youth's say is counted", YouthVoiceFigures.CountingRule));
        return population;
    }
}

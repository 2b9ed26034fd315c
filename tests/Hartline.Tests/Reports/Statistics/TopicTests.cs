using Hartline.Features.Cases.Legal;
using Hartline.Features.Cases.Plan;
using Hartline.Features.Reports;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Topics;
using Hartline.Features.Services.Referrals;
using Hartline.Jurisdictions;
using Hartline.Tests.Reports.Disclosure;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// The five topics' populations built from hand-made results: what the exact figures and the published ones show, and
/// many random small results attacked twice, by the independent LP attacker on the table set the topic states and by
/// a reader who sees only the printed tables and knows how they relate.
/// </summary>
public sealed class TopicTests
{
    private static readonly Jurisdiction J = Jurisdiction.Load("connecticut");
    private static readonly ReportPeriod Q = ReportPeriod.Of(new Quarter(2019, 3));
    private static readonly DisclosureRules Rules = DisclosureRules.Standard;

    private static Population Generate(string topic, Random random) => topic switch
    {
        ContinuityTopic.Name => ContinuityTopic.Build(TopicGenerator.Continuity(random)),
        YouthVoiceTopic.Name => YouthVoiceTopic.Build(TopicGenerator.YouthVoice(random)),
        LegalTopic.Name => LegalTopic.Build(TopicGenerator.Legal(random)),
        ServiceReferralTopic.Name => ServiceReferralTopic.Build(TopicGenerator.ServiceReferrals(random)),
        MissingEpisodesTopic.Name => MissingEpisodesTopic.Build(TopicGenerator.Missing(random, J)),
        _ => throw new ArgumentOutOfRangeException(nameof(topic)),
    };

    /// <summary>What anyone reading a topic's tables knows about them, said here apart from the topic's own table set.</summary>
    private static IEnumerable<Knowledge> ReaderKnows(string topic, IReadOnlyList<ReportTable> t)
    {
        switch (topic)
        {
            case ContinuityTopic.Name:
                yield return TableReader.Split(t, "continuity_changes");
                yield return new Same(new("continuity_changes", "total", "count"), new("continuity_mean", "changes-per-youth", "youths"));
                break;
            case YouthVoiceTopic.Name:
                yield return new Within(new("youth_voice_answers", "total", "count"), [new("youth_voice_answers", "agreed", "count")]);
                yield return new Within(new("youth_voice_feedback", "total", "count"), [new("youth_voice_feedback", "rated", "count")]);
                break;
            case LegalTopic.Name:
                foreach (var key in new[] { "protections", "outcomes", "arrests", "charges", "dispositions" }) yield return TableReader.Split(t, $"legal_{key}");
                break;
            case ServiceReferralTopic.Name:
                foreach (var key in new[] { "by_type", "completion", "delivered" }) yield return TableReader.Split(t, $"service_referrals_{key}");
                foreach (var column in new[] { "all_declined", "no_fitting_service" }) yield return TableReader.Split(t, "service_referrals_unmet", column);
                foreach (var column in new[] { "sent", "answered", "accepted", "declined", "waiting" }) yield return TableReader.Split(t, "service_referrals_providers", column);
                yield return new Same(new("service_referrals_by_type", "total", "count"), new("service_referrals_providers", "total", "sent"));
                foreach (var row in t.Single(x => x.Key == "service_referrals_providers").Rows.Select(r => r.Code))
                {
                    At Provider(string column) => new("service_referrals_providers", row, column);
                    yield return new SumOf(Provider("answered"), [Provider("accepted"), Provider("declined")]);
                    yield return new Within(Provider("sent"), [Provider("answered"), Provider("waiting")]);
                }
                break;
            case MissingEpisodesTopic.Name:
                yield return TableReader.Split(t, "missing_from");
                var episodes = new At("missing_episodes", "episodes", "count");
                yield return new Same(episodes, new("missing_from", "total", "count"));
                foreach (var part in new[] { new At("missing_episodes", "youths", "count"), new("missing_episodes", "reported-to-police", "count"),
                             new("missing_episodes", "reported-to-ncmec", "count"), new("missing_duration", "ended", "count") })
                    yield return new Within(episodes, [part]);
                break;
        }
    }

    [Theory]
    [InlineData(ContinuityTopic.Name, 5)]
    [InlineData(ContinuityTopic.Name, 11)]
    [InlineData(YouthVoiceTopic.Name, 5)]
    [InlineData(YouthVoiceTopic.Name, 11)]
    [InlineData(LegalTopic.Name, 5)]
    [InlineData(LegalTopic.Name, 11)]
    [InlineData(ServiceReferralTopic.Name, 5)]
    [InlineData(ServiceReferralTopic.Name, 11)]
    [InlineData(MissingEpisodesTopic.Name, 5)]
    [InlineData(MissingEpisodesTopic.Name, 11)]
    public void Nothing_withheld_from_a_topic_can_be_worked_out_from_its_tables(string topic, int threshold)
    {
        var rules = new DisclosureRules(threshold);
        var random = new Random(20261207 + threshold * 31 + topic.Length);
        var (withholding, showing) = (0, 0);
        for (var n = 0; n < 150; n++)
        {
            var where = $"{topic}, N = {threshold}, run {n}";
            var population = Generate(topic, random);
            Assert.Equal(topic, population.Name);
            var figures = new PeriodFigures(Q, [population], rules);
            var (set, published) = figures.Attackable(topic);
            foreach (var relation in set.Relations)
                Assert.True(relation.Kind != RelationKind.Sum || set.Cells[relation.Total] == relation.Parts.Sum(p => set.Cells[p]), $"{where}: {relation} does not add up");
            foreach (var (key, count) in set.Cells.Where(c => !set.UnpublishedCells.Contains(c.Key)))
                Assert.True(rules.IsPrimary(count) == (published!.StateOf(key) == CellState.Primary), $"{where}: {key} = {count} is {published.StateOf(key)}");
            var breach = Attacker.Breach(set, published!, rules);
            Assert.True(breach is null, $"{where}: {breach}");
            // The youths served are the clients served, published in another population: they may be withheld for being
            // small (as they are there), never to protect a row here, or the clients' table would undo it.
            if (topic == ContinuityTopic.Name) Assert.NotEqual(CellState.Complementary, published!.StateOf("youths"));

            var exact = new PeriodFigures(Q, [population], null).Tables.ToList();
            var printed = figures.Tables.ToList();
            var read = TableReader.Breach(exact, printed, ReaderKnows(topic, exact), rules);
            Assert.True(read is null, $"{where}: {read}");
            var cells = printed.SelectMany(t => t.Rows.SelectMany(r => r.Cells)).ToList();
            if (cells.Any(c => c.IsWithheld)) withholding++;
            if (cells.Any(c => c.Value > 0)) showing++;
        }
        // The runs both withhold and show, or the test proves less than it says.
        Assert.True(withholding > 30 && showing > 30, $"{withholding} runs withheld something, {showing} showed something");
    }

    [Fact]
    public void The_reader_finds_a_remainder_a_topic_forgets_to_state()
    {
        // 12 answered, 10 agreed: the 2 not agreed can be subtracted. Stated without that remainder, both counts go out.
        var careless = new Population(YouthVoiceTopic.Name, "Plan items answered");
        careless.Set.Cell("answered", 12).Cell("agreed", 10).Cell("feedback", 0).Cell("rated", 0);
        careless.Tables.Add(new StatTable("youth_voice_answers", "Answers", "Answer", [new ReportColumn("count", "Plan items")],
            [new StatRow("agreed", "Agreed", [new CountFigure("agreed")]), new StatRow("total", "Answered", [new CountFigure("answered")], IsTotal: true)], ChartKind.None));
        careless.Tables.Add(new StatTable("youth_voice_feedback", "Feedback", "Feedback", [new ReportColumn("count", "Records")],
            [new StatRow("rated", "Rated", [new CountFigure("rated")]), new StatRow("total", "All", [new CountFigure("feedback")], IsTotal: true)], ChartKind.None));
        var exact = new PeriodFigures(Q, [careless], null).Tables.ToList();
        var printed = new PeriodFigures(Q, [careless], Rules).Tables.ToList();
        Assert.NotNull(TableReader.Breach(exact, printed, ReaderKnows(YouthVoiceTopic.Name, exact), Rules));

        // The topic states it, and the pair is protected.
        var result = new YouthVoiceResult("2019Q3", Q.From, Q.To, 12, 10, 0.833, 0, 0, 0, null, "");
        var population = YouthVoiceTopic.Build(result);
        exact = new PeriodFigures(Q, [population], null).Tables.ToList();
        printed = new PeriodFigures(Q, [population], Rules).Tables.ToList();
        Assert.Null(TableReader.Breach(exact, printed, ReaderKnows(YouthVoiceTopic.Name, exact), Rules));
        var answers = printed.Single(t => t.Key == "youth_voice_answers");
        Assert.Contains(answers.Rows, r => r.Cells[0].IsWithheld);
        Assert.True(answers.Rows.Single(r => r.Code == "agreed").Cells[1].IsWithheld, "the share gives the withheld count back");
    }

    private static ReportTable Table(Population population, string key, DisclosureRules? rules) =>
        new PeriodFigures(Q, [population], rules).Table(key) ?? throw new InvalidOperationException($"No table {key}.");

    private static ReportCell At(ReportTable table, string row, string column) =>
        table.Rows.Single(r => r.Code == row).Cells[table.Columns.ToList().FindIndex(c => c.Key == column)];

    [Fact]
    public void Continuity_splits_the_youths_served_and_withholds_the_mean_with_any_row()
    {
        ContinuityResult Result(int[] youths, int changes) => new("2019Q3", youths.Sum(), youths.Sum(), changes, Math.Round((double)changes / youths.Sum(), 2),
            new[] { "0", "1", "2", "3 or more" }.Select((c, i) => new ContinuityBucket(c, youths[i])).ToList(), ContinuityReport.Rule);

        // 15, 3, 2, 0 and a mean of 0.35: shown, the mean and the 20 youths would give 3 + 2 × 2 = 7 changes, pinning the two small rows.
        var small = ContinuityTopic.Build(Result([15, 3, 2, 0], 7));
        var exact = Table(small, "continuity_changes", null);
        Assert.Equal(["0", "1", "2", "3-or-more", "total"], exact.Rows.Select(r => r.Code));
        Assert.Equal(["No change", "1 change", "2 changes", "3 or more changes", "Youths served"], exact.Rows.Select(r => r.Label));
        Assert.True(exact.Rows[^1].IsTotal);
        Assert.Equal(ChartKind.Bar, exact.Chart);
        Assert.Equal([15.0, 3, 2, 0, 20], exact.Rows.Select(r => r.Cells[0].Value!.Value));
        Assert.Equal(0.35, At(Table(small, "continuity_mean", null), "changes-per-youth", "mean").Value);
        var published = Table(small, "continuity_changes", Rules);
        Assert.Equal(["primary", "primary"], published.Rows.Where(r => r.Code is "1" or "2").Select(r => r.Cells[0].Suppressed));
        var mean = Table(small, "continuity_mean", Rules);
        Assert.Null(At(mean, "changes-per-youth", "youths").Suppressed);
        Assert.True(At(mean, "changes-per-youth", "mean").IsWithheld, "the mean would give the small rows away");
        Assert.Contains(small.Notes, n => n.Heading == "How continuity of care is counted");

        // Every row large enough: everything shown.
        var large = ContinuityTopic.Build(Result([30, 10, 6, 5], 10 + 12 + 17));
        Assert.All(Table(large, "continuity_changes", Rules).Rows, r => Assert.Null(r.Cells[0].Suppressed));
        Assert.Equal(0.76, At(Table(large, "continuity_mean", Rules), "changes-per-youth", "mean").Value);
    }

    [Fact]
    public void The_youths_say_shows_shares_and_means_only_beside_counts_that_are_shown()
    {
        var many = YouthVoiceTopic.Build(new YouthVoiceResult("2019Q3", Q.From, Q.To, 40, 30, 0.75, 7, 25, 20, 3.45, YouthVoiceFigures.CountingRule));
        var answers = Table(many, "youth_voice_answers", Rules);
        Assert.Equal((30.0, 0.75, 40.0), (At(answers, "agreed", "count").Value!.Value, At(answers, "agreed", "share").Value!.Value, At(answers, "total", "count").Value!.Value));
        Assert.Equal(7, At(Table(many, "youth_voice_not_asked", Rules), "added-not-asked", "count").Value);
        var feedback = Table(many, "youth_voice_feedback", Rules);
        Assert.Equal((20.0, 3.45, 25.0), (At(feedback, "rated", "count").Value!.Value, At(feedback, "rated", "mean").Value!.Value, At(feedback, "total", "count").Value!.Value));

        // Three ratings: the count and the mean go; 40 answered with 38 agreed: the 2 not agreed must not be subtracted.
        var few = YouthVoiceTopic.Build(new YouthVoiceResult("2019Q3", Q.From, Q.To, 40, 38, 0.95, 0, 25, 3, 4.0, ""));
        feedback = Table(few, "youth_voice_feedback", Rules);
        Assert.Equal(("primary", "primary"), (At(feedback, "rated", "count").Suppressed, At(feedback, "rated", "mean").Suppressed));
        Assert.Equal(4.0, At(Table(few, "youth_voice_feedback", null), "rated", "mean").Value);
        answers = Table(few, "youth_voice_answers", Rules);
        Assert.True(At(answers, "agreed", "count").IsWithheld || At(answers, "total", "count").IsWithheld);
        Assert.True(At(answers, "agreed", "share").IsWithheld);
    }

    [Fact]
    public void Legal_tables_keep_their_rows_as_they_come_each_with_its_own_total()
    {
        var result = new LegalFiguresResult("2019Q3", Q.From, Q.To, "Connecticut",
        [
            new("protections", "Protections sought", [new("affirmative-defense", "Affirmative defense", 1), new("vacatur", "Vacatur of records", 7)]),
            new("outcomes", "Protection outcomes", []),
            new("arrests", "Arrests by offender role", [new("buyer", "Buyer", 0)]),
            new("charges", "Charges by offense and class", [new("53a-83b/class-a-felony", "Commercial sexual abuse of a minor: Class A felony", 6)]),
            new("dispositions", "Dispositions", [new("convicted", "Convicted", 2), new("dismissed", "Dismissed", 9)]),
        ], LegalFigures.CountingRule);
        var population = LegalTopic.Build(result);
        Assert.Equal(["legal_protections", "legal_outcomes", "legal_arrests", "legal_charges", "legal_dispositions"], population.Tables.Select(t => t.Key));
        var protections = Table(population, "legal_protections", null);
        Assert.Equal(["affirmative-defense", "vacatur", "total"], protections.Rows.Select(r => r.Code));
        Assert.Equal(8, At(protections, "total", "count").Value);
        var outcomes = Table(population, "legal_outcomes", Rules);
        Assert.Equal(0, Assert.Single(outcomes.Rows, r => r.IsTotal).Cells[0].Value);
        Assert.Equal(0, At(Table(population, "legal_arrests", Rules), "buyer", "count").Value); // a zero is shown

        // Published: 1 of 8 protections withheld, and another with it, since 8 − 7 = 1; 2 of 11 dispositions likewise.
        var published = Table(population, "legal_protections", Rules);
        Assert.Equal("primary", At(published, "affirmative-defense", "count").Suppressed);
        Assert.True(At(published, "vacatur", "count").IsWithheld || At(published, "total", "count").IsWithheld);
        var dispositions = Table(population, "legal_dispositions", Rules);
        Assert.Equal("primary", At(dispositions, "convicted", "count").Suppressed);
        Assert.Equal(6, At(Table(population, "legal_charges", Rules), "total", "count").Value);
    }

    [Fact]
    public void Service_referrals_protect_what_was_withdrawn_and_the_hours_of_a_kind_withheld()
    {
        var org = Guid.NewGuid();
        var result = new ServiceReferralFiguresResult("2019Q3", Q.From, Q.To, 30,
            [new("emergency-shelter", "Emergency shelter", 24), new("legal", "Legal help", 6)],
            [
                new(org, "Harbor House", 20, 12, 6, 1, 0.667, 2.5), // and 1 withdrawn before an answer
                new(Guid.Empty, "Not in the directory", 10, 5, 5, 0, 0.5, 1.0),
            ],
            new CompletionFigures(8, 2, 0.8),
            [new("emergency-shelter", "Emergency shelter", 9, 900, 3), new("counselling", "Counselling", 5, 300, 0), new("basic-needs", "Basic needs", 2, 60, 2)],
            [new("legal", "Legal help", 0, 6)], ServiceReferralFigures.Rules);
        var population = ServiceReferralTopic.Build(result);

        var exact = Table(population, "service_referrals_providers", null);
        Assert.Equal([org.ToString(), "not-in-the-directory", "total"], exact.Rows.Select(r => r.Code));
        Assert.Equal([20.0, 18, 12, 6, 1, 12.0 / 18, 2.5], exact.Rows[0].Cells.Select(c => c.Value!.Value));
        Assert.Equal([30.0, 28, 17, 11, 1], exact.Rows[^1].Cells.Take(5).Select(c => c.Value!.Value));
        Assert.Null(At(exact, "total", "median_days").Value);

        var published = Table(population, "service_referrals_providers", Rules);
        Assert.Equal("primary", At(published, org.ToString(), "waiting").Suppressed);
        // Sent 20, answered 18 and waiting withheld: the 1 withdrawn stays hidden too, so sent or answered goes.
        Assert.True(At(published, org.ToString(), "sent").IsWithheld || At(published, org.ToString(), "answered").IsWithheld);

        var delivered = Table(population, "service_referrals_delivered", Rules);
        Assert.Equal((9.0, 15.0, 3.0), (At(delivered, "emergency-shelter", "count").Value!.Value, At(delivered, "emergency-shelter", "hours").Value!.Value,
            At(delivered, "emergency-shelter", "units").Value!.Value));
        Assert.Equal("primary", At(delivered, "basic-needs", "hours").Suppressed);
        // 2 basic-needs services: counselling goes with them, and the total's hours less the shelter's would be theirs together.
        Assert.True(At(delivered, "counselling", "count").IsWithheld);
        Assert.Null(At(delivered, "total", "count").Suppressed);
        Assert.Equal(("complementary", "complementary"), (At(delivered, "total", "hours").Suppressed, At(delivered, "total", "units").Suppressed));
        Assert.Equal(21.0, At(Table(population, "service_referrals_delivered", null), "total", "hours").Value);

        var completion = Table(population, "service_referrals_completion", Rules);
        Assert.Equal("primary", At(completion, "ended-early", "count").Suppressed);
        Assert.True(At(completion, "completed", "share").IsWithheld);
        Assert.Equal(0.8, At(Table(population, "service_referrals_completion", null), "completed", "share").Value);
        var unmet = Table(population, "service_referrals_unmet", Rules);
        Assert.Equal((0.0, 6.0), (At(unmet, "legal", "all_declined").Value!.Value, At(unmet, "legal", "no_fitting_service").Value!.Value));
    }

    [Fact]
    public void Missing_episodes_count_where_from_and_protect_the_median_of_few()
    {
        var rows = J.ResidenceAtExploitation.Select(c => new MissingFromCount(c.Code, c.Name, c.Code == "congregate" ? 9 : 0))
            .Append(new MissingFromCount("old-code", "old-code (not on the list)", 1)).Append(new MissingFromCount("", "Not recorded", 2)).ToList();
        var population = MissingEpisodesTopic.Build(new MissingEpisodesResult("2019Q3", Q.From, Q.To, 12, 7, rows, 10, 0, 3, 2.5));
        var exact = Table(population, "missing_from", null);
        Assert.Equal([.. J.ResidenceAtExploitation.Select(c => c.Code), "old-code", "", "total"], exact.Rows.Select(r => r.Code));
        Assert.Equal("Not recorded", exact.Rows[^2].Label);
        Assert.Equal(12, At(exact, "total", "count").Value);
        var episodes = Table(population, "missing_episodes", null);
        Assert.Equal([12.0, 7, 10, 0], episodes.Rows.Select(r => r.Cells[0].Value!.Value));
        Assert.Equal(10.0 / 12, At(episodes, "reported-to-police", "share").Value);
        Assert.Equal(2.5, At(Table(population, "missing_duration", null), "ended", "median").Value);

        var published = Table(population, "missing_from", Rules);
        Assert.Equal(("primary", "primary"), (At(published, "old-code", "count").Suppressed, At(published, "", "count").Suppressed));
        var duration = Table(population, "missing_duration", Rules);
        Assert.Equal(("primary", "primary"), (At(duration, "ended", "count").Suppressed, At(duration, "ended", "median").Suppressed));
        // 12 episodes, 10 reported to the police: the 2 not reported must not be subtracted, nor the share give them.
        var counts = Table(population, "missing_episodes", Rules);
        Assert.True(At(counts, "episodes", "count").IsWithheld || At(counts, "reported-to-police", "count").IsWithheld);
        Assert.True(At(counts, "reported-to-police", "share").IsWithheld);
    }
}

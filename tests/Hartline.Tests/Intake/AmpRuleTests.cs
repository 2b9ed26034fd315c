using Hartline.Features.Intake.Determination;
using static Hartline.Features.Intake.Determination.AmpAction;
using static Hartline.Features.Intake.Determination.AmpMeans;
using static Hartline.Features.Intake.Determination.AmpPurpose;

namespace Hartline.Tests.Intake;

public sealed class AmpRuleTests
{
    // Written out here rather than read from the rule, so a change of wording has to be deliberate.
    private const string WorkerDecides =
        "The determination is the worker's to make and record: this reading only shows what the recorded evidence meets and what it lacks.";

    private static AmpEvidence Evidence(ExploitationType suspected, int? age,
        AmpAction[]? actions = null, AmpMeans[]? means = null, AmpPurpose[]? purposes = null) =>
        new(new HashSet<AmpAction>(actions ?? []), new HashSet<AmpMeans>(means ?? []),
            new HashSet<AmpPurpose>(purposes ?? []), age, suspected);

    // Every row has an action and the pathway's purpose, so only age, pathway and means vary.
    [Theory]
    [InlineData(30, ExploitationType.Sex, true, true, true)]
    [InlineData(30, ExploitationType.Sex, false, true, false)]
    [InlineData(15, ExploitationType.Sex, true, false, true)]
    [InlineData(15, ExploitationType.Sex, false, false, true)]
    [InlineData(30, ExploitationType.Labor, true, true, true)]
    [InlineData(30, ExploitationType.Labor, false, true, false)]
    [InlineData(15, ExploitationType.Labor, true, true, true)]
    [InlineData(15, ExploitationType.Labor, false, true, false)]
    [InlineData(17, ExploitationType.Sex, false, false, true)]
    [InlineData(18, ExploitationType.Sex, false, true, false)]
    public void Elements_met_by_age_pathway_and_means(int age, ExploitationType suspected, bool meansRecorded, bool meansRequired, bool expectedMet)
    {
        var (pathway, purpose) = suspected == ExploitationType.Sex
            ? (Pathway.SexTrafficking, CommercialSex)
            : (Pathway.LaborTrafficking, LaborOrServices);
        var reading = AmpRule.Read(Evidence(suspected, age, [Recruit], meansRecorded ? [Coercion] : [], [purpose]));

        Assert.Equal(age < 18, reading.IsMinor);
        var only = Assert.Single(reading.Pathways);
        Assert.Equal(pathway, only.Pathway);
        Assert.Equal(expectedMet, only.ElementsMet);
        Assert.Equal(expectedMet, reading.AnyPathwayMet);
        var means = only.Status(AmpElement.Means);
        Assert.Equal(meansRequired, means.Required);
        Assert.Equal(meansRecorded, means.Met);
        Assert.True(only.Status(AmpElement.Action).Met);
        Assert.True(only.Status(AmpElement.Purpose).Met);
        if (expectedMet) Assert.Empty(only.Missing);
        else Assert.StartsWith("Evidence of force, fraud or coercion", Assert.Single(only.Missing));
    }

    [Fact]
    public void Unknown_age_requires_means_and_says_proof_of_minority_would_remove_the_need_on_the_sex_pathway()
    {
        var reading = AmpRule.Read(Evidence(ExploitationType.Sex, null, [Recruit], [], [CommercialSex]));

        Assert.Null(reading.IsMinor);
        var sex = Assert.Single(reading.Pathways);
        Assert.False(sex.ElementsMet);
        var means = sex.Status(AmpElement.Means);
        Assert.True(means.Required);
        Assert.False(means.Met);
        Assert.Contains("age at the time of exploitation is not known", means.Why);
        Assert.Contains("under 18", means.Why);
        Assert.Equal(
            "Evidence of force, fraud or coercion (coercion includes threats of serious harm and abuse of the legal process), "
            + "or proof that the person was under 18 at the time, which would make force, fraud or coercion unnecessary for sex trafficking.",
            Assert.Single(sex.Missing));
        Assert.Contains("The person's age at the time of exploitation is not known, so force, fraud or coercion is treated as required; "
            + "proof that they were under 18 then would remove that need for sex trafficking.", reading.Summary);
    }

    [Fact]
    public void Unknown_age_on_labor_alone_does_not_offer_proof_of_minority_as_a_way_out()
    {
        var labor = Assert.Single(AmpRule.Read(Evidence(ExploitationType.Labor, null, [Recruit], [], [LaborOrServices])).Pathways);

        Assert.True(labor.Status(AmpElement.Means).Required);
        Assert.DoesNotContain("under 18", Assert.Single(labor.Missing));
    }

    [Fact]
    public void Both_suspected_with_only_labor_evidence_meets_labor_and_not_sex()
    {
        var reading = AmpRule.Read(Evidence(ExploitationType.Both, 30, [Harbor], [Fraud], [LaborOrServices]));

        Assert.Equal([Pathway.SexTrafficking, Pathway.LaborTrafficking], reading.Pathways.Select(p => p.Pathway));
        var sex = reading.For(Pathway.SexTrafficking)!;
        var labor = reading.For(Pathway.LaborTrafficking)!;
        Assert.False(sex.ElementsMet);
        Assert.True(labor.ElementsMet);
        Assert.True(reading.AnyPathwayMet);
        // Harboring is an action of both pathways; the purpose is what keeps sex trafficking unmet.
        Assert.True(sex.Status(AmpElement.Action).Met);
        Assert.False(sex.Status(AmpElement.Purpose).Met);
        Assert.Contains("Labor or services is recorded, but that purpose counts only for labor trafficking.", sex.Status(AmpElement.Purpose).Why);
        Assert.Equal(["Evidence that the purpose was a commercial sex act."], sex.Missing);
        Assert.Contains("Sex trafficking: not every required element has evidence yet; still needed: the purpose.", reading.Summary);
        Assert.Contains("Labor trafficking: evidence is recorded for every element the law requires.", reading.Summary);
    }

    [Fact]
    public void Sex_only_actions_do_not_count_for_labor_and_the_why_says_so()
    {
        var labor = Assert.Single(AmpRule.Read(Evidence(ExploitationType.Labor, 30, [Patronize, Solicit], [Force], [LaborOrServices])).Pathways);

        Assert.False(labor.ElementsMet);
        var action = labor.Status(AmpElement.Action);
        Assert.False(action.Met);
        Assert.Equal("No action that counts for labor trafficking is recorded. Patronizing and soliciting do not count here: "
            + "federal law names them only for sex trafficking.", action.Why);
        Assert.Equal(["An action that counts for labor trafficking: recruiting, harboring, transporting, providing or obtaining the person."],
            labor.Missing);
    }

    [Fact]
    public void The_same_sex_only_action_counts_on_the_sex_pathway_when_both_are_read()
    {
        var reading = AmpRule.Read(Evidence(ExploitationType.Unknown, 30, [Patronize], [Force], [CommercialSex, LaborOrServices]));

        Assert.True(reading.For(Pathway.SexTrafficking)!.ElementsMet);
        Assert.False(reading.For(Pathway.LaborTrafficking)!.ElementsMet);
        Assert.Contains("Patronizing does not count here: federal law names it only for sex trafficking.",
            reading.For(Pathway.LaborTrafficking)!.Status(AmpElement.Action).Why);
    }

    [Fact]
    public void Missing_action_is_named_with_every_action_the_pathway_accepts()
    {
        var reading = AmpRule.Read(Evidence(ExploitationType.Sex, 16, [], [], [CommercialSex]));
        var sex = Assert.Single(reading.Pathways);

        Assert.False(sex.ElementsMet);
        Assert.False(reading.AnyPathwayMet);
        Assert.Equal(["An action that counts for sex trafficking: recruiting, enticing, harboring, transporting, providing, obtaining, "
            + "advertising, maintaining, patronizing or soliciting the person."], sex.Missing);
        Assert.Contains("Sex trafficking: not every required element has evidence yet; still needed: an action.", reading.Summary);
    }

    [Fact]
    public void Missing_purpose_is_named()
    {
        var labor = Assert.Single(AmpRule.Read(Evidence(ExploitationType.Labor, 40, [Recruit], [Force], [])).Pathways);

        Assert.False(labor.ElementsMet);
        Assert.False(labor.Status(AmpElement.Purpose).Met);
        Assert.Equal(["Evidence that the purpose was labor or services."], labor.Missing);
    }

    [Fact]
    public void Nothing_recorded_lists_all_three_elements_in_order()
    {
        var reading = AmpRule.Read(Evidence(ExploitationType.Labor, 25));
        var labor = Assert.Single(reading.Pathways);

        Assert.Equal([AmpElement.Action, AmpElement.Means, AmpElement.Purpose], labor.Elements.Select(e => e.Element));
        Assert.Equal(3, labor.Missing.Count);
        Assert.Contains("Labor trafficking: not every required element has evidence yet; still needed: an action, "
            + "the means (force, fraud or coercion) and the purpose.", reading.Summary);
    }

    [Fact]
    public void Means_recorded_for_a_minor_on_the_sex_pathway_are_shown_as_met_but_not_required()
    {
        var sex = Assert.Single(AmpRule.Read(Evidence(ExploitationType.Sex, 16, [Recruit], [Fraud, Force], [CommercialSex])).Pathways);

        var means = sex.Status(AmpElement.Means);
        Assert.False(means.Required);
        Assert.True(means.Met);
        Assert.StartsWith("Not required: under federal law, a person under 18", means.Why);
        Assert.EndsWith("Recorded: force and fraud.", means.Why);
        Assert.True(sex.ElementsMet);
        Assert.Empty(sex.Missing);
    }

    [Fact]
    public void A_minor_on_the_labor_pathway_is_told_there_is_no_minors_exception()
    {
        var labor = Assert.Single(AmpRule.Read(Evidence(ExploitationType.Labor, 14, [Obtain], [], [LaborOrServices])).Pathways);

        Assert.Contains("no exception for minors in labor trafficking", labor.Status(AmpElement.Means).Why);
    }

    [Fact]
    public void Age_counts_at_the_time_of_exploitation_not_today()
    {
        // Referred as an adult, but 16 when exploited: no means needed on the sex pathway.
        var age = AmpRule.AgeAt(new DateOnly(2007, 9, 1), new DateOnly(2024, 8, 31));
        var reading = AmpRule.Read(Evidence(ExploitationType.Sex, age, [Advertise], [], [CommercialSex]));

        Assert.Equal(16, age);
        Assert.True(reading.IsMinor);
        Assert.True(reading.AnyPathwayMet);
        Assert.Contains("The person was 16 at the time of exploitation: a minor.", reading.Summary);
    }

    [Theory]
    [InlineData("2008-06-15", "2026-06-14", 17)]
    [InlineData("2008-06-15", "2026-06-15", 18)]
    [InlineData("2008-06-15", "2026-06-16", 18)]
    [InlineData("2008-06-15", "2008-06-15", 0)]
    [InlineData("2008-12-31", "2026-01-01", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2024-02-28", 15)]
    [InlineData("2008-02-29", "2024-02-29", 16)]
    [InlineData("2008-03-01", "2024-02-29", 15)]
    public void AgeAt_counts_whole_years_around_birthdays_and_29_February(string born, string exploited, int expected) =>
        Assert.Equal(expected, AmpRule.AgeAt(DateOnly.Parse(born), DateOnly.Parse(exploited)));

    [Theory]
    [InlineData("2010-05-02", "2010-05-01")]
    [InlineData(null, "2020-01-01")]
    [InlineData("2010-05-02", null)]
    [InlineData(null, null)]
    public void AgeAt_is_null_when_a_date_is_unknown_or_the_exploitation_is_before_birth(string? born, string? exploited) =>
        Assert.Null(AmpRule.AgeAt(born is null ? null : DateOnly.Parse(born), exploited is null ? null : DateOnly.Parse(exploited)));

    public static TheoryData<ExploitationType, int?, bool> EveryKindOfCase()
    {
        var data = new TheoryData<ExploitationType, int?, bool>();
        foreach (var suspected in Enum.GetValues<ExploitationType>())
            foreach (var age in new int?[] { null, 12, 30 })
                foreach (var full in new[] { false, true })
                    data.Add(suspected, age, full);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindOfCase))]
    public void Summary_always_ends_by_leaving_the_determination_to_the_worker(ExploitationType suspected, int? age, bool full)
    {
        var reading = full
            ? AmpRule.Read(Evidence(suspected, age, [Recruit], [Force], [CommercialSex, LaborOrServices]))
            : AmpRule.Read(Evidence(suspected, age));

        Assert.Equal(full, reading.AnyPathwayMet);
        Assert.Equal(WorkerDecides, reading.Summary[^1]);
        // The statute is named once, in the first sentence; everything else is plain English.
        var everySentence = reading.Summary
            .Concat(reading.Pathways.SelectMany(p => p.Missing.Concat(p.Elements.Select(e => e.Why))));
        Assert.Equal([reading.Summary[0]], everySentence.Where(s => s.Contains("U.S.C.")));
    }

    [Fact]
    public void A_negative_age_is_refused_rather_than_read_as_a_minor() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AmpRule.Read(Evidence(ExploitationType.Sex, -1, [Recruit], [], [CommercialSex])));
}

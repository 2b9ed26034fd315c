using Hartline.Features.Cases.Legal;
using Hartline.Jurisdictions;

namespace Hartline.Tests.Cases.Legal;

/// <summary>Connecticut's Commercial Sexual Abuse of a Minor, classed by the child's age on the offense date.</summary>
public sealed class FelonyClassRuleTests
{
    private static readonly Jurisdiction Connecticut = Jurisdiction.Load("connecticut");
    private static readonly OffenseRule AbuseOfAMinor = Connecticut.Justice.Offense("53a-83b")!;
    private static readonly DateOnly Born = new(2008, 6, 15);

    public static TheoryData<string, string, ClassStatus, string?> Table => new()
    {
        // offense date, date of birth, expected status, expected class
        { "2015-06-15", "2008-06-15", ClassStatus.Computed, "Class A felony" },  // 7
        { "2023-06-14", "2008-06-15", ClassStatus.Computed, "Class A felony" },  // the day before the 15th birthday: 14
        { "2023-06-15", "2008-06-15", ClassStatus.Computed, "Class B felony" },  // the 15th birthday
        { "2026-06-14", "2008-06-15", ClassStatus.Computed, "Class B felony" },  // the day before turning 18: 17
        { "2026-06-15", "2008-06-15", ClassStatus.DoesNotApply, null },          // the 18th birthday: an adult
        { "2030-01-01", "2008-06-15", ClassStatus.DoesNotApply, null },
        { "2008-06-15", "2008-06-15", ClassStatus.Computed, "Class A felony" },  // age 0
        { "2008-06-14", "2008-06-15", ClassStatus.OffenseBeforeBirth, null },
        // Born on 29 February: the 15th birthday comes on 1 March in a common year.
        { "2023-02-28", "2008-02-29", ClassStatus.Computed, "Class A felony" },
        { "2023-03-01", "2008-02-29", ClassStatus.Computed, "Class B felony" },
        { "2024-02-29", "2008-02-29", ClassStatus.Computed, "Class B felony" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_class_follows_the_age_on_the_offense_date(string offense, string born, ClassStatus status, string? expected)
    {
        var result = FelonyClassRule.For(AbuseOfAMinor, DateOnly.Parse(born), DateOnly.Parse(offense));
        Assert.Equal(status, result.Status);
        Assert.Equal(expected, result.Class);
    }

    [Fact]
    public void The_explanation_names_the_age_and_the_rule_it_came_from()
    {
        var result = FelonyClassRule.For(AbuseOfAMinor, Born, new DateOnly(2022, 1, 10));
        Assert.Equal("Class A felony", result.Class);
        Assert.Contains("was 13", result.Explanation);
        Assert.Contains("53a-83b(c)", result.Explanation);
    }

    [Theory]
    [InlineData(false, true, "Cannot be computed: date of birth unknown.", ClassStatus.DateOfBirthUnknown)]
    [InlineData(true, false, "Cannot be computed: offense date unknown.", ClassStatus.OffenseDateUnknown)]
    [InlineData(false, false, "Cannot be computed: date of birth and offense date unknown.", ClassStatus.DateOfBirthUnknown)]
    public void An_unknown_date_is_said_not_guessed(bool knowBirth, bool knowOffense, string explanation, ClassStatus status)
    {
        var result = FelonyClassRule.For(AbuseOfAMinor, knowBirth ? Born : null, knowOffense ? new DateOnly(2022, 1, 10) : null);
        Assert.Equal(status, result.Status);
        Assert.Null(result.Class);
        Assert.Equal(explanation, result.Explanation);
    }

    [Fact]
    public void An_adult_victim_is_outside_the_offense()
    {
        var result = FelonyClassRule.For(AbuseOfAMinor, new DateOnly(2000, 1, 1), new DateOnly(2019, 5, 1));
        Assert.Equal(ClassStatus.DoesNotApply, result.Status);
        Assert.StartsWith("Does not apply: the youth was 19", result.Explanation);
    }

    [Fact]
    public void An_offense_with_one_class_has_it_whatever_the_age_and_an_unclassed_one_says_so()
    {
        var trafficking = FelonyClassRule.For(Connecticut.Justice.Offense("53a-192a")!, null, null);
        Assert.Equal((ClassStatus.Fixed, "Class A felony"), (trafficking.Status, trafficking.Class));
        var enticing = FelonyClassRule.For(Connecticut.Justice.Offense("53a-90a")!, Born, new DateOnly(2022, 1, 1));
        Assert.Equal(ClassStatus.NotClassified, enticing.Status);
        Assert.Contains("not yet checked against the law", enticing.Explanation); // said in words, never as a marker
        Assert.DoesNotContain("unverified", enticing.Explanation);
    }

    [Fact]
    public void Another_states_bands_give_its_own_classes()
    {
        var example = Jurisdiction.Load("example-state").Justice.Offense("EX-1")!;
        Assert.Equal("Level 1 offense (example)", FelonyClassRule.For(example, Born, new DateOnly(2024, 6, 14)).Class); // 15
        Assert.Equal("Level 2 offense (example)", FelonyClassRule.For(example, Born, new DateOnly(2024, 6, 15)).Class); // 16
    }
}

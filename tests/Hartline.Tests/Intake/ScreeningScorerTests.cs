using Hartline.Features.Intake.Screening;

namespace Hartline.Tests.Intake;

public sealed class ScreeningScorerTests
{
    private static readonly InstrumentLibrary Library = new();
    private static ScreeningInstrument Brief => Library.Latest("brief-intake-screen")!;
    private static ScreeningInstrument Full => Library.Latest("full-assessment")!;

    /// <summary>Each row: instrument, what the responses show, the responses ("CODE=value ..."), the band expected.</summary>
    public static TheoryData<string, string, string, string> Bands => new()
    {
        { "brief-intake-screen", "a clear concern about exploitation", "EX2=2", "clear" },
        { "brief-intake-screen", "three clear concerns elsewhere", "HM1=2 RL2=2 RS1=2", "clear" },
        { "brief-intake-screen", "many possible concerns (total 8)", "HM1=1 HM2=1 HM3=1 RL1=1 RL2=1 RL3=1 RS1=1 RS2=1", "clear" },
        { "brief-intake-screen", "one possible concern", "RS3=1", "possible" },
        { "brief-intake-screen", "two clear concerns outside exploitation", "HM1=2 RL1=2", "possible" },
        { "brief-intake-screen", "every item rated no concern", All("brief-intake-screen", 0), "none" },
        { "brief-intake-screen", "nothing answered", "", "none" },
        { "full-assessment", "a clear concern on a critical item", "CO2=2", "clear" },
        { "full-assessment", "three clear concerns on ordinary items", "HC3=2 ON3=2 SW1=2", "clear" },
        { "full-assessment", "possible concerns about control and exploitation adding to 4", "CO1=1 CO4=1 EX3=1 EX4=1", "clear" },
        { "full-assessment", "a total of 20 from possible concerns", "HC3=1 HC4=1 SR2=1 SR3=1 SR4=1 SR5=1 ON1=1 ON2=1 ON3=1 ON4=1 MB1=1 MB2=1 MB3=1 SW1=1 SW2=1 SW3=1 SW4=1 HE1=1 HE2=1 HE3=1", "clear" },
        { "full-assessment", "a possible concern on a critical item", "EX1=1", "possible" },
        { "full-assessment", "one clear concern on an ordinary item", "HE4=2", "possible" },
        { "full-assessment", "three background facts and one possible concern", "HC1=1 HC2=1 SR1=1 MB2=1", "possible" },
        { "full-assessment", "three background facts alone", "HC1=1 HC2=1 SR1=1", "none" },
        { "full-assessment", "every item rated no concern", All("full-assessment", 0), "none" },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void Each_band_is_reached_by_the_responses_that_should_reach_it(string code, string shows, string responses, string band)
    {
        var result = ScreeningScorer.Score(Library.Latest(code)!, Parse(responses));

        Assert.True(band == result.BandCode, $"{code} with {shows}: expected '{band}', got '{result.BandCode}' ({string.Join(" ", result.Reasons)})");
        Assert.Equal(result.BandLevel >= 1, result.Positive);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void The_band_table_covers_every_band_of_every_shipped_instrument()
    {
        var covered = Bands.Select(row => ((string)row[0], (string)row[3])).ToHashSet();
        foreach (var instrument in Library.All)
            foreach (var band in instrument.Scoring.Bands)
                Assert.True(covered.Contains((instrument.Code, band.Code)), $"No row of Bands reaches {instrument.Key} band '{band.Code}'.");
    }

    [Fact]
    public void Reasons_name_the_item_its_rating_and_its_domain()
    {
        var result = ScreeningScorer.Score(Brief, Parse("EX1=2 HM1=1"));

        Assert.Equal(("clear", "Clear concern", 2, true), (result.BandCode, result.BandLabel, result.BandLevel, result.Positive));
        var reason = Assert.Single(result.Reasons, r => r.StartsWith("Item ", StringComparison.Ordinal));
        Assert.StartsWith("Item EX1 'There is information that the youth has exchanged sex or", reason);
        Assert.EndsWith("…' was rated Clear concern (Signs of exploitation).", reason);
    }

    [Fact]
    public void Reasons_for_counts_and_subtotals_list_the_items_and_the_scope()
    {
        var count = ScreeningScorer.Score(Full, Parse("HC3=2 ON3=2 SW1=2"));
        Assert.Contains("3 items were rated Clear concern (the rule needs 3): HC3, ON3, SW1.", count.Reasons);

        var subtotal = ScreeningScorer.Score(Full, Parse("CO1=1 CO4=1 EX3=1 EX4=1"));
        Assert.Contains("The score across Control by others and Signs of exploitation is 4, at or above the threshold of 4.", subtotal.Reasons);

        var several = ScreeningScorer.Score(Full, Parse("HC1=1 HC2=1 SR1=1 MB2=1"));
        Assert.Contains("4 items were rated 1 (Possible concern, Yes) or higher (the rule needs 4): HC1, HC2, SR1, MB2.", several.Reasons);

        var critical = ScreeningScorer.Score(Full, Parse("CO3=1"));
        Assert.StartsWith("Item CO3 ", critical.Reasons[0]);
        Assert.Contains("was rated Possible concern (Control by others, a critical item).", critical.Reasons[0]);
    }

    [Fact]
    public void Unanswered_items_add_nothing_and_the_reasons_say_when_many_are_missing()
    {
        var sparse = ScreeningScorer.Score(Brief, Parse("HM1=1 HM2=null RL1=0"));
        Assert.Equal((1, 2, 10), (sparse.Total, sparse.Answered, sparse.Unanswered));
        Assert.Contains(sparse.Reasons, r => r.StartsWith("10 of 12 items were left unanswered", StringComparison.Ordinal));

        var nearlyComplete = ScreeningScorer.Score(Brief, Parse(All("brief-intake-screen", 0) + " RL3=null"));
        Assert.Equal((0, 11, 1), (nearlyComplete.Total, nearlyComplete.Answered, nearlyComplete.Unanswered));
        Assert.DoesNotContain(nearlyComplete.Reasons, r => r.Contains("unanswered", StringComparison.Ordinal));

        var empty = ScreeningScorer.Score(Brief, Parse(""));
        Assert.Equal("none", empty.BandCode);
        Assert.Contains("No item was answered, so this result reflects missing information, not an absence of concern.", empty.Reasons);
    }

    [Fact]
    public void A_not_known_answer_counts_as_answered_but_adds_nothing()
    {
        var result = ScreeningScorer.Score(Full, Parse("HC1=-1 HC2=1 SR1=-1 MB1=1"));

        Assert.Equal((2, 4), (result.Total, result.Answered));
        Assert.Equal("none", result.BandCode);
        Assert.Contains("2 item(s) were answered 'not known' and add nothing to the score.", result.Reasons);
    }

    [Fact]
    public void ValidateResponses_reports_unknown_items_and_off_scale_values_by_item_code()
    {
        var errors = ScreeningScorer.ValidateResponses(Full, Parse("EX1=3 HC1=2 HC2=-1 ZZ9=1 SR2=null CO1=0"));

        Assert.Equal(["EX1", "HC1", "ZZ9"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("3 is not an answer to item EX1", errors["EX1"][0]);
        Assert.Contains("0 (No concern), 1 (Possible concern), 2 (Clear concern)", errors["EX1"][0]);
        Assert.Contains("2 is not an answer to item HC1", errors["HC1"][0]);
        Assert.Contains("'ZZ9' is not an item of Exploitation concern assessment (version 1)", errors["ZZ9"][0]);
        Assert.Empty(ScreeningScorer.ValidateResponses(Full, Parse("EX1=2 HC1=-1 SR2=null")));
    }

    [Fact]
    public void Score_refuses_responses_that_do_not_validate()
    {
        var e = Assert.Throws<ArgumentException>(() => ScreeningScorer.Score(Brief, Parse("EX1=5")));
        Assert.Contains("5 is not an answer to item EX1", e.Message);
    }

    [Fact]
    public void Scoring_is_deterministic_and_ignores_the_order_of_responses()
    {
        var forward = ScreeningScorer.Score(Full, Parse("HC3=2 ON3=2 SW1=2 EX1=1"));
        var backward = ScreeningScorer.Score(Full, Parse("EX1=1 SW1=2 ON3=2 HC3=2"));

        Assert.Equal(forward.Reasons, backward.Reasons);
        Assert.Equal(forward with { Reasons = [] }, backward with { Reasons = [] });
    }

    private static string All(string code, int value) =>
        string.Join(" ", Library.Latest(code)!.Items.Select(i => $"{i.Code}={value}"));

    /// <summary>"EX1=2 HM1=null" as responses; a later pair for the same item replaces an earlier one.</summary>
    private static Dictionary<string, int?> Parse(string responses)
    {
        var parsed = new Dictionary<string, int?>();
        foreach (var pair in responses.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
            parsed[pair[0]] = pair[1] == "null" ? null : int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture);
        return parsed;
    }
}

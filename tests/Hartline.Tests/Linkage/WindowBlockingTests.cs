using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>
/// The sorted-neighbourhood rules: a blank or misspelt name with the date missing or off is still
/// proposed, and no record makes more than Window − 1 pairs in each, however common its name.
/// </summary>
public sealed class WindowBlockingTests
{
    private static PreparedPerson Person(string? given, string? family, DateOnly? born, string? postcode = null) =>
        new(new PersonRecord(Guid.NewGuid().ToString(), given, null, family, born, "F", null, null, postcode, null));

    // The batch's rules, and the equality rules only the interactive index keeps.
    private static BlockingRule Rule(string name) => BlockingRules.Batch.Concat(BlockingRules.Interactive).First(r => r.Name == name);

    /// <summary>The names of the rules that made the pair (first, second), in the batch.</summary>
    private static HashSet<string> RulesPairing(PreparedPerson[] people, int first, int second)
    {
        var found = new HashSet<string>();
        for (var r = 0; r < BlockingRules.Batch.Length; r++)
        {
            var alone = CandidateGenerator.Generate(people, [BlockingRules.Batch[r]], parallelism: 1);
            for (var i = 0; i < alone.Count; i++)
                if (PairPacking.First(alone.Pairs[i]) == Math.Min(first, second) && PairPacking.Second(alone.Pairs[i]) == Math.Max(first, second))
                    found.Add(BlockingRules.Batch[r].Name);
        }
        return found;
    }

    [Fact]
    public void Name_sort_keys_sort_as_the_names_run_together_do()
    {
        Assert.Equal(0UL, BlockingRules.NameSortKey("", ""));
        // A missing given name sorts just before the same family name with one.
        Assert.True(BlockingRules.NameSortKey("botsford", "") < BlockingRules.NameSortKey("botsford", "wesley"));
        Assert.True(BlockingRules.NameSortKey("botsford", "wesley") < BlockingRules.NameSortKey("botsfordz", ""));
        // The whole name typed in one box is the same key as the two boxes.
        Assert.Equal(BlockingRules.NameSortKey("sam", "mccarthy"), BlockingRules.NameSortKey("", "sammccarthy"));
        // Only the first twelve letters count.
        Assert.Equal(BlockingRules.NameSortKey("christiansen", "cynthia"), BlockingRules.NameSortKey("christiansen", "carla"));
        Assert.NotEqual(BlockingRules.NameSortKey("christiansen", "cynthia"), BlockingRules.NameSortKey("chrisitansen", "cynthia"));
    }

    [Fact]
    public void No_given_name_no_date_and_a_move_is_proposed_by_the_family_then_given_neighbourhood()
    {
        PreparedPerson[] people =
        [
            Person(null, "Botsford", null, "06518"),
            Person("Wesley", "Botsford", new DateOnly(2007, 12, 16), "06604"),
            Person("Zelda", "Botsford", new DateOnly(2001, 1, 1), "06101"),
            Person("Kevin", "Walker", new DateOnly(2007, 12, 16), "06518"),
        ];
        Assert.Equal(["family-given-sorted"], RulesPairing(people, 0, 1));
        // Neighbours only within the first four letters: a Walker with the same postcode and date is not one.
        Assert.Empty(RulesPairing(people, 0, 3));
    }

    [Fact]
    public void A_date_a_few_days_off_with_the_given_name_blank_is_proposed_by_the_date_neighbourhood()
    {
        var people = new List<PreparedPerson>
        {
            Person(null, "Garcia", new DateOnly(2009, 6, 23)),
            Person("Ana", "Garcia", new DateOnly(2009, 6, 28)),
        };
        // Many other Garcias, none born within years of them, and none sorting next to them by name.
        for (var i = 0; i < 40; i++) people.Add(Person("Zoe", "Garcia", new DateOnly(1990 + i % 10, 1 + i % 12, 1)));
        var found = RulesPairing([.. people], 0, 1);
        Assert.Contains("family-sound~dob-window", found);
        Assert.DoesNotContain("dob+sex~family-window", found); // born on different days
        // Two Garcias born twenty years apart with a dozen Garcias between them are not paired by it.
        Assert.DoesNotContain("family-sound~dob-window", RulesPairing([.. people], 0, 2));
    }

    [Fact]
    public void A_window_rule_makes_at_most_window_minus_one_pairs_a_record_however_common_the_name()
    {
        var people = Enumerable.Range(0, 2000)
            .Select(i => Person("Maria", "Garcia", new DateOnly(2000, 1, 1).AddDays(i % 900))).ToArray();
        foreach (var rule in BlockingRules.Batch.Where(r => r.IsWindow))
        {
            var alone = CandidateGenerator.Generate(people, [rule], parallelism: 1);
            Assert.True(alone.Count > 0, rule.Name);
            Assert.True(alone.Count <= (long)(rule.Window - 1) * people.Length, rule.Name);
            Assert.Equal(0, alone.SkippedBlocks[0]);
        }
        // An equality rule on the same names skips the block instead.
        var names = CandidateGenerator.Generate(people, [Rule("given+family-sound")], parallelism: 1);
        Assert.Equal(0, names.Count);
    }

    [Fact]
    public void A_misspelt_family_name_with_another_given_name_sorts_beside_the_right_one_among_those_born_that_day()
    {
        var born = new DateOnly(2008, 4, 19);
        var people = new List<PreparedPerson>
        {
            Person("Cynthia", "Christiansen", born),
            Person("Cindy", "Chrisitansen", born),
        };
        // Thirty other girls born that day, none sorting between the two.
        for (var i = 0; i < 30; i++) people.Add(Person("Zoe", $"{(char)('d' + i % 20)}almer", born));
        Assert.Contains("dob+sex~family-window", RulesPairing([.. people], 0, 1));
        // Born another day: another group, not paired by it.
        people[1] = Person("Cindy", "Chrisitansen", born.AddDays(3));
        Assert.DoesNotContain("dob+sex~family-window", RulesPairing([.. people], 0, 1));
    }

    [Fact]
    public void The_interactive_index_has_no_window_rules()
    {
        Assert.DoesNotContain(BlockingRules.Interactive, r => r.IsWindow);
        Assert.Contains(BlockingRules.Batch, r => r.IsWindow);
    }
}

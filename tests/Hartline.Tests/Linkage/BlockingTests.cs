using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

public sealed class BlockingTests
{
    private static PreparedPerson Prepare(string id, string given, string family, DateOnly born, string? phone = null) =>
        new(new PersonRecord(id, given, null, family, born, "F", null, null, "06106", phone));

    [Fact]
    public void A_pair_found_by_several_rules_is_one_candidate_credited_to_the_first_rule()
    {
        var born = new DateOnly(2007, 3, 4);
        PreparedPerson[] people =
        [
            Prepare("a", "Maria", "Lopez", born, "8605551234"),
            Prepare("b", "Maria", "Lopez", born, "8605551234"),
            Prepare("c", "Kevin", "Walker", new DateOnly(2010, 1, 2)),
        ];
        var rules = BlockingRules.Batch;
        var candidates = CandidateGenerator.Generate(people, rules, parallelism: 2);

        Assert.Equal(1, candidates.Count);
        Assert.Equal(0, PairPacking.First(candidates.Pairs[0]));
        Assert.Equal(1, PairPacking.Second(candidates.Pairs[0]));
        Assert.Equal(1, candidates.PairsPerRule[0]);
        Assert.Equal(candidates.Count, candidates.PairsPerRule.Sum());
    }

    [Fact]
    public void Each_rule_reports_the_pairs_no_earlier_rule_made()
    {
        var born = new DateOnly(2007, 3, 4);
        // a–b: same date, family name nearly alike (not the same given name: not rule 0). a–c: only the phone is shared (the phone rule).
        PreparedPerson[] people =
        [
            Prepare("a", "Maria", "Lopez", born, "8605551234"),
            Prepare("b", "Mary", "Lopes", born),
            Prepare("c", "Kevin", "Walker", new DateOnly(2010, 1, 2), "203 555 1234"),
        ];
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(2, candidates.Count);
        Assert.Equal(0, candidates.PairsPerRule[0]);
        var phone = Array.FindIndex(BlockingRules.Batch, r => r.Name == "phone");
        Assert.Equal(1, candidates.PairsPerRule.Where((_, r) => r != phone).Sum());
        Assert.Equal(1, candidates.PairsPerRule[phone]);
    }

    [Fact]
    public void Oversized_blocks_are_skipped_and_counted()
    {
        var born = new DateOnly(2007, 3, 4);
        var people = Enumerable.Range(0, CandidateGenerator.MaxBlockSize + 1)
            .Select(i => Prepare($"p{i}", "Maria", "Lopez", born)).ToArray();
        // (The window rules have no blocks to skip: see WindowBlockingTests.)
        var candidates = CandidateGenerator.Generate(people, [.. BlockingRules.Batch.Where(r => !r.IsWindow)], parallelism: 2);
        Assert.Equal(0, candidates.Count);
        Assert.True(candidates.SkippedBlocks[0] >= 1);
        Assert.Equal(people.Length, candidates.SkippedRecords[0]);
    }

    [Fact]
    public void Pair_sort_matches_a_plain_sort_and_scan()
    {
        // Three rules over 5,000 records, overlapping: every pair once, sorted, credited to its earliest rule, with a bit per rule that made it.
        var random = new Random(4);
        var perRule = Enumerable.Range(0, 3).Select(r => Enumerable.Range(0, 100_000)
            .Select(_ => PairPacking.Pack(random.Next(5_000), random.Next(5_000), r)).Where(p => PairPacking.First(p) != PairPacking.Second(p)).ToArray()).ToArray();
        var plain = perRule.SelectMany(p => p).GroupBy(PairPacking.WithoutRule).OrderBy(g => g.Key)
            .Select(g => (Pair: g.Min(), Made: g.Aggregate(0u, (m, p) => m | 1u << PairPacking.Rule(p)))).ToArray();

        var (pairs, made, count, credited) = PairSort.SortAndMerge(perRule, 5_000, 3, parallelism: 2);

        Assert.Equal(plain.Select(p => p.Pair), pairs.Take(count));
        Assert.Equal(plain.Select(p => p.Made), made.Take(count));
        Assert.Equal(Enumerable.Range(0, 3).Select(r => (long)plain.Count(p => PairPacking.Rule(p.Pair) == r)), credited);
    }

    [Fact]
    public void Same_address_finds_a_pair_with_a_slip_in_each_name_and_the_year()
    {
        // Neither name sounds alike and the year is off: only the home and the given initial are left.
        PreparedPerson[] people =
        [
            new(new PersonRecord("a", "Esneralda", null, "Rweyn", new DateOnly(2009, 7, 13), "F", "1242 Fairfield Ave", null, null, null)),
            new(new PersonRecord("b", "Esmeralda", null, "Reyna", new DateOnly(2008, 7, 13), null, "1242 Fairfield Avenue", null, null, null)),
        ];
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(1, candidates.Count);
        Assert.Equal("address+given-initial", BlockingRules.Batch[PairPacking.Rule(candidates.Pairs[0])].Name);
    }

    private static string OnlyRule(params PersonRecord[] records)
    {
        var people = records.Select(r => new PreparedPerson(r)).ToArray();
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 1);
        Assert.Equal(1, candidates.Count);
        return BlockingRules.Batch[PairPacking.Rule(candidates.Pairs[0])].Name;
    }

    [Fact]
    public void Same_date_and_postcode_find_a_pair_with_both_names_slipped() =>
        // Swapped boxes, a cut double name and a typo: no name rule applies; the date and postcode do.
        Assert.Equal("dob+postcode", OnlyRule(
            new PersonRecord("a", "Padilla Alcantar", null, "Angelika", new DateOnly(2003, 8, 27), "F", null, null, "06457", null),
            new PersonRecord("b", "Angelica", null, "Padila", new DateOnly(2003, 8, 27), null, null, "Middletown", "06457", null)));

    [Fact]
    public void Swapped_names_with_a_slip_are_found_by_date_and_initials_in_either_order() =>
        Assert.Equal("dob+initials-either-order", OnlyRule(
            new PersonRecord("a", "Moore-Clark", null, "Nichole", new DateOnly(2005, 9, 16), "F", null, null, "06114", null),
            new PersonRecord("b", "Nichole", null, "Moore", new DateOnly(2005, 9, 16), "F", null, null, "06106", null)));

    [Fact]
    public void A_family_typo_with_no_date_is_found_by_postcode_given_name_and_family_initial() =>
        Assert.Equal("postcode+given+family-initial", OnlyRule(
            new PersonRecord("a", "Rafael", null, "Lwee", null, "M", null, "New London", "06320", null),
            new PersonRecord("b", "Rafael", null, "Lee", new DateOnly(2010, 1, 18), "M", "176 Capitol Road", "New London", "06320", null)));

    [Fact]
    public void A_family_typo_and_a_year_off_are_found_by_given_name_family_initial_and_birthday() =>
        Assert.Equal("given+family-initial+birth-day-month", OnlyRule(
            new PersonRecord("a", "Alondra", null, "Aponte", new DateOnly(2005, 12, 13), "F", null, null, "06010", null),
            new PersonRecord("b", "Alondra", null, "Aponyte", new DateOnly(2006, 12, 13), "F", "750 Wolcott Ave", "Bridgeport", null, null)));

    [Fact]
    public void Swapped_names_at_one_address_are_found_by_address_and_initials_in_either_order() =>
        Assert.Equal("address+initials-either-order", OnlyRule(
            new PersonRecord("a", "Taylor", null, "Dianne", null, "F", "341 Arch Ave", null, "06770", null),
            new PersonRecord("b", "Dianne", null, "Taylor", new DateOnly(2008, 12, 6), "F", "341 Arch Avenue", "Naugatuck", null, null)));

    [Fact]
    public void A_given_name_typo_and_a_year_off_are_found_by_family_name_given_initial_and_birthday() =>
        Assert.Equal("family+given-initial+birth-day-month", OnlyRule(
            new PersonRecord("a", "Yaritza", null, "Fernandez", new DateOnly(2011, 4, 7), "F", null, "West Haven", null, null),
            new PersonRecord("b", "Yairtza", null, "Fernandez", new DateOnly(2010, 4, 7), "F", null, null, "06516", null)));

    [Fact]
    public void A_nickname_with_another_initial_at_one_address_is_found_by_address_and_family_initial() =>
        Assert.Equal("address+family-initial", OnlyRule(
            new PersonRecord("a", "Bella", null, "Rosario", null, "F", "2160 Park Ave", "Groton", null, null),
            new PersonRecord("b", "Isabella", null, "Rosairo", new DateOnly(2007, 7, 22), "F", "2160 Park Avenue", null, "06340", null)));

    [Fact]
    public void Swapped_names_without_a_date_are_found_by_postcode_and_names_in_either_order() =>
        Assert.Equal("postcode+names-either-order", OnlyRule(
            new PersonRecord("a", "Molina", null, "Diego", null, "M", null, null, "06604", null),
            new PersonRecord("b", "Diego", null, "Molina", new DateOnly(2010, 12, 31), "M", "49 Pearl Dr", "Bridgeport", "06604", null)));

    [Fact]
    public void Swapped_names_with_a_year_slip_are_found_by_names_in_either_order_and_birthday() =>
        Assert.Equal("names-either-order+birth-day-month", OnlyRule(
            new PersonRecord("a", "Michelle", null, "Carroll", new DateOnly(2005, 12, 12), "F", "2760 Washington Ave", "West Haven", null, null),
            new PersonRecord("b", "Carroll", null, "Michelle", new DateOnly(2004, 12, 12), "F", null, null, "06516", "2038628841")));
}

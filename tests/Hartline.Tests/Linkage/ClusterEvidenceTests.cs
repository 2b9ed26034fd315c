using Hartline.Linkage;
using Hartline.Linkage.Clustering;
using Hartline.Linkage.Model;
using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

/// <summary>
/// What the whole cluster knows: a record whose evidence is split across two records of a youth
/// joins the youth; a same-named stranger does not. And EM reads a pair as the scoring does.
/// </summary>
public sealed class ClusterEvidenceTests
{
    // Thelma's first referral has no date of birth; the second no home. The new record has both.
    private static readonly PersonRecord WithoutDate =
        new("a1", "Thelma", null, "Calderón", null, "F", "2124 Boston Rd", "Waterbury", "06708", null);
    private static readonly PersonRecord WithoutHome =
        new("a2", "Thelma", null, "Calderon", new DateOnly(2005, 3, 6), "F", null, null, null, null);
    private static readonly PersonRecord NewReferral =
        new("b", "Thelma", null, "Calderon", new DateOnly(2005, 3, 6), "F", "2124 Boston Road", "Waterbury", "06708", null);

    private static (PreparedPerson[] People, NameFrequency[] Frequency) Prepare(params PersonRecord[] records) =>
        (records.Select(r => new PreparedPerson(r)).ToArray(), new NameFrequency[records.Length]);

    private static double PairWeight(PreparedPerson[] people, int a, int b) =>
        LinkageModel.Default.Weight(PairComparer.Compare(people[a], people[b]), NameFrequency.None);

    // The second look with the batch's own guard (cross pairs and dates of birth), as the deduplicator runs it.
    private static int SecondLook(ClusterForest forest, Link[] nearLinks, PreparedPerson[] people, NameFrequency[] frequency, double cutoff) =>
        ClusterEvidence.Join(forest, nearLinks, people, frequency, LinkageModel.Default, cutoff, Guard(people, cutoff), (a, b) => BirthDateFit.Fits(a, b, people));

    private static Func<int, int, CrossPair> Guard(PreparedPerson[] people, double cutoff) =>
        (a, b) => GuardedClustering.CrossPairOf(PairWeight(people, a, b), PairComparer.Compare(people[a], people[b]), cutoff);

    [Fact]
    public void The_parts_of_a_weight_sum_to_it()
    {
        var (people, _) = Prepare(WithoutDate, WithoutHome, NewReferral,
            NewReferral with { Id = "c", GivenName = "Calderon", FamilyName = "Thelma", Postcode = "06710", Phone = "2035550101" });
        Span<double> parts = stackalloc double[LinkageModel.PartCount];
        for (var a = 0; a < people.Length; a++)
            for (var b = a + 1; b < people.Length; b++)
            {
                var gamma = PairComparer.Compare(people[a], people[b]);
                LinkageModel.Default.Parts(gamma, NameFrequency.None, NameFrequency.None, parts);
                var sum = 0.0;
                foreach (var part in parts) sum += part;
                Assert.Equal(LinkageModel.Default.Weight(gamma, NameFrequency.None), sum, 9);
            }
    }

    [Fact]
    public void A_record_matching_two_records_of_a_youth_on_different_facts_joins_the_youth()
    {
        var (people, frequency) = Prepare(WithoutDate, WithoutHome, NewReferral);
        // Set the cut-off just above the better of the two pairs: neither would be accepted alone.
        var cutoff = Math.Max(PairWeight(people, 0, 2), PairWeight(people, 1, 2)) + 0.5;
        Span<double> best = stackalloc double[LinkageModel.PartCount], parts = stackalloc double[LinkageModel.PartCount];

        var forest = new ClusterForest(3);
        forest.Join(0, 1);
        Assert.True(GuardedClustering.MayJoin(forest, forest.Find(0), 2, Guard(people, cutoff), (a, b) => BirthDateFit.Fits(a, b, people)));
        var weight = ClusterEvidence.Combined([0, 1], [2], people, frequency, LinkageModel.Default, best, parts);
        Assert.True(weight >= cutoff, $"cluster evidence {weight} bits against a cut-off of {cutoff}");

        var joins = SecondLook(forest, [new Link(1, 2, cutoff - 1)], people, frequency, cutoff);
        Assert.Equal(1, joins);
        Assert.Equal(forest.Find(0), forest.Find(2));
    }

    [Fact]
    public void A_same_named_stranger_born_on_another_day_does_not_join()
    {
        var stranger = NewReferral with { Id = "s", DateOfBirth = new DateOnly(2007, 10, 21) };
        var (people, frequency) = Prepare(WithoutDate, WithoutHome, stranger);
        var cutoff = Math.Max(PairWeight(people, 0, 2), PairWeight(people, 1, 2)) + 0.5;
        var forest = new ClusterForest(3);
        forest.Join(0, 1);
        Assert.Equal(0, SecondLook(forest, [new Link(0, 2, cutoff - 1)], people, frequency, cutoff));
        Assert.NotEqual(forest.Find(0), forest.Find(2));
    }

    [Fact]
    public void Two_single_records_gain_nothing_from_a_second_look()
    {
        var (people, frequency) = Prepare(WithoutDate, NewReferral);
        var cutoff = PairWeight(people, 0, 1) + 0.5;
        var forest = new ClusterForest(2);
        Assert.Equal(0, SecondLook(forest, [new Link(0, 1, cutoff - 0.5)], people, frequency, cutoff));
    }

    [Fact]
    public void Each_different_value_in_a_cluster_is_another_chance_for_a_stranger()
    {
        var swapped = WithoutHome with { Id = "a3", DateOfBirth = new DateOnly(2005, 6, 3) };
        var (people, _) = Prepare(WithoutDate, WithoutHome, swapped, WithoutHome with { Id = "a4" });
        // A missing date and a repeated date add no chance; the swapped date does.
        Assert.Equal(2, ClusterEvidence.Values([0, 1, 2, 3], people, LinkageModel.BirthPart));
        Assert.Equal(1, ClusterEvidence.Values([0, 1, 3], people, LinkageModel.BirthPart));
        // Calderón and Calderon fold to one name.
        Assert.Equal(1, ClusterEvidence.Values([0, 1, 2, 3], people, LinkageModel.NamesPart));
    }

    [Fact]
    public void Estimation_reads_the_home_as_the_scoring_does()
    {
        var model = LinkageModel.Default;
        var moved = new PersonRecord("m", "Thelma", null, "Calderon", new DateOnly(2005, 3, 6), "F", "38 Union Ave", "Stamford", "06905", "2035550199");
        var sameTown = moved with { Id = "t", Address = "7 Oak St", Phone = null };
        var home = NewReferral with { Phone = "2035550101" };
        foreach (var other in new[] { moved, sameTown, NewReferral })
        {
            var gamma = PairComparer.Compare(new PreparedPerson(home), new PreparedPerson(other));
            var scoring = model.ResidenceCorrection(gamma) + model.SamePlaceCorrection(gamma);
            Assert.Equal(scoring, MEstimation.HomeCorrection(gamma, model) / Math.Log(2), 9);
        }
        // The move is counted once: four disagreements, one penalty.
        var movedGamma = PairComparer.Compare(new PreparedPerson(home), new PreparedPerson(moved));
        Assert.True(model.ResidenceCorrection(movedGamma) > 0);
    }
}

/// <summary>Dates of a cluster that fit one youth, and nicknames typed with a slip.</summary>
public sealed class SlipTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Dates_two_slips_apart_fit_one_youth_when_a_third_date_explains_both()
    {
        // Born 2005-12-01: one form swapped day and month, another mistyped the year.
        Assert.True(BirthDateFit.Fits([D("2005-01-12"), D("2005-12-01"), D("2009-12-01")]));
        // Without the true date on any record, the two slips are too far apart.
        Assert.False(BirthDateFit.Fits([D("2005-01-12"), D("2009-12-01")]));
        Assert.False(BirthDateFit.Fits([D("2008-03-04"), D("2010-09-21")]));
        Assert.True(BirthDateFit.Fits([]));
    }

    [Fact]
    public void A_record_two_slips_from_one_member_joins_through_the_member_with_the_true_date()
    {
        PersonRecord Viola(string id, string born, string? postcode) =>
            new(id, "Viola", null, "Muller", D(born), "F", null, "Bridgeport", postcode, null);
        var records = new[] { Viola("a", "2005-12-01", "06607"), Viola("b", "2009-12-01", "06607"), Viola("c", "2005-01-12", "06607") };
        var people = records.Select(r => new PreparedPerson(r)).ToArray();
        var model = LinkageModel.Default;
        double Weight(int x, int y) => model.Weight(PairComparer.Compare(people[x], people[y]), NameFrequency.None);
        // a–b and a–c are single slips; b–c are two slips apart and (set so) below the cut-off.
        var cutoff = Weight(1, 2) + 1;
        Assert.True(Weight(0, 1) >= cutoff && Weight(0, 2) >= cutoff, "the single slips are accepted");
        var forest = GuardedClustering.Cluster(new ClusterForest(3), [new Link(0, 1, Weight(0, 1)), new Link(0, 2, Weight(0, 2))],
            (x, y) => GuardedClustering.CrossPairOf(Weight(x, y), PairComparer.Compare(people[x], people[y]), cutoff),
            (x, y) => BirthDateFit.Fits(x, y, people));
        Assert.Equal(forest.Find(0), forest.Find(2));
        Assert.Equal(forest.Find(1), forest.Find(2));
    }

    [Theory]
    [InlineData("Izy", "Isabella")]
    [InlineData("Bells", "Isabella")]
    [InlineData("Willisam", "Billy")]
    [InlineData("Smamy", "Samantha")]
    [InlineData("Cuy", "Jesús")]
    public void A_nickname_typed_with_a_slip_is_still_a_nickname(string a, string b)
    {
        var level = PairComparer.Name(NameFolding.Fold(a), NameFolding.Fold(b), PreparedPerson.Sound(NameFolding.Fold(a)),
            PreparedPerson.Sound(NameFolding.Fold(b)), nicknames: true);
        Assert.Equal(NameLevel.Nickname, level);
    }

    [Theory]
    [InlineData("Al", "Ali")]          // forms under four letters are not stretched
    [InlineData("Bella", "Stella")]    // a slip of the nickname, not of a form of the other name
    [InlineData("Maria", "Mario")]     // neither a form of the other
    public void Names_a_slip_from_a_form_of_another_name_are_not_nicknames(string a, string b) =>
        Assert.False(Nicknames.AreNearVariants(NameFolding.Fold(a), NameFolding.Fold(b)));

}

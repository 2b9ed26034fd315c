using Google.OrTools.LinearSolver;
using Hartline.Features.Reports.Disclosure;
using static Hartline.Features.Reports.Disclosure.TableShapes;

namespace Hartline.Tests.Reports.Disclosure;

/// <summary>The suppression rules on small hand-made tables; no database involved.</summary>
public sealed class DisclosureControlTests
{
    private static readonly Dimension Region = new("region");
    private static readonly Dimension Gender = new("gender");

    private static Dictionary<string, int> Counts(params (string Category, int Count)[] counts) =>
        counts.ToDictionary(c => c.Category, c => c.Count);

    private static SuppressedTables Protect(TableSet set, DisclosureRules? rules = null)
    {
        var result = DisclosureControl.Apply(set, rules ?? DisclosureRules.Standard);
        Assert.Null(Attacker.Breach(set, result, rules ?? DisclosureRules.Standard));
        return result;
    }

    [Fact]
    public void The_native_solver_loads_and_solves_a_small_programme()
    {
        using var solver = Solver.CreateSolver("GLOP");
        var x = solver.MakeNumVar(0, 10, "x");
        var y = solver.MakeNumVar(0, 10, "y");
        var sum = solver.MakeConstraint(0, 7);
        sum.SetCoefficient(x, 1);
        sum.SetCoefficient(y, 1);
        solver.Objective().SetCoefficient(x, 2);
        solver.Objective().SetCoefficient(y, 1);
        solver.Objective().SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        Assert.Equal(14, solver.Objective().Value(), 6);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(40, false)]
    public void Counts_from_1_to_4_are_primary_and_zero_is_shown(int count, bool primary) =>
        Assert.Equal(primary, DisclosureRules.Standard.IsPrimary(count));

    [Theory]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void The_federal_profile_withholds_counts_under_11(int count, bool primary) =>
        Assert.Equal(primary, DisclosureRules.Federal.IsPrimary(count));

    [Fact]
    public void A_table_with_nothing_small_shows_everything_including_zeros()
    {
        var set = new TableSet().Table(Region, Counts(("R1", 0), ("R2", 7), ("R3", 12)), 19);
        Assert.Empty(Protect(set).Withheld);
    }

    [Fact]
    public void A_lone_small_cell_in_a_row_gets_the_smallest_non_zero_complement()
    {
        var set = new TableSet().Table(Region, Counts(("R1", 3), ("R2", 0), ("R3", 20), ("R4", 9)), 32);
        var result = Protect(set);
        Assert.Equal(CellState.Primary, result.StateOf("region=R1"));
        Assert.Equal(CellState.Complementary, result.StateOf("region=R4"));
        Assert.Equal(["region=R1", "region=R4"], result.Withheld);
        Assert.Null(result.Count("region=R1"));
        Assert.Equal(20, result.Count("region=R3"));
    }

    [Fact]
    public void The_federal_profile_needs_wider_protection()
    {
        // Under 11, R1 = 3 beside R2 = 6 would leave [0, 9]: narrower than 10, so a third cell goes too.
        var set = new TableSet().Table(Region, Counts(("R1", 3), ("R2", 12), ("R3", 30)), 45);
        var result = Protect(set, DisclosureRules.Federal);
        Assert.Equal(CellState.Primary, result.StateOf("region=R1"));
        Assert.Equal(CellState.Complementary, result.StateOf("region=R2"));
        Assert.Equal(CellState.Shown, result.StateOf("region=R3"));
    }

    [Fact]
    public void A_small_cell_whose_row_and_column_have_one_other_cell_withholds_the_whole_rectangle()
    {
        var set = new TableSet()
            .Table(Region, Counts(("A", 12), ("B", 20)), 32)
            .Table(Gender, Counts(("female", 10), ("male", 22)), 32)
            .CrossTab(Region, Gender, new Dictionary<(string, string), int>
            {
                [("A", "female")] = 2, [("A", "male")] = 10, [("B", "female")] = 8, [("B", "male")] = 12,
            });
        var result = Protect(set);
        Assert.Equal(CellState.Primary, result.StateOf("region=A|gender=female"));
        // Its row mate and column mate alone would pin it; the opposite corner is what lets all four move.
        Assert.Equal(["region=A|gender=female", "region=A|gender=male", "region=B|gender=female", "region=B|gender=male"], result.Withheld);
        Assert.Equal(32, result.Count(GrandTotal));
    }

    [Fact]
    public void Shared_margins_are_protected_in_every_table_that_shows_them()
    {
        // Region R3 has 3 children: a cell of the region table and the cross-tab's row margin, one cell for both.
        var set = new TableSet()
            .Table(Region, Counts(("R1", 14), ("R2", 9), ("R3", 3)), 26)
            .Table(Gender, Counts(("female", 15), ("male", 11)), 26)
            .CrossTab(Region, Gender, new Dictionary<(string, string), int>
            {
                [("R1", "female")] = 8, [("R1", "male")] = 6, [("R2", "female")] = 5,
                [("R2", "male")] = 4, [("R3", "female")] = 2, [("R3", "male")] = 1,
            });
        var result = Protect(set);
        Assert.Equal(CellState.Primary, result.StateOf("region=R3"));
        Assert.Equal(CellState.Primary, result.StateOf("region=R3|gender=male"));
        Assert.Equal(CellState.Primary, result.StateOf("region=R2|gender=male"));
        // R3 cannot be had as total − R1 − R2 from the region table: another region is withheld with it.
        Assert.Contains(result.Withheld, k => k is "region=R1" or "region=R2");
    }

    [Fact]
    public void Rows_that_add_to_more_than_the_total_are_treated_as_overlapping_not_equal()
    {
        // Two children were seen in two regions, so 3 + 9 + 5 = 17 > 15. As an equality R1 would be 15 − 9 − 5 = 1
        // (a contradiction); as max(parts) ≤ total ≤ sum of parts a reader learns only 1 ≤ R1 ≤ 15: safe alone.
        var overlapping = new Dimension("region", RelationKind.Overlapping);
        var set = new TableSet().Table(overlapping, Counts(("R1", 3), ("R2", 9), ("R3", 5)), 15);
        var result = Protect(set);
        Assert.Equal(["region=R1"], result.Withheld);
        var range = Attacker.Ranges(set, result)["region=R1"];
        Assert.Equal((1, 15), (Math.Round(range.Low, 6), Math.Round(range.High, 6)));
    }

    [Fact]
    public void Overlapping_parts_still_bound_each_other_through_the_total()
    {
        // Each region is a subset of the 15 children, so R3 ≤ 15 and R1 ≥ 15 − 14 − R3 bind the attacker. Under 11,
        // R1 = 4 and R3 = 9 are both primary; Protect's attacker check proves both stay inside wide enough ranges.
        var overlapping = new Dimension("region", RelationKind.Overlapping);
        var set = new TableSet().Table(overlapping, Counts(("R1", 4), ("R2", 14), ("R3", 9)), 15);
        var result = Protect(set, DisclosureRules.Federal);
        Assert.Equal(CellState.Primary, result.StateOf("region=R1"));
        Assert.Equal(CellState.Primary, result.StateOf("region=R3"));
    }

    [Fact]
    public void The_same_data_gives_the_same_cells_whatever_order_it_came_in()
    {
        var rows = new[] { ("R1", 1), ("R2", 2), ("R3", 2), ("R4", 7), ("R5", 7), ("R6", 30) };
        var forwards = DisclosureControl.Apply(new TableSet().Table(Region, Counts(rows), 49), DisclosureRules.Standard);
        var again = DisclosureControl.Apply(new TableSet().Table(Region, Counts(rows), 49), DisclosureRules.Standard);
        var backwards = DisclosureControl.Apply(new TableSet().Table(Region, Counts([.. rows.Reverse()]), 49), DisclosureRules.Standard);
        Assert.Equal(forwards.States, again.States);
        Assert.Equal(forwards.States.OrderBy(s => s.Key, StringComparer.Ordinal), backwards.States.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Equal(CellState.Shown, forwards.StateOf("region=R6")); // the ties at 7 went by key, not by size
    }

    [Fact]
    public void A_rate_is_shown_only_when_its_numerator_and_denominator_are()
    {
        var set = new TableSet().Table(Region, Counts(("R1", 3), ("R2", 8), ("R3", 20)), 31);
        var result = Protect(set);
        Assert.False(result.MayShowRate("region=R1", GrandTotal));
        Assert.False(result.MayShowRate("region=R2", GrandTotal));
        Assert.True(result.MayShowRate("region=R3", GrandTotal));
    }

    [Fact]
    public void Reports_write_the_state_as_a_word()
    {
        Assert.Null(CellState.Shown.SuppressedLabel());
        Assert.Equal("primary", CellState.Primary.SuppressedLabel());
        Assert.Equal("complementary", CellState.Complementary.SuppressedLabel());
    }

    [Fact]
    public void A_total_shared_by_two_tables_is_one_cell_and_contradictions_are_refused()
    {
        var set = new TableSet().Table(Region, Counts(("R1", 6), ("R2", 6)), 12);
        Assert.Throws<InvalidOperationException>(() => set.Table(Gender, Counts(("female", 6), ("male", 7)), 13));
    }
}

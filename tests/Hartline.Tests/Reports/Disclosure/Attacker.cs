using Google.OrTools.LinearSolver;
using Hartline.Features.Reports.Disclosure;

namespace Hartline.Tests.Reports.Disclosure;

/// <summary>
/// An attacker written apart from the engine, to check it: every cell is a variable (a published one is pinned to
/// its count by its bounds, with no cap on the others), every relation is stated as a reader would state it, and
/// each withheld cell is minimised and maximised. Only the published counts leave the <see cref="SuppressedTables"/>.
/// </summary>
internal static class Attacker
{
    public static Dictionary<string, (double Low, double High)> Ranges(TableSet set, SuppressedTables published)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var cells = set.Cells.Keys.ToDictionary(k => k, k => published.Count(k) is { } count
            ? solver.MakeNumVar(count, count, k)
            : solver.MakeNumVar(0, double.PositiveInfinity, k));
        foreach (var relation in set.Relations)
        {
            // Sum: parts − total = 0. Overlapping: parts − total ≥ 0, and total − part ≥ 0 for each part.
            var sum = solver.MakeConstraint(0, relation.Kind == RelationKind.Sum ? 0 : double.PositiveInfinity);
            sum.SetCoefficient(cells[relation.Total], -1);
            foreach (var part in relation.Parts) sum.SetCoefficient(cells[part], 1);
            if (relation.Kind != RelationKind.Overlapping) continue;
            foreach (var part in relation.Parts)
            {
                var subset = solver.MakeConstraint(0, double.PositiveInfinity);
                subset.SetCoefficient(cells[relation.Total], 1);
                subset.SetCoefficient(cells[part], -1);
            }
        }
        return published.Withheld.ToDictionary(k => k, k => (Solve(solver, cells[k], maximise: false), Solve(solver, cells[k], maximise: true)));
    }

    private static double Solve(Solver solver, Variable cell, bool maximise)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(cell, 1);
        if (maximise) objective.SetMaximization(); else objective.SetMinimization();
        var status = solver.Solve();
        // The minimum was found first, so the programme is feasible: a maximum GLOP cannot report is unbounded
        // (its presolve can call an unbounded programme INFEASIBLE).
        if (maximise && status is Solver.ResultStatus.UNBOUNDED or Solver.ResultStatus.INFEASIBLE) return double.PositiveInfinity;
        Assert.True(status == Solver.ResultStatus.OPTIMAL, $"The attacker's programme for {cell.Name()} ended {status}.");
        return objective.Value();
    }

    /// <summary>
    /// The protection rule restated for the test: a primary cell v lies strictly inside its range (lo ≤ v − 1,
    /// hi ≥ v + 1) and the range is at least N − 1 wide; a complementary cell is not pinned (hi − lo ≥ 1).
    /// Returns why a cell fails, or null.
    /// </summary>
    public static string? Breach(TableSet set, SuppressedTables published, DisclosureRules rules)
    {
        const double noise = 1e-6;
        foreach (var (key, (low, high)) in Ranges(set, published))
        {
            if (published.StateOf(key) == CellState.NotPublished) continue; // a remainder that is not small: never printed, nothing to protect
            var value = set.Cells[key];
            var ok = published.StateOf(key) == CellState.Primary
                ? low <= value - 1 + noise && high >= value + 1 - noise && high - low >= rules.Threshold - 1 - noise
                : high - low >= 1 - noise;
            if (!ok) return $"{published.StateOf(key)} cell {key} = {value} is narrowed to [{low}, {high}]";
        }
        return null;
    }
}

using Google.OrTools.LinearSolver;

namespace Hartline.Features.Reports.Disclosure;

/// <summary>
/// What a reader can work out about the withheld cells of a table set: one linear programme whose variables are
/// the withheld cells (published cells are constants), constrained by every relation and by counts ≥ 0.
/// Minimising and maximising one variable gives that cell's <see cref="FeasibleRange"/>.
/// </summary>
internal sealed class AttackerView : IDisposable
{
    // GLOP reports an unbounded programme awkwardly; a cap no count comes near keeps every programme bounded,
    // and a maximum that reaches it means "no upper bound".
    private const double Cap = 1e6;

    private readonly Solver _solver = Solver.CreateSolver("GLOP")
        ?? throw new InvalidOperationException("The OR-Tools GLOP solver is not available on this machine.");
    private readonly Dictionary<string, Variable> _withheld = new(StringComparer.Ordinal);

    public AttackerView(TableSet set, IReadOnlySet<string> withheld)
    {
        foreach (var key in set.Cells.Keys.Where(withheld.Contains)) _withheld[key] = _solver.MakeNumVar(0, Cap, key);
        foreach (var relation in set.Relations.Where(r => r.Cells.Any(withheld.Contains)))
        {
            // Σ parts − total, split into withheld terms and a published constant.
            AddAtLeast(set, relation.Parts.Select(p => (p, 1.0)).Append((relation.Total, -1.0)), exact: relation.Kind == RelationKind.Sum);
            if (relation.Kind == RelationKind.Overlapping)
                foreach (var part in relation.Parts) AddAtLeast(set, [(relation.Total, 1.0), (part, -1.0)], exact: false);
        }
    }

    /// <summary>Adds Σ coefficient·cell ≥ 0 (or = 0 when <paramref name="exact"/>), published cells folded into the bound.</summary>
    private void AddAtLeast(TableSet set, IEnumerable<(string Key, double Coefficient)> terms, bool exact)
    {
        var constant = 0.0;
        var withheldTerms = new List<(Variable, double)>();
        foreach (var (key, coefficient) in terms)
            if (_withheld.TryGetValue(key, out var variable)) withheldTerms.Add((variable, coefficient));
            else constant += coefficient * set.Cells[key];
        if (withheldTerms.Count == 0) return; // only published cells: nothing to learn from it
        var constraint = _solver.MakeConstraint(-constant, exact ? -constant : double.PositiveInfinity);
        foreach (var (variable, coefficient) in withheldTerms) constraint.SetCoefficient(variable, coefficient);
    }

    public FeasibleRange RangeOf(string key)
    {
        var variable = _withheld[key];
        var objective = _solver.Objective();
        objective.Clear();
        objective.SetCoefficient(variable, 1);
        objective.SetMinimization();
        var low = Optimum();
        objective.SetMaximization();
        var high = Optimum();
        return new FeasibleRange(low, high >= Cap - 1 ? double.PositiveInfinity : high);
    }

    private double Optimum()
    {
        var status = _solver.Solve();
        // The true counts always satisfy the relations, so anything but an optimum is a bug in the table set.
        if (status != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"The disclosure check could not be solved ({status}); the table counts may contradict their totals.");
        return _solver.Objective().Value();
    }

    public void Dispose() => _solver.Dispose();
}

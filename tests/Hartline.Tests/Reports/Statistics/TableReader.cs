using Google.OrTools.LinearSolver;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>A count as printed: the table's key, the row's code, the column's key.</summary>
internal sealed record At(string Table, string Row, string Column);

/// <summary>What a reader knows about printed counts besides the counts themselves, stated on the printed tables.</summary>
internal abstract record Knowledge;

/// <summary>The total is the sum of the parts.</summary>
internal sealed record SumOf(At Total, IReadOnlyList<At> Parts) : Knowledge;

/// <summary>The parts are within the whole (agreed items are among those answered); the rest is a count a reader can work out.</summary>
internal sealed record Within(At Whole, IReadOnlyList<At> Parts) : Knowledge;

/// <summary>One count printed in two tables.</summary>
internal sealed record Same(At A, At B) : Knowledge;

/// <summary>
/// A second attacker, written apart from the topics' table sets: it reads only the printed tables (exact and as
/// published) and what the test says a reader knows about them, so a relation or remainder the topic forgot to state
/// is found here even though disclosure control, which sees only what the topic stated, could not have protected it.
/// Every withheld count is minimised and maximised, and so is the rest of every whole whose rest is small.
/// </summary>
internal static class TableReader
{
    /// <summary>The rows of a table add to its total row, in one column.</summary>
    public static Knowledge Split(IReadOnlyList<ReportTable> tables, string table, string column = "count")
    {
        var t = tables.Single(x => x.Key == table);
        return new SumOf(new At(table, t.Rows.Single(r => r.IsTotal).Code, column),
            t.Rows.Where(r => !r.IsTotal).Select(r => new At(table, r.Code, column)).ToList());
    }

    public static string? Breach(IReadOnlyList<ReportTable> exact, IReadOnlyList<ReportTable> published, IEnumerable<Knowledge> knowledge, DisclosureRules rules)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var cells = new Dictionary<At, (Variable Variable, int Value, bool Withheld)>();
        foreach (var table in published)
            foreach (var row in table.Rows)
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (table.Columns[i].Format != CellFormat.Count) continue;
                    var at = new At(table.Key, row.Code, table.Columns[i].Key);
                    var value = (int)Cell(exact, at).Value!.Value;
                    var shown = row.Cells[i].Value;
                    Assert.True(shown is null || shown == value, $"{at} is published as {shown}, but is {value}");
                    cells.Add(at, (shown is null ? solver.MakeNumVar(0, double.PositiveInfinity, at.ToString()) : solver.MakeNumVar(value, value, at.ToString()),
                        value, shown is null));
                }

        var rests = new List<(string Name, Dictionary<At, int> Terms, int Value)>();
        foreach (var fact in knowledge)
        {
            var (terms, low, high) = fact switch
            {
                SumOf s => (Terms(s.Total, s.Parts), 0.0, 0.0),
                Within w => (Terms(w.Whole, w.Parts), 0.0, double.PositiveInfinity),
                Same s => (Terms(s.A, [s.B]), 0.0, 0.0),
                _ => throw new ArgumentOutOfRangeException(nameof(knowledge)),
            };
            var constraint = solver.MakeConstraint(low, high);
            foreach (var (at, coefficient) in terms) constraint.SetCoefficient(Of(at).Variable, coefficient);
            if (fact is Within) rests.Add(($"the rest of {((Within)fact).Whole}", terms, terms.Sum(t => t.Value * Of(t.Key).Value)));
        }

        foreach (var (at, cell) in cells.Where(c => c.Value.Withheld))
            if (Check(new Dictionary<At, int> { [at] = 1 }, cell.Value, primary: rules.IsPrimary(cell.Value)) is { } problem) return $"{at} = {cell.Value}: {problem}";
        foreach (var rest in rests.Where(r => rules.IsPrimary(r.Value)))
            if (Check(rest.Terms, rest.Value, primary: true) is { } problem) return $"{rest.Name} = {rest.Value}: {problem}";
        return null;

        (Variable Variable, int Value, bool Withheld) Of(At at) =>
            cells.TryGetValue(at, out var c) ? c : throw new InvalidOperationException($"No printed count {at}.");

        // whole − parts: the coefficients of a sum's or a rest's terms.
        static Dictionary<At, int> Terms(At whole, IEnumerable<At> parts)
        {
            var terms = new Dictionary<At, int> { [whole] = 1 };
            foreach (var part in parts) terms[part] = terms.GetValueOrDefault(part) - 1;
            return terms;
        }

        string? Check(Dictionary<At, int> terms, int value, bool primary)
        {
            var (low, high) = (Solve(terms, maximise: false), Solve(terms, maximise: true));
            const double noise = 1e-6;
            var ok = primary
                ? low <= value - 1 + noise && high >= value + 1 - noise && high - low >= rules.Threshold - 1 - noise
                : high - low >= 1 - noise;
            return ok ? null : $"a reader narrows it to [{low}, {high}]";
        }

        double Solve(Dictionary<At, int> terms, bool maximise)
        {
            var objective = solver.Objective();
            objective.Clear();
            foreach (var (at, coefficient) in terms) objective.SetCoefficient(Of(at).Variable, coefficient);
            if (maximise) objective.SetMaximization(); else objective.SetMinimization();
            var status = solver.Solve();
            if (maximise && status is Solver.ResultStatus.UNBOUNDED or Solver.ResultStatus.INFEASIBLE) return double.PositiveInfinity;
            Assert.True(status == Solver.ResultStatus.OPTIMAL, $"The reader's programme ended {status}.");
            return objective.Value();
        }
    }

    private static ReportCell Cell(IReadOnlyList<ReportTable> tables, At at)
    {
        var table = tables.Single(t => t.Key == at.Table);
        return table.Rows.Single(r => r.Code == at.Row).Cells[table.Columns.ToList().FindIndex(c => c.Key == at.Column)];
    }
}

using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>A place in a table with no figure of that column (a row whose share would mean nothing): a dash.</summary>
public sealed record NoFigure : Figure
{
    public static readonly NoFigure Instance = new();

    public override ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules) => ReportCell.Missing;
}

/// <summary>
/// A value over rows that are printed too: the mean primary-worker changes per youth beside the youths with 0, 1, 2,
/// 3 or more changes, or the minutes of all services beside each kind's. The mean times its count is the rows'
/// weighted sum, and a total of minutes less the kinds shown is the minutes of the kind withheld: one more equation a
/// reader solves with the rows. So beside <see cref="ValueFigure"/>'s own rule, it is withheld whenever any row's
/// count is.
/// </summary>
public sealed record ValueOverRowsFigure(double? Value, string Basis, IReadOnlyList<string> Rows) : Figure
{
    public override ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules)
    {
        var own = new ValueFigure(Value, Basis).Resolve(set, published, rules);
        if (published is null || own.IsWithheld) return own;
        return Rows.Any(r => published.Count(r) is null) ? new(null, CellState.Complementary.SuppressedLabel()) : own;
    }
}

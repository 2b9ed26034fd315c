using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// A figure of a table before disclosure control, naming what it is made of in the population's
/// <see cref="TableSet"/>, so publishing it can say whether it may be shown.
/// </summary>
public abstract record Figure
{
    /// <summary>The figure as the reader gets it: exact when <paramref name="published"/> is null (case roles), else as published.</summary>
    public abstract ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules);
}

/// <summary>A count: a cell of the table set.</summary>
public sealed record CountFigure(string Cell) : Figure
{
    public override ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules) =>
        published is null ? new(set.Cells[Cell])
        : published.Count(Cell) is { } n ? new(n) : new(null, published.StateOf(Cell).SuppressedLabel());
}

/// <summary>
/// A share of two cells (a fraction; the page shows a percentage). Withheld when either cell is: the share and the
/// published cell would give the other back.
/// </summary>
public sealed record RateFigure(string Numerator, string Denominator) : Figure
{
    public override ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules)
    {
        if (published is not null && !published.MayShowRate(Numerator, Denominator))
            return new(null, published.StateOf(Numerator) == CellState.Primary || published.StateOf(Denominator) == CellState.Primary ? "primary" : "complementary");
        var denominator = set.Cells[Denominator];
        return denominator == 0 ? ReportCell.Missing : new((double)set.Cells[Numerator] / denominator);
    }
}

/// <summary>
/// A value worked out from several members (a median, a 90th percentile, a mean): published only when the count it
/// rests on is published and at least N, since a median of two youths is nearly their own figures.
/// </summary>
public sealed record ValueFigure(double? Value, string Basis) : Figure
{
    public override ReportCell Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules)
    {
        if (published is null || rules is null) return new(Value);
        var basis = set.Cells[Basis];
        if (published.Count(Basis) is null || (basis > 0 && basis < rules.Threshold))
            return new(null, basis > 0 && basis < rules.Threshold ? "primary" : "complementary");
        return new(Value);
    }
}

public sealed record StatRow(string Code, string Label, IReadOnlyList<Figure> Figures, bool IsTotal = false);

/// <summary>A table of one population before disclosure control; <see cref="Resolve"/> makes it a document table.</summary>
public sealed record StatTable(string Key, string Title, string RowHeading, IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<StatRow> Rows, ChartKind Chart, string? Note = null)
{
    public ReportTable Resolve(TableSet set, SuppressedTables? published, DisclosureRules? rules) =>
        new(Key, Title, RowHeading, Columns,
            Rows.Select(r => new ReportTableRow(r.Code, r.Label, r.Figures.Select(f => f.Resolve(set, published, rules)).ToList(), r.IsTotal)).ToList(),
            Chart, Note);
}

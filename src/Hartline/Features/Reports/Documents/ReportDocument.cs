namespace Hartline.Features.Reports.Documents;

/// <summary>How a table is drawn beside itself (on the page and in the PDF).</summary>
public enum ChartKind
{
    /// <summary>No picture: the table says it all (clocks, a single figure).</summary>
    None,

    /// <summary>Categories as bars, one bar per row that is not a total; several count columns are grouped bars.</summary>
    Bar,

    /// <summary>A trend: the rows are the points in time, each count column a line.</summary>
    Line,

    /// <summary>Stages that narrow (referred → screened → …): the first column as centred bars, widest first.</summary>
    Funnel,
}

/// <summary>How the figures of a column read.</summary>
public enum CellFormat { Count, Percent, Hours, Days, Decimal }

/// <summary>
/// One figure as published. <paramref name="Value"/> null with <paramref name="Suppressed"/> set is a withheld cell
/// ("primary" or "complementary"); null with nothing suppressed is a figure that does not exist (a median of no
/// referrals), shown as a dash. Percent values are fractions (0.25 is 25 %).
/// </summary>
public sealed record ReportCell(double? Value, string? Suppressed = null)
{
    public static readonly ReportCell Missing = new(Value: null);
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsWithheld => Suppressed is not null;
}

public sealed record ReportColumn(string Key, string Heading, CellFormat Format = CellFormat.Count);

/// <summary>A row: its category code (empty for "Not recorded"), its words, one cell per column.</summary>
public sealed record ReportTableRow(string Code, string Label, IReadOnlyList<ReportCell> Cells, bool IsTotal = false);

/// <summary>
/// One published table. <paramref name="Key"/> is stable and machine-readable (CSV, sheet names, anchors);
/// everything else is words for people.
/// </summary>
public sealed record ReportTable(string Key, string Title, string RowHeading, IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportTableRow> Rows, ChartKind Chart, string? Note = null);

/// <summary>A footnote of the document: a counting rule, the suppression rule, a definition.</summary>
public sealed record ReportNote(string Heading, string Text);

/// <summary>
/// A report as a document: what the page shows and what every export (CSV, JSON, XLSX, PDF) writes, so they
/// cannot disagree. <paramref name="MinCell"/> is the disclosure threshold N when the figures are published
/// (counts 1 to N−1 withheld), null when they are exact (case roles only). <paramref name="PeriodCode"/> names the
/// period for machines ("2019Q3", "2019", "2019-03-01..2019-06-15"); <paramref name="Period"/> is its words.
/// </summary>
public sealed record ReportDocument(string Title, string Jurisdiction, string Period, DateOnly From, DateOnly To,
    DateTimeOffset DataAsOf, string SoftwareVersion, int? MinCell, IReadOnlyList<ReportTable> Tables, IReadOnlyList<ReportNote> Notes,
    string? PeriodCode = null);

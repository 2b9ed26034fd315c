using System.Globalization;

namespace Hartline.Features.Reports.Documents;

/// <summary>How a figure reads on the page, in the PDF and in charts' labels: one place, so they agree.</summary>
public static class ReportCellText
{
    /// <summary>What a withheld cell shows; the notes say why cells are withheld.</summary>
    public const string Withheld = "withheld";

    /// <summary>What a figure that does not exist shows (a median of nothing).</summary>
    public const string Missing = "—";

    // The invariant culture: "1,234.5", as in the US. Not "en-US" by name: the application runs with invariant
    // globalization, where asking for any named culture throws.
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Format(ReportCell cell, CellFormat format) =>
        cell.IsWithheld ? Withheld : cell.Value is { } v ? Format(v, format) : Missing;

    public static string Format(double value, CellFormat format) => format switch
    {
        CellFormat.Count => value.ToString("#,0", Us),
        CellFormat.Percent => (value * 100).ToString("0.0", Us) + "%",
        CellFormat.Hours or CellFormat.Days => value.ToString("#,0.0", Us),
        CellFormat.Decimal => value.ToString("0.00", Us),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown cell format."),
    };
}

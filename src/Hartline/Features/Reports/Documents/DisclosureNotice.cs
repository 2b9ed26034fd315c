namespace Hartline.Features.Reports.Documents;

/// <summary>
/// The sentence at the top of every export (the PDF's first page, the workbook's About sheet): whether figures are
/// withheld, and under what threshold, before the reader meets a "withheld".
/// </summary>
public static class DisclosureNotice
{
    public static string For(int? minCell) => minCell is { } n
        ? $"Published with disclosure control: counts from 1 to {n - 1} are withheld, and so are figures from which a withheld count "
          + $"could be worked out. A withheld figure reads \u201c{ReportCellText.Withheld}\u201d; the notes give the rule."
        : "Exact figures, without disclosure control: for the people working these cases, not for publication.";
}

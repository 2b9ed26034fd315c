using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
// A cell style ("xf") of the stylesheet; CellFormat alone is the report's enum (how a figure reads).
using CellStyle = DocumentFormat.OpenXml.Spreadsheet.CellFormat;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// The few cell styles of the report workbook, as a stylesheet and the index of each style in it. Number formats are
/// written out (ids from 164, where custom formats start) rather than left to built-in ids, so every spreadsheet
/// application shows the same digits the page does.
/// </summary>
internal sealed class XlsxStyles
{
    // Custom number formats; the codes match ReportCellText's formats.
    private static readonly (CellFormat Format, uint Id, string Code)[] NumberFormats =
    [
        (CellFormat.Count, 164, "#,##0"),
        (CellFormat.Percent, 165, "0.0%"),
        (CellFormat.Hours, 166, "#,##0.0"),
        (CellFormat.Days, 166, "#,##0.0"),
        (CellFormat.Decimal, 167, "0.00"),
    ];

    private const uint Regular = 0, Bold = 1, Big = 2, Grey = 3; // fonts
    private const uint HeaderFill = 2; // fills 0 and 1 are the two every workbook must have
    private const uint Underlined = 1, Overlined = 2; // borders

    private readonly List<CellStyle> _formats = [new() { FontId = Regular, FillId = 0, BorderId = 0, FormatId = 0 }];
    private readonly Dictionary<(CellFormat, bool Total), uint> _figures = [];

    public XlsxStyles()
    {
        Title = Add(Big, vertical: VerticalAlignmentValues.Top);
        Header = Add(Bold, fill: HeaderFill, border: Underlined, wrap: true, vertical: VerticalAlignmentValues.Bottom);
        HeaderFigure = Add(Bold, fill: HeaderFill, border: Underlined, wrap: true, vertical: VerticalAlignmentValues.Bottom,
            horizontal: HorizontalAlignmentValues.Right);
        Strong = Add(Bold, vertical: VerticalAlignmentValues.Top);
        Paragraph = Add(Regular, wrap: true, vertical: VerticalAlignmentValues.Top);
        // A table's cells hang from the top of their row, so a label wrapped over lines has its figures beside its first.
        var top = VerticalAlignmentValues.Top;
        Label = Add(Regular, wrap: true, vertical: top);
        TotalLabel = Add(Bold, border: Overlined, wrap: true, vertical: top);
        TotalEmpty = Add(Regular, border: Overlined, vertical: top);
        Withheld = Add(Grey, horizontal: HorizontalAlignmentValues.Right, vertical: top);
        WithheldTotal = Add(Grey, border: Overlined, horizontal: HorizontalAlignmentValues.Right, vertical: top);
        foreach (var (format, id, _) in NumberFormats)
        {
            _figures[(format, false)] = Add(Regular, numberFormat: id, vertical: top);
            _figures[(format, true)] = Add(Bold, border: Overlined, numberFormat: id, vertical: top);
        }
    }

    public uint Title { get; }
    public uint Header { get; }
    public uint HeaderFigure { get; }
    public uint Strong { get; }
    public uint Paragraph { get; }
    public uint Label { get; }
    public uint TotalLabel { get; }
    public uint TotalEmpty { get; }
    public uint Withheld { get; }
    public uint WithheldTotal { get; }

    public uint Figure(CellFormat format, bool total) => _figures[(format, total)];

    public Stylesheet Stylesheet() => new(
        new NumberingFormats(NumberFormats.DistinctBy(f => f.Id).Select(f => new NumberingFormat
            { NumberFormatId = f.Id, FormatCode = f.Code })) { Count = (uint)NumberFormats.DistinctBy(f => f.Id).Count() },
        new Fonts(Font(false, 11), Font(true, 11), Font(true, 14), Font(false, 11, "FF595959")) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEDED" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(Border(), Border(bottom: true), Border(top: true)) { Count = 3 },
        new CellStyleFormats(new CellStyle { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(_formats.Select(f => (CellStyle)f.CloneNode(true))) { Count = (uint)_formats.Count });

    private uint Add(uint font, uint fill = 0, uint border = 0, uint numberFormat = 0, bool wrap = false,
        VerticalAlignmentValues? vertical = null, HorizontalAlignmentValues? horizontal = null)
    {
        var format = new CellStyle
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = font != Regular ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
        };
        if (wrap || vertical is not null || horizontal is not null)
        {
            format.Append(new Alignment { WrapText = wrap ? true : null, Vertical = vertical, Horizontal = horizontal });
            format.ApplyAlignment = true;
        }
        _formats.Add(format);
        return (uint)_formats.Count - 1;
    }

    private static Font Font(bool bold, double size, string? colour = null)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size });
        if (colour is not null) font.Append(new Color { Rgb = colour });
        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Border Border(bool top = false, bool bottom = false) => new(
        new LeftBorder(),
        new RightBorder(),
        top ? new TopBorder(new Color { Rgb = "FF595959" }) { Style = BorderStyleValues.Thin } : new TopBorder(),
        bottom ? new BottomBorder(new Color { Rgb = "FF595959" }) { Style = BorderStyleValues.Thin } : new BottomBorder(),
        new DiagonalBorder());
}

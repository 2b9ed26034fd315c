using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// One worksheet being filled row by row: cells with their references, column widths, the header rows frozen.
/// Every text goes through <see cref="Text"/>, which is where a spreadsheet formula is defused: strings are written
/// as inline strings (never as formulas), and one that starts like a formula gets a leading apostrophe too
/// (<see cref="SpreadsheetCell.Guard"/>), so retyping or copying it into another file does not make it live.
/// </summary>
internal sealed class XlsxSheet
{
    /// <summary>The most characters a cell holds in Excel.</summary>
    private const int MaxCellText = 32_767;

    private readonly SheetData _data = new();
    private readonly SortedDictionary<int, double> _widths = [];
    private uint _rows;

    /// <summary>Rows at the top that stay in view when scrolling.</summary>
    public int FrozenRows { get; set; }

    /// <summary>Appends a row; a null cell leaves its column empty.</summary>
    public void Row(params Cell?[] cells)
    {
        var number = ++_rows;
        var row = new Row { RowIndex = number };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } cell) continue;
            cell.CellReference = $"{Column(c)}{number}";
            row.Append(cell);
        }
        _data.Append(row);
    }

    public void Blank() => _rows++;

    /// <summary>Column <paramref name="column"/> (from 0) is <paramref name="characters"/> wide.</summary>
    public void Width(int column, double characters) => _widths[column] = characters;

    public Worksheet Build()
    {
        var sheet = new Worksheet();
        if (FrozenRows > 0)
        {
            var topLeft = $"A{FrozenRows + 1}";
            sheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new() { InnerText = topLeft } })
                { WorkbookViewId = 0 }));
        }
        if (_widths.Count > 0)
            sheet.Append(new Columns(_widths.Select(w => new Column
                { Min = (uint)w.Key + 1, Max = (uint)w.Key + 1, Width = Math.Round(w.Value, 1), CustomWidth = true })));
        sheet.Append(_data);
        return sheet;
    }

    public static Cell Text(string value, uint style = 0) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Safe(value))
            { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>A number; NaN or infinity (no such figure) is an empty cell.</summary>
    public static Cell Number(double value, uint style) => double.IsFinite(value)
        ? new Cell { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)) }
        : Empty(style);

    public static Cell Empty(uint style) => new() { StyleIndex = style };

    /// <summary>A column's letters: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>
    /// Text a cell can hold: characters XML forbids (a stray control character from a pasted label) dropped, cut to
    /// Excel's limit, then guarded against formulas. Dropping comes first, so "\u0001=1+1" is still guarded.
    /// </summary>
    private static string Safe(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c)) sb.Append(c).Append(value[++i]);
            else if (XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        var text = SpreadsheetCell.Guard(sb.ToString());
        return text.Length <= MaxCellText ? text : text[..(char.IsHighSurrogate(text[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText)];
    }
}

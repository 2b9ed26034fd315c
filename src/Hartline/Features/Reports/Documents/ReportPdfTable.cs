namespace Hartline.Features.Reports.Documents;

/// <summary>
/// One report table on PDF pages: a caption, a shaded header row, a row per category with its label wrapped (never
/// cut) and its figures right-aligned, total rows bold under a darker rule. A table longer than the page goes on
/// over the next with its caption marked "(continued)" and the header again.
/// </summary>
internal sealed class ReportPdfTable
{
    private const double PadX = 4, PadY = 3;
    private static readonly PdfStyle Caption = new(11.5, Bold: true);
    private static readonly PdfStyle Header = new(8.5, Bold: true);
    private static readonly PdfStyle Body = new(9);

    private readonly PdfLayout _layout;
    private readonly ReportTable _table;
    private readonly string _caption;
    private readonly double[] _widths; // [0] the labels, then one per column
    private readonly IReadOnlyList<string>[] _header; // each heading's lines
    private readonly List<(ReportTableRow Row, IReadOnlyList<string> Label)> _rows; // each row with its label's lines
    private readonly double _captionHeight;

    public ReportPdfTable(PdfLayout layout, ReportTable table, string caption)
    {
        _layout = layout;
        _table = table;
        _caption = caption;
        _widths = Widths();
        _header = [.. new[] { table.RowHeading }.Concat(table.Columns.Select(c => c.Heading))
            .Select((h, i) => layout.Wrap(h, Header, _widths[i] - 2 * PadX))];
        _rows = [.. table.Rows.Select(r => (r, layout.Wrap(r.Label, CellStyle(r, null), _widths[0] - 2 * PadX)))];
        _captionHeight = layout.Wrap(caption, Caption, layout.Width).Count * Caption.LineHeight;
    }

    private double HeaderHeight => _header.Max(h => h.Count) * Header.LineHeight + 2 * PadY;

    private double Top => _captionHeight + 4 + HeaderHeight;

    /// <summary>The height of the whole table, caption to last row, were it on one page.</summary>
    public double Height => Top + (_rows.Count == 0 ? PdfStyle.Small.LineHeight : _rows.Sum(r => RowHeight(r.Label)));

    public void Draw()
    {
        // The caption never stands alone at the foot of a page: it goes with the header and the first rows.
        _layout.KeepTogether(Math.Min(Top + _rows.Take(3).Sum(r => RowHeight(r.Label)), _layout.BodyHeight));
        _layout.Text(_caption, Caption);
        _layout.Space(4);
        DrawHeader();
        if (_rows.Count == 0) _layout.Text("No figures for this period.", PdfStyle.Small, PadX);
        foreach (var (row, label) in _rows)
        {
            if (!_layout.Fits(RowHeight(label)))
            {
                _layout.NewPage();
                _layout.Text($"{_caption} (continued)", Caption);
                _layout.Space(4);
                DrawHeader();
            }
            DrawRow(row, label);
        }
    }

    private void DrawHeader()
    {
        var top = _layout.Y;
        var height = HeaderHeight;
        _layout.Shade(_layout.Left, top, _layout.Width, height);
        var x = _layout.Left;
        for (var c = 0; c < _widths.Length; c++)
        {
            // Headings stand on the rule under them, so a one-line heading is level with the last line of a long one.
            var first = top + height - PadY - _header[c].Count * Header.LineHeight;
            for (var l = 0; l < _header[c].Count; l++)
            {
                var lineTop = first + l * Header.LineHeight;
                // Figures are right-aligned, so their headings are too: each stands over its numbers.
                if (c == 0) _layout.DrawText(_header[c][l], Header, x + PadX, lineTop);
                else _layout.DrawText(_header[c][l], Header, x + _widths[c] - PadX, lineTop, alignRight: true);
            }
            x += _widths[c];
        }
        _layout.Line(_layout.Left, top + height, _layout.Right, top + height, 0.8, 0.35);
        _layout.Y = top + height;
    }

    private void DrawRow(ReportTableRow row, IReadOnlyList<string> label)
    {
        var top = _layout.Y;
        var height = RowHeight(label);
        if (row.IsTotal) _layout.Line(_layout.Left, top, _layout.Right, top, 0.8, 0.35);
        for (var l = 0; l < label.Count; l++)
            _layout.DrawText(label[l], CellStyle(row, null), _layout.Left + PadX, top + PadY + l * Body.LineHeight);
        var x = _layout.Left + _widths[0];
        for (var c = 0; c < _table.Columns.Count; c++)
        {
            x += _widths[c + 1];
            var cell = Cell(row, c);
            _layout.DrawText(ReportCellText.Format(cell, _table.Columns[c].Format), CellStyle(row, cell), x - PadX, top + PadY, alignRight: true);
        }
        _layout.Line(_layout.Left, top + height, _layout.Right, top + height, 0.4, 0.82);
        _layout.Y = top + height;
    }

    /// <summary>Totals bold; a withheld figure (and a missing one) grey, so the eye passes over it to the figures.</summary>
    private static PdfStyle CellStyle(ReportTableRow row, ReportCell? cell) =>
        new(Body.Size, Bold: row.IsTotal, Quiet: cell is not null && (cell.IsWithheld || cell.Value is null));

    private static double RowHeight(IReadOnlyList<string> label) => Math.Max(1, label.Count) * Body.LineHeight + 2 * PadY;

    // A row shorter than the columns (a table still being built) reads as missing figures, not as a crash.
    private static ReportCell Cell(ReportTableRow row, int column) => column < row.Cells.Count ? row.Cells[column] : ReportCell.Missing;

    /// <summary>
    /// Each figure column as wide as its widest figure and the longest word of its heading, and its whole heading when
    /// there is room; the labels take the rest (at least a third of the width), so they wrap rather than the figures.
    /// </summary>
    private double[] Widths()
    {
        var columns = _table.Columns.Select((col, c) =>
        {
            var figures = _table.Rows.Select(r => _layout.Measure(ReportCellText.Format(Cell(r, c), col.Format), CellStyle(r, null)))
                .DefaultIfEmpty(0).Max();
            var word = col.Heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => _layout.Measure(w, Header)).DefaultIfEmpty(0).Max();
            var least = Math.Max(Math.Max(figures, word), 30) + 2 * PadX;
            var wished = Math.Max(least, Math.Min(_layout.Measure(col.Heading, Header) + 2 * PadX, 110));
            return (Least: least, Wished: wished);
        }).ToList();
        var labels = Math.Max(_layout.Width / 3, 100);
        var room = _layout.Width - labels;
        var least = columns.Sum(c => c.Least);
        var wished = columns.Sum(c => c.Wished);
        double[] figures = wished <= room || wished - least <= 0.01
            ? [.. columns.Select(c => c.Wished)]
            : least >= room
                ? [.. columns.Select(c => c.Least)]
                : [.. columns.Select(c => c.Least + (c.Wished - c.Least) * (room - least) / (wished - least))];
        return [Math.Max(_layout.Width - figures.Sum(), 60), .. figures];
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hartline.Features.Mdt.Minutes;

/// <summary>
/// Text flowing down Letter pages: wraps lines to the margin, starts a new page when one is full and
/// numbers the pages at the end. Just enough layout for minutes; no tables.
/// </summary>
internal sealed class PdfFlow
{
    private const double Width = 612, Height = 792, Margin = 54;
    private readonly PdfDocument _doc;
    private readonly string _footer;
    private readonly List<PdfPage> _pages = [];
    private XGraphics _gfx = null!;
    private double _y;

    public XFont Body { get; }
    public XFont Strong { get; }
    public XFont Heading { get; }
    public XFont Title { get; }

    public PdfFlow(PdfDocument doc, string footer)
    {
        // Fonts are resolved when made, so the resolver must be in place first.
        EmbeddedFonts.Install();
        (_doc, _footer) = (doc, footer);
        (Body, Strong, Heading, Title) = (Font(10, false), Font(10, true), Font(13, true), Font(17, true));
        NewPage();
    }

    // Automatic: WinAnsi when the text allows (searchable, small), Unicode for other scripts.
    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Automatic));

    public void Text(string text, XFont? font = null, double indent = 0)
    {
        font ??= Body;
        var lineHeight = font.Size * 1.35;
        foreach (var line in Wrap(text, font, Width - 2 * Margin - indent))
        {
            if (_y + lineHeight > Height - Margin) NewPage();
            _gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    public void Space(double points = 6) => _y += points;

    public void Rule()
    {
        if (_y + 8 > Height - Margin) { NewPage(); return; }
        _gfx.DrawLine(XPens.Gray, Margin, _y + 3, Width - Margin, _y + 3);
        _y += 8;
    }

    /// <summary>Keeps a heading with the lines after it: starts a new page when fewer than <paramref name="lines"/> fit.</summary>
    public void KeepTogether(int lines)
    {
        if (_y + lines * Body.Size * 1.35 > Height - Margin) NewPage();
    }

    public void Finish()
    {
        _gfx.Dispose();
        for (var i = 0; i < _pages.Count; i++)
        {
            using var g = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
            g.DrawString($"{_footer} — page {i + 1} of {_pages.Count}", Font(8, false), XBrushes.DimGray,
                new XPoint(Margin, Height - Margin / 2), XStringFormats.BottomLeft);
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _doc.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _pages.Add(page);
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) yield return line;
                line = word;
                // A single word longer than the line (a pasted link) is cut where it must be.
                while (_gfx.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width) cut--;
                    yield return line[..cut];
                    line = line[cut..];
                }
            }
            yield return line;
        }
    }
}

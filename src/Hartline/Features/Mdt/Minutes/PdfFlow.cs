namespace Hartline.Features.Mdt.Minutes;

/// <summary>A text style of the minutes: size in points, and weight.</summary>
internal sealed record PdfStyle(double Size, bool Bold)
{
    public static readonly PdfStyle Body = new(10, false);
    public static readonly PdfStyle Strong = new(10, true);
    public static readonly PdfStyle Heading = new(13, true);
    public static readonly PdfStyle Title = new(17, true);
    public static readonly PdfStyle Footer = new(8, false);

    public double LineHeight => Size * 1.35;
}

/// <summary>
/// Text flowing down Letter pages: wraps lines to the margin, starts a new page when one is full and
/// numbers the pages at the end. Just enough layout for minutes.
/// </summary>
internal sealed class PdfFlow
{
    private const double Margin = 54;
    private readonly SimplePdf _pdf = new();
    private readonly string _footer;
    private double _y;

    public PdfFlow(string footer)
    {
        _footer = footer;
        NewPage();
    }

    private int Page => _pdf.PageCount - 1;

    public void Text(string text, PdfStyle? style = null, double indent = 0)
    {
        style ??= PdfStyle.Body;
        foreach (var line in Wrap(text, style, SimplePdf.PageWidth - 2 * Margin - indent))
        {
            if (_y + style.LineHeight > SimplePdf.PageHeight - Margin) NewPage();
            _pdf.Text(Page, Margin + indent, _y, line, style.Size, style.Bold);
            _y += style.LineHeight;
        }
    }

    public void Space(double points = 6) => _y += points;

    public void Rule()
    {
        if (_y + 8 > SimplePdf.PageHeight - Margin) { NewPage(); return; }
        _pdf.Line(Page, Margin, _y + 3, SimplePdf.PageWidth - Margin, _y + 3);
        _y += 8;
    }

    /// <summary>Keeps a heading with what follows: a new page when fewer than <paramref name="lines"/> body lines fit.</summary>
    public void KeepTogether(int lines)
    {
        if (_y + lines * PdfStyle.Body.LineHeight > SimplePdf.PageHeight - Margin) NewPage();
    }

    public byte[] Finish(string title)
    {
        for (var i = 0; i < _pdf.PageCount; i++)
            _pdf.Text(i, Margin, SimplePdf.PageHeight - Margin / 2 - PdfStyle.Footer.Size, $"{_footer} – page {i + 1} of {_pdf.PageCount}",
                PdfStyle.Footer.Size, gray: 0.35);
        return _pdf.Save(title);
    }

    private void NewPage()
    {
        _pdf.NewPage();
        _y = Margin;
    }

    private static IEnumerable<string> Wrap(string text, PdfStyle style, double width)
    {
        bool Fits(string s) => SimplePdf.Width(s, style.Size, style.Bold) <= width;
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate)) { line = candidate; continue; }
                if (line.Length > 0) yield return line;
                line = word;
                // A single word longer than the line (a pasted link) is cut where it must be.
                while (!Fits(line) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(line[..cut])) cut--;
                    yield return line[..cut];
                    line = line[cut..];
                }
            }
            yield return line;
        }
    }
}

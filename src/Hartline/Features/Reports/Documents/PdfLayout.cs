using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hartline.Features.Reports.Documents;

/// <summary>A text style of Hartline's PDFs: size in points, weight, and grey for the quieter lines.</summary>
internal sealed record PdfStyle(double Size, bool Bold = false, bool Quiet = false)
{
    public static readonly PdfStyle Body = new(10);
    public static readonly PdfStyle Strong = new(10, Bold: true);
    public static readonly PdfStyle Small = new(8.5);
    public static readonly PdfStyle Heading = new(13, Bold: true);
    public static readonly PdfStyle Title = new(17, Bold: true);
    public static readonly PdfStyle Footer = new(8, Quiet: true);

    public double LineHeight => Size * 1.35;
}

/// <summary>
/// Text flowing down US Letter pages (Hartline's jurisdictions are US states), shared by the report and the MDT
/// minutes: wraps lines to the margin without cutting words, starts a new page when one is full, and at the end writes
/// "Page N of M" with the caller's footer on every page. Tables and pictures are placed by the caller through
/// <see cref="Fits"/>, <see cref="DrawText"/> and <see cref="Y"/>; the layout only keeps the pen and the pages.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double Margin = 54;
    private static readonly XColor Ink = XColor.FromArgb(0x1a, 0x1a, 0x1a), Quiet = XColor.FromArgb(0x59, 0x59, 0x59);
    private readonly PdfDocument _document = new();
    private readonly Dictionary<PdfStyle, XFont> _fonts = [];
    private readonly string _footer;
    private XGraphics? _graphics;

    public PdfLayout(string title, string footer = "")
    {
        PdfFonts.Install();
        _footer = footer;
        _document.Info.Title = Clean(title);
        _document.Info.Creator = "Hartline";
        NewPage();
    }

    public double PageWidth { get; private set; }
    public double PageHeight { get; private set; }
    public double Left => Margin;
    public double Right => PageWidth - Margin;
    public double Width => Right - Left;

    /// <summary>The lowest point text may reach; the footer lives below it.</summary>
    public double Bottom => PageHeight - Margin;

    /// <summary>Where the next thing goes, in points from the top of the page.</summary>
    public double Y { get; set; }

    /// <summary>The height a page's body can hold: anything taller is scaled or split.</summary>
    public double BodyHeight => Bottom - Margin;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("The document is finished.");

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.Letter;
        PageWidth = page.Width.Point;
        PageHeight = page.Height.Point;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Whether <paramref name="height"/> points still fit on this page.</summary>
    public bool Fits(double height) => Y + height <= Bottom + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> points fit; true when it did (the caller may repeat a header).</summary>
    public bool KeepTogether(double height)
    {
        if (Fits(height) || Y <= Margin) return false;
        NewPage();
        return true;
    }

    /// <summary>A paragraph wrapped to the margin, each line on whichever page has room for it.</summary>
    public void Text(string text, PdfStyle? style = null, double indent = 0)
    {
        style ??= PdfStyle.Body;
        foreach (var line in Wrap(text, style, Width - indent))
        {
            KeepTogether(style.LineHeight);
            DrawText(line, style, Left + indent, Y);
            Y += style.LineHeight;
        }
    }

    public void Space(double points = 6) => Y += points;

    /// <summary>A thin grey rule across the text width.</summary>
    public void Rule()
    {
        if (!Fits(8)) { NewPage(); return; }
        Line(Left, Y + 3, Right, Y + 3);
        Y += 8;
    }

    /// <summary>A picture from PNG (or JPEG) bytes, for <see cref="PictureHeight"/> and <see cref="Picture"/>.</summary>
    public static XImage Image(byte[] png) => XImage.FromStream(new MemoryStream(png, writable: false));

    /// <summary>How tall <see cref="Picture"/> draws the image: the full text width, or less where a page could not hold it.</summary>
    public double PictureHeight(XImage image) => PictureSize(image).Height;

    /// <summary>The image the full text width (smaller if it would not fit on one page), kept on one page.</summary>
    public void Picture(XImage image)
    {
        var (width, height) = PictureSize(image);
        KeepTogether(height);
        Graphics.DrawImage(image, Left + (Width - width) / 2, Y, width, height);
        Y += height;
    }

    private (double Width, double Height) PictureSize(XImage image)
    {
        var height = image.PixelHeight * Width / image.PixelWidth;
        return height <= BodyHeight ? (Width, height) : (Width * BodyHeight / height, BodyHeight);
    }

    /// <summary>One line of text with its top at <paramref name="top"/>; with <paramref name="alignRight"/>, <paramref name="x"/> is its right edge.</summary>
    public void DrawText(string text, PdfStyle style, double x, double top, bool alignRight = false)
    {
        var line = Clean(text);
        if (line.Length == 0) return;
        if (alignRight) x -= Measure(line, style);
        Graphics.DrawString(line, Font(style), new XSolidBrush(style.Quiet ? Quiet : Ink), x, top, XStringFormats.TopLeft);
    }

    public void Line(double x1, double y1, double x2, double y2, double width = 0.5, double grey = 0.6) =>
        Graphics.DrawLine(new XPen(Grey(grey), width), x1, y1, x2, y2);

    public void Shade(double x, double y, double width, double height, double grey = 0.93) =>
        Graphics.DrawRectangle(new XSolidBrush(Grey(grey)), x, y, width, height);

    public double Measure(string text, PdfStyle style) => Graphics.MeasureString(Clean(text), Font(style)).Width;

    /// <summary>
    /// Lines of at most <paramref name="width"/> points, broken between words; a word longer than a line (a pasted
    /// link) is broken between its characters (whole graphemes, so an accent stays on its letter).
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, PdfStyle style, double width)
    {
        var lines = new List<string>();
        bool Fits(string s) => Measure(s, style) <= width;
        foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate)) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (!Fits(line))
                {
                    var cut = LongestFittingPrefix(line, Fits);
                    if (cut == 0 || cut == line.Length) break;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Writes "Page N of M" and the footer on every page, then the document.</summary>
    public void Save(Stream output)
    {
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            _graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var number = $"Page {i + 1} of {count}";
            var numberWidth = Measure(number, PdfStyle.Footer);
            var baseTop = PageHeight - Margin / 2 - PdfStyle.Footer.LineHeight;
            DrawText(number, PdfStyle.Footer, Right, baseTop, alignRight: true);
            // A long footer wraps upwards, so its last line sits level with the page number.
            var footer = _footer.Length == 0 ? [] : Wrap(_footer, PdfStyle.Footer, Width - numberWidth - 12);
            for (var l = 0; l < footer.Count; l++)
                DrawText(footer[l], PdfStyle.Footer, Left, baseTop - (footer.Count - 1 - l) * PdfStyle.Footer.LineHeight);
            _graphics.Dispose();
            _graphics = null;
        }
        _document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private XFont Font(PdfStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            // Unicode encoding: any letter DejaVu has (accents, Cyrillic, Greek, Arabic letters) is drawn and extractable.
            font = new XFont(ReportFonts.Family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[style] = font;
        }
        return font;
    }

    private static XColor Grey(double level) => XColor.FromGrayScale(level);

    private static int LongestFittingPrefix(string word, Func<string, bool> fits)
    {
        var end = StringInfo.GetNextTextElementLength(word); // at least one grapheme per line
        while (end < word.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(word, end);
            if (!fits(word[..next])) break;
            end = next;
        }
        return end;
    }

    /// <summary>
    /// Control characters (a tab, a stray escape) become spaces and a broken surrogate half becomes U+FFFD: PDFsharp
    /// would draw the first as boxes and may fail on the second. A whole pair (an emoji) stays, drawn as DejaVu can.
    /// </summary>
    private static string Clean(string text)
    {
        if (!text.Any(c => char.IsControl(c) || char.IsSurrogate(c))) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else sb.Append(char.IsControl(c) ? ' ' : c);
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Hartline.Features.Mdt.Minutes;

/// <summary>
/// A minimal PDF 1.4 writer for text documents: pages of Helvetica text and lines, nothing else.
/// Written here because the PDF library on the package mirror (PDFsharp 6.5) is AGPL-only. Helvetica is one
/// of the fonts every PDF reader has, so nothing is embedded; text is encoded in WinAnsi (Latin letters with
/// accents), other letters lose their accents. Content is left uncompressed: minutes are a few kilobytes.
/// </summary>
internal sealed class SimplePdf
{
    public const double PageWidth = 612, PageHeight = 792; // US Letter, in points
    private readonly List<StringBuilder> _pages = [];

    public int PageCount => _pages.Count;

    public void NewPage() => _pages.Add(new StringBuilder());

    /// <summary>Draws text with its top at <paramref name="top"/> (measured from the top of the page).</summary>
    public void Text(int page, double x, double top, string text, double size, bool bold = false, double gray = 0)
    {
        var baseline = PageHeight - top - size * 0.8;
        _pages[page].Append(CultureInfo.InvariantCulture,
            $"BT {gray:0.##} g /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {baseline:0.##} Td ({Escape(text)}) Tj ET\n");
    }

    public void Line(int page, double x1, double top1, double x2, double top2) =>
        _pages[page].Append(CultureInfo.InvariantCulture,
            $"0.6 G 0.5 w {x1:0.##} {PageHeight - top1:0.##} m {x2:0.##} {PageHeight - top2:0.##} l S\n");

    public byte[] Save(string title)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, once the pages' object numbers are known
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Title ({Escape(title)}) /Creator (Hartline) >>",
        };
        var kids = new List<int>();
        foreach (var content in _pages)
        {
            var stream = content.ToString();
            objects.Add($"<< /Length {stream.Length} >>\nstream\n{stream}endstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] " +
                        $"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";

        // Everything written is ASCII (Escape turns the rest into octal), so characters and bytes agree.
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>Approximate Helvetica advance width in points, on the generous side so wrapped lines never overrun.</summary>
    public static double Width(string text, double size, bool bold)
    {
        double units = 0;
        foreach (var c in text) units += Units(c);
        return units / 1000 * size * (bold ? 1.07 : 1);
    }

    private static int Units(char c) => c switch
    {
        ' ' or 'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 280,
        'f' or 'r' or 't' or 'I' or '(' or ')' or '-' or '[' or ']' => 340,
        'm' or 'M' => 840,
        'W' => 950,
        'w' => 730,
        '@' => 1020,
        '–' => 560,
        '—' => 1000,
        >= '0' and <= '9' => 560,
        >= 'a' and <= 'z' => 560,
        >= 'A' and <= 'Z' => 730,
        _ => 780,
    };

    /// <summary>Text as a PDF string body: WinAnsi bytes, with parentheses, backslashes and non-ASCII bytes escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var b = WinAnsi(c);
            if (b is (byte)'(' or (byte)')' or (byte)'\\') sb.Append('\\').Append((char)b);
            else if (b is < 32 or > 126) sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            else sb.Append((char)b);
        }
        return sb.ToString();
    }

    private static byte WinAnsi(char c)
    {
        if (c is >= ' ' and <= '~' or >= '\u00a0' and <= '\u00ff') return (byte)c;
        var special = c switch
        {
            '€' => 0x80, '‚' => 0x82, '„' => 0x84, '…' => 0x85, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94,
            '•' => 0x95, '–' => 0x96, '—' => 0x97, '™' => 0x99, 'Š' => 0x8a, 'š' => 0x9a, 'Œ' => 0x8c, 'œ' => 0x9c,
            'Ž' => 0x8e, 'ž' => 0x9e, 'Ÿ' => 0x9f, _ => 0,
        };
        if (special != 0) return (byte)special;
        // A letter outside WinAnsi (ő, ł, ễ …) loses its accent rather than its place.
        var bare = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return bare is >= ' ' and <= '~' ? (byte)bare : (byte)'?';
    }
}

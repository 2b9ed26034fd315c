using PdfSharp.Fonts;

namespace Hartline.Features.Mdt.Minutes;

/// <summary>
/// PDFsharp finds no system fonts on Linux, so the PDFs use DejaVu Sans shipped inside the program
/// (see Fonts/NOTICE.txt). Installed once per process: PDFsharp's font settings are global.
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly object Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is EmbeddedFonts) return;
            GlobalFontSettings.FontResolver = new EmbeddedFonts();
        }
    }

    // Every family asked for is served by DejaVu: the minutes ask only for it, and a missing glyph
    // is better than a failed download.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold ? new FontResolverInfo(Bold) : new FontResolverInfo(Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Hartline.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

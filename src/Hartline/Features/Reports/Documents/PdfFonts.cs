using PdfSharp.Fonts;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// PDFsharp's fonts: every family asked for is DejaVu Sans from <see cref="ReportFonts"/>. PDFsharp 6 on Linux
/// finds no system fonts by itself, and a fresh server may have none, so the PDFs (reports, minutes) bring their own.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    private const string RegularFace = "DejaVuSans", BoldFace = "DejaVuSans-Bold";

    // PDFsharp wants its resolver set once, before any font is used, and the same instance if it is set again:
    // one instance for the process, installed under a lock by whichever request writes the first PDF.
    private static readonly PdfFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool _installed;

    /// <summary>Makes sure PDFsharp resolves fonts through DejaVu Sans; cheap after the first call.</summary>
    public static void Install()
    {
        if (_installed) return;
        lock (Gate)
        {
            if (_installed) return;
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) GlobalFontSettings.FontResolver = Instance;
            _installed = true;
        }
    }

    // Italic is never used; asked for, it gets the upright face rather than nothing.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? BoldFace : RegularFace);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => ReportFonts.Regular,
        BoldFace => ReportFonts.Bold,
        _ => null,
    };
}

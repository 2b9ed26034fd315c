using ScottPlot;
using SkiaSharp;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// The report typeface as ScottPlot sees it. ScottPlot finds fonts through a process-wide list of resolvers
/// (by default the system's fonts, and a fresh server may have none), so the embedded DejaVu Sans is added to
/// that list once, first, under a name no system font has: a chart can never fall back to whatever the machine has.
/// </summary>
internal static class ChartFont
{
    /// <summary>
    /// What every chart label asks ScottPlot for. Not the family name itself: ScottPlot caches typefaces by the
    /// name asked for, and a system "DejaVu Sans" looked up before this registration would win the cache.
    /// The SVG still says font-family="DejaVu Sans", the typeface's own family.
    /// </summary>
    public const string Name = "Hartline report sans";

    public static readonly SKTypeface Regular = SKTypeface.FromData(SKData.CreateCopy(ReportFonts.Regular))
        ?? throw new InvalidOperationException("The embedded report font could not be read.");

    public static readonly SKTypeface Bold = SKTypeface.FromData(SKData.CreateCopy(ReportFonts.Bold))
        ?? throw new InvalidOperationException("The embedded report font (bold) could not be read.");

    // The static constructor runs once, before any chart is drawn, and the runtime makes it thread-safe:
    // requests drawing charts in parallel all see the resolver, and the resolver list is never changed again
    // while ScottPlot reads it.
    static ChartFont()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver());
        // Anything ScottPlot labels that a chart forgets to name uses the report font too.
        Fonts.Default = Name;
    }

    /// <summary>Call before building a plot: touching the class is what registers the font.</summary>
    public static string Ensure() => Name;

    /// <summary>A font to measure text with, so the layout makes room for exactly what ScottPlot will draw.</summary>
    public static SKFont Measuring(float size, bool bold = false) => new(bold ? Bold : Regular, size);

    private sealed class EmbeddedResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Name ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Name ? (bold ? Bold : Regular) : null;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ScottPlot;
using SkiaSharp;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// ScottPlot's SVG made fit for a page that shows fifteen of them inline. Skia numbers clip paths from a
/// process-wide counter, so the same table would not give the same SVG twice, and two charts on a page could
/// share an id (a chart clipped by another's rectangle): ids are renumbered in document order and prefixed with
/// a hash of the chart, so they are deterministic and differ between different charts. The root gains a viewBox
/// (the page can scale it), role="img" and a title (the text alternative). Text stays escaped: Skia writes it
/// escaped and this rewrite goes through an XML parser, never string concatenation.
/// </summary>
internal static partial class ChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// The SVG says which font drew it; a browser without DejaVu Sans falls back to Verdana (near its widths) and
    /// then any sans-serif. The page can serve the embedded font to match exactly.
    /// </summary>
    private const string FontFamily = ReportFonts.Family + ", Verdana, sans-serif";

    /// <summary>
    /// ScottPlot's drawing on Skia's SVG canvas, written to a native memory stream: the same SVG as
    /// Plot.GetSvgXml, in half the time (that one writes through a managed stream, a call back per fragment).
    /// </summary>
    public static string Render(Plot plot, int width, int height, string description)
    {
        // ScottPlot draws a plot's first render twice (the second with the layout the first settled); on an SVG
        // canvas that would write every element twice. The first goes to a canvas that draws nothing.
        using (var rehearsal = new SKNoDrawCanvas(width, height)) plot.Render(rehearsal, width, height);

        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            // As GetSvgXml does: a clear is no drawing to write down, the figure paints its own background.
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
            plot.Render(canvas, width, height);
        } // the canvas writes the closing tag when disposed
        using var data = stream.DetachAsData();
        return Tidy(Encoding.UTF8.GetString(data.AsSpan()), width, height, description);
    }

    private static string Tidy(string svg, int width, int height, string description)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root ?? throw new InvalidOperationException("ScottPlot wrote an SVG with no root.");

        root.Descendants(Svg + "defs").Where(d => !d.HasElements).Remove();
        foreach (var text in root.Descendants(Svg + "text"))
        {
            // Skia indents text content; SVG trims it anyway, and trimmed it is what a reader (or test) sees.
            if (text.Nodes().SingleOrDefault() is XText content) content.Value = content.Value.Trim();
            if (text.Attribute("font-family") is { } family) family.Value = FontFamily;
        }

        // Neutral names first, so the hash sees the chart and not the counter; then names unique to this chart.
        var ids = root.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().Distinct().ToList();
        Rename(root, ids.Select((id, i) => (id, $"i{i + 1}")).ToDictionary());
        var prefix = Hash(root.ToString(SaveOptions.DisableFormatting));
        Rename(root, ids.Select((_, i) => ($"i{i + 1}", $"chart-{prefix}-{i + 1}")).ToDictionary());

        root.SetAttributeValue("viewBox", FormattableString.Invariant($"0 0 {width} {height}"));
        root.SetAttributeValue("role", "img");
        root.AddFirst(new XElement(Svg + "title", description));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Renames ids and every reference to them (url(#…) in styles, #… in links).</summary>
    private static void Rename(XElement root, Dictionary<string, string> names)
    {
        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            if (attribute.Name == "id")
            {
                if (names.TryGetValue(attribute.Value, out var fresh)) attribute.Value = fresh;
                continue;
            }
            if (!attribute.Value.Contains('#')) continue;
            attribute.Value = Reference().Replace(attribute.Value, m =>
                names.TryGetValue(m.Groups["id"].Value, out var fresh) ? m.Groups["lead"].Value + fresh : m.Value);
        }
    }

    private static string Hash(string svg) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)))[..10];

    [GeneratedRegex(@"(?<lead>url\(#|^#)(?<id>[^)\s]+)")]
    private static partial Regex Reference();
}

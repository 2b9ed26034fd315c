using SkiaSharp;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>
/// Words laid out before ScottPlot draws them: long category names and titles are wrapped to a width, measured
/// with the very typeface that draws them, so the chart makes room for them instead of clipping.
/// </summary>
internal static class ChartLabels
{
    /// <summary>The text in lines no wider than <paramref name="maxWidth"/>; a word too long for a line is split.</summary>
    public static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= maxWidth) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (line.Length > 1 && font.MeasureText(line) > maxWidth)
            {
                var fits = Fitting(line, font, maxWidth);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    public static float Widest(IEnumerable<string> lines, SKFont font) =>
        lines.Select(l => font.MeasureText(l)).DefaultIfEmpty(0).Max();

    /// <summary>The height ScottPlot gives <paramref name="lines"/> lines of this font.</summary>
    public static float Height(int lines, SKFont font) => lines * font.Spacing;

    private static int Fitting(string word, SKFont font, float maxWidth)
    {
        var n = word.Length - 1;
        while (n > 1 && font.MeasureText(word[..n]) > maxWidth) n--;
        return n;
    }
}

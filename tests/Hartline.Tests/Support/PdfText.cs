using UglyToad.PdfPig;

namespace Hartline.Tests.Support;

/// <summary>
/// The text a reader of a PDF sees, read back with PdfPig as a PDF viewer would (not from the file's bytes: PDFsharp
/// compresses pages and writes glyph numbers, so the bytes say nothing a person reads).
/// </summary>
public static class PdfText
{
    /// <summary>Every page's words in reading order, pages one after another, words one space apart.</summary>
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(Words));
    }

    /// <summary>Each page's words, one space apart (a phrase wrapped over two lines still reads as one).</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Words)];
    }

    private static string Words(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));
}

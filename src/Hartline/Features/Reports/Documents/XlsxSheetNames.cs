using System.Globalization;
using System.Text.RegularExpressions;

namespace Hartline.Features.Reports.Documents;

/// <summary>
/// Sheet names a spreadsheet application accepts, made from table titles: at most 31 characters, none of
/// <c>[ ] : * ? / \</c>, no apostrophe at either end, not "History" (Excel keeps it for itself), and no two alike
/// (ignoring case, as Excel does). A workbook with a bad sheet name is "repaired" by Excel, or refused.
/// </summary>
internal sealed partial class XlsxSheetNames
{
    public const int MaxLength = 31;
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>A valid name not yet taken, as close to <paramref name="wanted"/> as the rules allow.</summary>
    public string Take(string wanted, string fallback)
    {
        var name = Clean(wanted);
        if (name.Length == 0) name = Clean(fallback);
        var candidate = name;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Cut(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }
        return candidate;
    }

    private static string Clean(string text)
    {
        var name = Forbidden().Replace(text, " ");
        name = Cut(Spaces().Replace(name, " ").Trim(), MaxLength);
        return name.Trim().Trim('\'').Trim();
    }

    /// <summary>At most <paramref name="length"/> UTF-16 units, never splitting a letter from its accent or an emoji in two.</summary>
    private static string Cut(string text, int length)
    {
        var end = 0;
        while (end < text.Length && end + StringInfo.GetNextTextElementLength(text, end) <= length)
            end += StringInfo.GetNextTextElementLength(text, end);
        return text[..end];
    }

    // Control characters too: they are not allowed in XML, let alone in a tab.
    [GeneratedRegex(@"[\[\]:*?/\\\p{Cc}]")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

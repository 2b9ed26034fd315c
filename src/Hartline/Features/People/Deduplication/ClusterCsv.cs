using System.Globalization;
using Hartline.Linkage;

namespace Hartline.Features.People.Deduplication;

/// <summary>The output of <c>hartline dedupe</c>: id,cluster_id,probability, one row per input record, in input order.</summary>
public static class ClusterCsv
{
    public const string Header = "id,cluster_id,probability";

    public static void Write(TextWriter text, IEnumerable<ClusterAssignment> assignments)
    {
        text.Write(Header);
        text.Write('\n');
        Span<char> number = stackalloc char[16];
        foreach (var a in assignments)
        {
            WriteCell(text, a.Id);
            text.Write(',');
            WriteCell(text, a.ClusterId);
            text.Write(',');
            a.Probability.TryFormat(number, out var written, "0.0000", CultureInfo.InvariantCulture);
            text.Write(number[..written]);
            text.Write('\n');
        }
    }

    /// <summary>A cell, made safe for a spreadsheet and quoted when it holds a separator, a quote or a line break.</summary>
    private static void WriteCell(TextWriter text, string value)
    {
        var safe = SpreadsheetCell.Guard(value);
        if (safe.AsSpan().IndexOfAny(",\"\r\n") < 0) { text.Write(safe); return; }
        text.Write('"');
        text.Write(safe.Replace("\"", "\"\""));
        text.Write('"');
    }
}

/// <summary>
/// Cells of a CSV that a spreadsheet will open. Ids come from the input file, so an id such as
/// =HYPERLINK("http://…") would otherwise reach Excel or LibreOffice as a live formula.
/// </summary>
public static class SpreadsheetCell
{
    /// <summary>A cell starting with =, +, -, @ or | (or a tab or return) is prefixed with ' so it is read as text.</summary>
    public static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '|' or '\t' or '\r' ? "'" + value : value;
}

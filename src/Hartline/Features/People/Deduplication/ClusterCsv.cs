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

using System.Text;
using Hartline.Linkage;

namespace Hartline.Features.People.Deduplication;

/// <summary>Bad input in a persons file that stops it being read at all (no header, no id column, a column twice).</summary>
public sealed class PersonCsvException(string message) : Exception(message);

/// <summary>One malformed row (or one bad value of it), by line and column.</summary>
public sealed record CsvProblem(int Line, string Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}

/// <summary>What was read from a persons file: the good records, and every problem found on the way.</summary>
public sealed class PersonFile
{
    /// <summary>How many problems are kept to be listed; the rest are only counted.</summary>
    public const int ListedProblems = 50;

    public required List<PersonRecord> Records { get; init; }

    /// <summary>The first <see cref="ListedProblems"/> problems, in file order.</summary>
    public required IReadOnlyList<CsvProblem> Problems { get; init; }

    public required int ProblemCount { get; init; }

    /// <summary>Rows with at least one problem: none of them is among <see cref="Records"/>.</summary>
    public required int MalformedRows { get; init; }

    /// <summary>Rows that repeat an earlier row exactly (same id, same values): read once.</summary>
    public required int RepeatedRows { get; init; }

    public required char Separator { get; init; }

    /// <summary>Notes about the file as a whole (an ignored column, a detected separator), for standard error.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>
/// The file format of <c>hartline dedupe</c> (and <c>pprl encode</c>): a header and any of the columns
/// id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone,email and id_* (an identifier of the
/// kind named after id_, e.g. id_dcf); id required, empty = unknown, dob as yyyy-MM-dd. Output: id,cluster_id,probability.
/// </summary>
public static class PersonCsv
{
    public static readonly string[] Columns = ["id", "given_name", "middle_name", "family_name", "dob", "sex", "address", "city", "postcode", "phone", "email"];

    /// <summary>Columns whose name starts so hold an identifier of the kind that follows (id_dcf: kind "dcf").</summary>
    public const string IdentifierPrefix = "id_";

    /// <summary>Reads a whole persons file, or throws <see cref="PersonCsvException"/> listing its problems.</summary>
    public static List<PersonRecord> Read(TextReader text, string fileName, Action<string>? warn = null)
    {
        var file = Load(text.ReadToEnd(), fileName);
        foreach (var note in file.Notes) warn?.Invoke(note);
        if (file.MalformedRows > 0) throw new PersonCsvException(Describe(file, fileName));
        return file.Records;
    }

    /// <summary>
    /// A whole file as text: UTF-8 unless a byte-order mark says UTF-16. One read and one decode into a string of the
    /// exact length (a million rows are some 75 MB); StreamReader.ReadToEnd grows a StringBuilder and copies it again.
    /// Bytes that are not UTF-8 become U+FFFD, which the reader reports by line and column.
    /// </summary>
    public static string ReadAllText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes.AsSpan(3)),
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes.AsSpan(2)),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes.AsSpan(2)),
            _ => Encoding.UTF8.GetString(bytes),
        };
    }

    /// <summary>
    /// Reads every row it can. A malformed row is left out and its problems are noted; the caller decides
    /// whether that refuses the file. Only a header that cannot be read throws.
    /// </summary>
    public static PersonFile Load(string text, string fileName) => Load(text, fileName, ParallelFromChars);

    /// <param name="parallelFromChars">Rows after the header from which the file is read in two halves (tests read small files so).</param>
    internal static PersonFile Load(string text, string fileName, int parallelFromChars)
    {
        var separator = CsvRows.DetectSeparator(text);
        var rows = new CsvRows(text, separator);
        var fields = new List<CsvField>();
        if (!rows.Next(fields, out var headerFault) || fields.Count == 1 && rows.Span(fields[0]).IsWhiteSpace())
            throw new PersonCsvException($"{fileName}: the file is empty; it needs a header line such as {string.Join(',', Columns)}.");
        if (headerFault is not null)
            throw new PersonCsvException($"{fileName}: line 1, character {headerFault.Character}: {headerFault.Message}.");
        var notes = new List<string>();
        if (separator != ',') notes.Add($"{fileName}: the values are separated by '{(separator == '\t' ? "tab" : separator)}' (read from the header).");
        var layout = PersonColumns.FromHeader([.. fields.Select(f => rows.Text(f).Trim())], fileName, notes);

        var expected = Math.Max(16, text.Length / 80); // rows are some 70–100 characters
        var rowsAfterHeader = (Start: rows.Position, rows.Line);
        var part = text.Length - rows.Position >= parallelFromChars ? ReadInTwo(text, separator, layout, rowsAfterHeader) : null;
        part ??= ReadRows(rows, layout, expected);
        return new PersonFile
        {
            Records = part.Records, Problems = part.Problems, ProblemCount = part.ProblemCount, MalformedRows = part.Malformed,
            RepeatedRows = part.Repeated, Separator = separator, Notes = notes,
        };
    }

    /// <summary>A large file is read in two halves at once, one per core, when the rows after the header reach this many characters.</summary>
    private const int ParallelFromChars = 4_000_000;

    private sealed record Part(List<PersonRecord> Records, Dictionary<string, (int Line, int Record)> FirstLine, List<CsvProblem> Problems,
        int ProblemCount, int Malformed, int Repeated);

    /// <summary>
    /// The rows after the header in two halves, read at once: a million rows take some 2.7 s on one core. The halves
    /// meet at a line end outside quotes (an even number of quote characters before it, which is exact for a well-formed
    /// file). Only a clean result is kept: a malformed row, or an id in both halves, and the file is read again in
    /// one pass, whose problems, recovery and line numbers are the ones a user is shown. Null when it read nothing.
    /// </summary>
    private static Part? ReadInTwo(string text, char separator, PersonColumns layout, (int Start, int Line) after)
    {
        var split = RowBoundaryNear(text, after.Start, after.Start + (text.Length - after.Start) / 2);
        if (split < 0) return null;
        var secondLine = after.Line + LineEnds(text.AsSpan(after.Start, split - after.Start));
        var first = text.Substring(after.Start, split - after.Start);
        var second = text.Substring(split);
        var expected = Math.Max(16, first.Length / 80);
        var halves = new Part[2];
        Parallel.Invoke(
            () => halves[0] = ReadRows(new CsvRows(first, separator, after.Line), layout, expected),
            () => halves[1] = ReadRows(new CsvRows(second, separator, secondLine), layout, expected));
        var (a, b) = (halves[0], halves[1]);
        if (a.Malformed + b.Malformed > 0) return null;
        foreach (var id in b.FirstLine.Keys)
            if (a.FirstLine.ContainsKey(id)) return null;
        a.Records.AddRange(b.Records);
        return a with { Repeated = a.Repeated + b.Repeated };
    }

    /// <summary>The start of the first line at or after <paramref name="middle"/> outside quotes; -1 when there is none.</summary>
    private static int RowBoundaryNear(string text, int start, int middle)
    {
        var quotes = text.AsSpan(start, middle - start).Count('"');
        for (var p = middle; p < text.Length; p++)
        {
            var c = text[p];
            if (c == '"') quotes++;
            else if (c == '\n' && quotes % 2 == 0) return p + 1 < text.Length ? p + 1 : -1;
        }
        return -1;
    }

    /// <summary>Line ends as <see cref="CsvRows"/> counts them: \n, \r\n and a lone \r each end one line.</summary>
    private static int LineEnds(ReadOnlySpan<char> text)
    {
        var ends = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) ends++;
        return ends;
    }

    private static Part ReadRows(CsvRows rows, PersonColumns layout, int expected)
    {
        var fields = new List<CsvField>();
        var reader = new PersonRowReader(rows, layout);
        var problems = new List<CsvProblem>();
        var rowProblems = new List<CsvProblem>();
        var records = new List<PersonRecord>(expected);
        var firstLine = new Dictionary<string, (int Line, int Record)>(expected, StringComparer.Ordinal);
        int problemCount = 0, malformed = 0, repeated = 0;
        while (rows.Next(fields, out var fault))
        {
            if (fault is null && fields.Count == 1 && rows.Span(fields[0]).IsWhiteSpace()) continue; // a blank line
            rowProblems.Clear();
            var record = reader.Read(fields, fault, rowProblems);
            if (record is not null && firstLine.TryGetValue(record.Id, out var first))
            {
                if (SameValues(records[first.Record], record)) { repeated++; continue; } // the same row twice: a file exported twice
                rowProblems.Add(new CsvProblem(rows.RowLine, "id", $"'{record.Id}' already appears on line {first.Line}, with other values."));
            }
            if (rowProblems.Count > 0)
            {
                malformed++;
                problemCount += rowProblems.Count;
                problems.AddRange(rowProblems.Take(PersonFile.ListedProblems - problems.Count));
                if (reader.LostTheRowStructure) rows.ResumeAfterRowStart();
                continue;
            }
            firstLine[record!.Id] = (rows.RowLine, records.Count);
            records.Add(record);
        }
        return new Part(records, firstLine, problems, problemCount, malformed, repeated);
    }

    /// <summary>The listing of a file's problems for a message: the first ones, then how many more.</summary>
    public static string Describe(PersonFile file, string fileName)
    {
        var lines = file.Problems.Select(p => $"{fileName}: {p}").ToList();
        if (file.ProblemCount > file.Problems.Count)
            lines.Add($"{fileName}: … and {file.ProblemCount - file.Problems.Count:N0} more problems.");
        lines.Add($"{fileName}: {file.MalformedRows:N0} malformed {(file.MalformedRows == 1 ? "row" : "rows")}.");
        return string.Join(Environment.NewLine, lines);
    }

    private static bool SameValues(PersonRecord a, PersonRecord b) =>
        a with { Identifiers = null } == b with { Identifiers = null }
        && (a.Identifiers ?? []).SequenceEqual(b.Identifiers ?? []);
}

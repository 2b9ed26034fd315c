namespace Hartline.Features.People.Deduplication;

/// <summary>One field of a row: where its text lies, and the line and character it starts at (for messages).</summary>
internal readonly record struct CsvField(int Start, int Length, int Line, int Character, bool Quoted, bool HasEscapedQuote, int LastLine);

/// <summary>What is wrong with a row's structure, where it is first seen.</summary>
internal sealed record CsvFault(int Line, int Character, int Field, string Message)
{
    /// <summary>A quote that runs away takes the following lines with it: reading resumes on the next line.</summary>
    public bool ResumeOnNextLine { get; init; }
}

/// <summary>
/// Splits delimited text into rows of fields (RFC 4180: a field may be quoted, "" inside quotes is a quote,
/// and a quoted field may hold line breaks), noting the line and character each field starts at.
/// </summary>
/// <remarks>
/// It works on the whole text at once, so that a malformed row can be re-read: an unterminated quote would
/// otherwise swallow the rest of the file as one field (the failure of issue 12), and every later problem with
/// it. Control characters, NUL and text that was not valid UTF-8 (decoded as U+FFFD) are faults; line breaks
/// inside quotes are not, the caller decides which columns may hold them.
/// </remarks>
internal sealed class CsvRows(string text, char separator)
{
    private int _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; // a byte-order mark StreamReader left in
    private int _line = 1, _lineStart;

    /// <summary>Rows of a part of a file that begins on line <paramref name="firstLine"/> (see <see cref="PersonCsv.Load"/>).</summary>
    public CsvRows(string text, char separator, int firstLine) : this(text, separator) => _line = firstLine;

    /// <summary>Where the next row starts in the text, and its line.</summary>
    public int Position => _pos;

    public int Line => _line;

    public char Separator => separator;

    /// <summary>The line the last row read starts on.</summary>
    public int RowLine { get; private set; }

    /// <summary>Where the last row starts in the text (see <see cref="ResumeAfterRowStart"/>).</summary>
    private int _rowStart;

    /// <summary>The text of a field, quotes removed and "" made ".</summary>
    public string Text(in CsvField f) => f.HasEscapedQuote ? text.Substring(f.Start, f.Length).Replace("\"\"", "\"") : text.Substring(f.Start, f.Length);

    public ReadOnlySpan<char> Span(in CsvField f) => text.AsSpan(f.Start, f.Length);

    /// <summary>
    /// Reads the next row into <paramref name="fields"/>; false at the end of the text. <paramref name="fault"/>
    /// is the first structural problem of the row, if any.
    /// </summary>
    public bool Next(List<CsvField> fields, out CsvFault? fault)
    {
        fields.Clear();
        fault = null;
        if (_pos >= text.Length) return false;
        RowLine = _line;
        _rowStart = _pos;
        while (true)
        {
            var ended = ReadField(fields, ref fault);
            if (ended) return true;
        }
    }

    /// <summary>
    /// Abandons the last row after its first line: a quote that never closes (or closes lines later, pairing with
    /// another row's stray quote) must not take the following rows with it.
    /// </summary>
    public void ResumeAfterRowStart()
    {
        var p = _rowStart;
        while (p < text.Length && text[p] is not ('\n' or '\r')) p++;
        if (p < text.Length && text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n') p++;
        _pos = Math.Min(text.Length, p + 1);
        _line = RowLine + 1;
        _lineStart = _pos;
    }

    // Reads one field and the separator or line end after it; true when the row ended.
    private bool ReadField(List<CsvField> fields, ref CsvFault? fault)
    {
        var index = fields.Count;
        var p = _pos;
        while (p < text.Length && text[p] == ' ') p++; // spaces before an opening quote: "a, "b"" is common by hand
        if (p < text.Length && text[p] == '"') return ReadQuoted(fields, p, ref fault);

        p = _pos;
        var start = p;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == separator || c is '\n' or '\r') break;
            if (fault is null && IsForbidden(c)) fault = Forbidden(c, p, index);
            p++;
        }
        fields.Add(new CsvField(start, p - start, _line, start - _lineStart + 1, false, false, _line));
        return EndOfField(p);
    }

    private bool ReadQuoted(List<CsvField> fields, int quote, ref CsvFault? fault)
    {
        var index = fields.Count;
        var (line, character) = (_line, quote - _lineStart + 1);
        var p = quote + 1;
        var escaped = false;
        while (true)
        {
            if (p >= text.Length)
            {
                fault = new CsvFault(line, character, index, "the quote opened here is never closed") { ResumeOnNextLine = true };
                _pos = p;
                fields.Add(new CsvField(quote + 1, p - quote - 1, line, character, true, escaped, _line));
                return true;
            }
            var c = text[p];
            if (c == '"')
            {
                if (p + 1 < text.Length && text[p + 1] == '"') { escaped = true; p += 2; continue; }
                break;
            }
            if (c is '\n' or '\r')
            {
                if (c == '\r' && p + 1 < text.Length && text[p + 1] == '\n') p++;
                _line++;
                _lineStart = p + 1;
            }
            else if (fault is null && IsForbidden(c)) fault = Forbidden(c, p, index);
            p++;
        }
        fields.Add(new CsvField(quote + 1, p - quote - 1, line, character, true, escaped, _line));
        p++; // the closing quote
        while (p < text.Length && text[p] == ' ') p++;
        if (p < text.Length && text[p] != separator && text[p] is not ('\n' or '\r'))
        {
            fault ??= new CsvFault(_line, p - _lineStart + 1, index, "text follows the closing quote (a quote inside a quoted value is written \"\")");
            while (p < text.Length && text[p] != separator && text[p] is not ('\n' or '\r')) p++;
        }
        return EndOfField(p);
    }

    // After a field: a separator continues the row, a line break or the end of the text ends it.
    private bool EndOfField(int p)
    {
        if (p >= text.Length) { _pos = p; return true; }
        if (text[p] == separator) { _pos = p + 1; return false; }
        if (text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n') p++;
        _pos = p + 1;
        _line++;
        _lineStart = _pos;
        return true;
    }

    // Tab is allowed only as the separator. U+FFFD is what the decoder made of bytes that were not UTF-8.
    private static bool IsForbidden(char c) => c < ' ' || c is >= '\u007f' and <= '\u009f' || c == '\uFFFD';

    private CsvFault Forbidden(char c, int p, int field) => new(_line, p - _lineStart + 1, field,
        c == '\uFFFD' ? "bytes that are not UTF-8 (save the file as UTF-8)"
        : $"a control character (U+{(int)c:X4}){(c == '\0' ? ", NUL: is this a text file?" : "")}");

    /// <summary>
    /// The separator of a file, from its header line: a comma, else a semicolon (spreadsheets in many European
    /// locales save CSV so), else a tab.
    /// </summary>
    public static char DetectSeparator(string text)
    {
        var end = text.AsSpan().IndexOfAny('\n', '\r');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return header.Contains(',') ? ',' : header.Contains(';') ? ';' : header.Contains('\t') ? '\t' : ',';
    }
}

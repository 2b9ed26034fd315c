using Hartline.Linkage;

namespace Hartline.Features.People.Deduplication;

/// <summary>
/// Turns one row of a persons file into a <see cref="PersonRecord"/>, or into the problems that stop it:
/// a broken row structure, an empty id, a date that is not one, an e-mail that is not one.
/// </summary>
/// <remarks>
/// Names, sexes, cities and postcodes repeat across a million rows: each distinct value is kept once
/// (<see cref="Pool"/>), which saves most of the strings a row would otherwise allocate.
/// </remarks>
internal sealed class PersonRowReader(CsvRows rows, PersonColumns columns)
{
    private readonly Pool _names = new(), _places = new(), _sexes = new();
    private readonly string?[] _values = new string?[PersonCsv.Columns.Length];
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)); // a day's grace for time zones

    /// <summary>True when the last row read lost its structure (a runaway quote): reading resumes on its next line.</summary>
    public bool LostTheRowStructure { get; private set; }

    public PersonRecord? Read(List<CsvField> fields, CsvFault? fault, List<CsvProblem> problems)
    {
        LostTheRowStructure = false;
        var line = rows.RowLine;
        if (fault is { ResumeOnNextLine: true })
        {
            problems.Add(new CsvProblem(fault.Line, columns.NameOf(fault.Field), $"{fault.Message} (character {fault.Character})."));
            LostTheRowStructure = true;
            return null;
        }
        // A quoted value over several lines is a line break in an address, or a closing quote that went missing and
        // paired with a quote rows later: anywhere else, or with the row broken too, it is the second.
        var runaway = -1;
        for (var i = 0; i < fields.Count && runaway < 0; i++) if (fields[i].LastLine > fields[i].Line) runaway = i;
        if (runaway >= 0 && (fault is not null || fields.Count != columns.Count
            || runaway >= columns.Count || columns.Roles[runaway] is not (PersonColumns.Address or PersonColumns.Ignored)))
        {
            problems.Add(new CsvProblem(line, columns.NameOf(runaway), $"the quote opened at character {fields[runaway].Character} " +
                $"closes only on line {fields[runaway].LastLine}; is a closing quote missing?"));
            LostTheRowStructure = true;
            return null;
        }
        if (fault is not null)
        {
            problems.Add(new CsvProblem(fault.Line, columns.NameOf(fault.Field), $"{fault.Message} (character {fault.Character})."));
            return null;
        }
        if (fields.Count != columns.Count)
        {
            problems.Add(new CsvProblem(line, columns.NameOf(Math.Min(fields.Count, columns.Count)),
                $"the row has {fields.Count} values where the header has {columns.Count} columns" +
                (fields.Count > columns.Count ? " (is a value with a comma not in quotes?)." : ".")));
            return null;
        }

        Array.Clear(_values);
        List<PersonIdentifier>? identifiers = null;
        DateOnly? born = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var role = columns.Roles[i];
            if (role == PersonColumns.Ignored) continue;
            var field = fields[i];
            if (role == PersonColumns.Dob) { born = BirthDate(rows.Span(field).Trim(), line, problems); continue; }
            var value = Value(field, role);
            if (value is null) continue;
            if (role == PersonColumns.Identifier) (identifiers ??= []).Add(new PersonIdentifier(columns.Kinds[i]!, value));
            else _values[role] = value;
        }

        var id = _values[PersonColumns.Id];
        if (id is null) problems.Add(new CsvProblem(line, "id", "the id is empty."));
        if (_values[PersonColumns.Email] is { } email && !LooksLikeEmail(email))
            problems.Add(new CsvProblem(line, "email", $"'{email}' is not an e-mail address (leave the cell empty when it is not known)."));
        if (problems.Count > 0) return null;
        return new PersonRecord(id!, _values[PersonColumns.Given], _values[PersonColumns.Middle], _values[PersonColumns.Family], born,
            _values[PersonColumns.Sex], _values[PersonColumns.Address], _values[PersonColumns.City], _values[PersonColumns.Postcode],
            _values[PersonColumns.Phone], _values[PersonColumns.Email], identifiers);
    }

    // Trimmed, null when empty; a line break in an address becomes a space.
    private string? Value(in CsvField field, int role)
    {
        if (field.HasEscapedQuote || field.LastLine > field.Line)
        {
            var text = rows.Text(field).ReplaceLineEndings(" ").Trim();
            return text.Length > 0 ? text : null;
        }
        var span = rows.Span(field).Trim();
        if (span.IsEmpty) return null;
        return role switch
        {
            PersonColumns.Given or PersonColumns.Middle or PersonColumns.Family => _names.Get(span),
            PersonColumns.City or PersonColumns.Postcode => _places.Get(span),
            PersonColumns.Sex => _sexes.Get(span),
            _ => span.ToString(),
        };
    }

    private DateOnly? BirthDate(ReadOnlySpan<char> text, int line, List<CsvProblem> problems)
    {
        if (text.IsEmpty) return null;
        if (!TryParseIsoDate(text, out var date, out var shaped))
        {
            problems.Add(new CsvProblem(line, "dob", shaped
                ? $"'{text}' is not a real date (no such day in that month)."
                : $"'{text}' is not a date written yyyy-MM-dd."));
            return null;
        }
        if (date > _today) { problems.Add(new CsvProblem(line, "dob", $"'{text}' is in the future.")); return null; }
        return date;
    }

    /// <summary>yyyy-MM-dd, by hand: a million dates in a few milliseconds. <paramref name="shaped"/> says it is written so, even when no such day exists (2006-02-30).</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<char> s, out DateOnly date, out bool shaped)
    {
        date = default;
        shaped = s.Length == 10 && s[4] == '-' && s[7] == '-';
        if (!shaped) return false;
        int year = Digits(s[..4]), month = Digits(s[5..7]), day = Digits(s[8..]);
        shaped = year >= 0 && month >= 0 && day >= 0;
        if (!shaped || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // The number a run of ASCII digits spells, or -1.
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return -1;
            n = n * 10 + c - '0';
        }
        return n;
    }

    // Not a full check (addresses are compared, not delivered to): a local part, an @ and a domain.
    private static bool LooksLikeEmail(string value) =>
        value.IndexOf('@') is var at && at > 0 && at < value.Length - 1 && !value.Contains(' ');

    /// <summary>One string per distinct value.</summary>
    private sealed class Pool
    {
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> value)
        {
            if (_lookup.TryGetValue(value, out var known)) return known;
            var fresh = value.ToString();
            _lookup.Dictionary[fresh] = fresh;
            return fresh;
        }
    }
}

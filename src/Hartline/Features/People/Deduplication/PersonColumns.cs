namespace Hartline.Features.People.Deduplication;

/// <summary>What each column of a persons file holds, read from its header (columns may come in any order).</summary>
internal sealed class PersonColumns
{
    // A column's role is its index in PersonCsv.Columns, or one of these.
    public const int Identifier = -2, Ignored = -1;
    public const int Id = 0, Given = 1, Middle = 2, Family = 3, Dob = 4, Sex = 5, Address = 6, City = 7, Postcode = 8, Phone = 9, Email = 10;

    private PersonColumns(string[] names, int[] roles, string?[] kinds) => (Names, Roles, Kinds) = (names, roles, kinds);

    /// <summary>The header's names, lower-cased, by position.</summary>
    public string[] Names { get; }

    public int[] Roles { get; }

    /// <summary>For an identifier column, the kind (the part after id_); null for the others.</summary>
    public string?[] Kinds { get; }

    public int Count => Names.Length;

    /// <summary>The name of the column at <paramref name="position"/> for a message, or its number beyond the header.</summary>
    public string NameOf(int position) => position < Count
        ? Names[position] is { Length: > 0 } name ? name : $"{position + 1}"
        : $"{position + 1} (the header has {Count})";

    /// <summary>
    /// Reads the header. Unknown columns are ignored with a note (a file often carries more than Hartline needs);
    /// a column twice, or no id, refuses the file, since which value counts would be a guess.
    /// </summary>
    public static PersonColumns FromHeader(string[] header, string fileName, List<string> notes)
    {
        var names = header.Select(h => h.ToLowerInvariant()).ToArray();
        var roles = new int[names.Length];
        var kinds = new string?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            roles[i] = Array.IndexOf(PersonCsv.Columns, names[i]);
            if (roles[i] >= 0) continue;
            roles[i] = Ignored;
            if (names[i].StartsWith(PersonCsv.IdentifierPrefix, StringComparison.Ordinal) && names[i].Length > PersonCsv.IdentifierPrefix.Length)
                (roles[i], kinds[i]) = (Identifier, names[i][PersonCsv.IdentifierPrefix.Length..]);
            else if (names[i].Length == 0)
                notes.Add($"{fileName}: line 1: column {i + 1} has no name; it is ignored.");
            else
                notes.Add($"{fileName}: line 1: column '{names[i]}' is not one Hartline reads; it is ignored.");
        }
        var twice = names.Where((n, i) => roles[i] != Ignored).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new PersonCsvException($"{fileName}: line 1, column {twice.Key}: the column appears twice.");
        if (!roles.Contains(Id))
            throw new PersonCsvException($"{fileName}: line 1: the header has no 'id' column (found: {string.Join(',', names)}); " +
                $"the columns Hartline reads are {string.Join(',', PersonCsv.Columns)} and {PersonCsv.IdentifierPrefix}*.");
        return new PersonColumns(names, roles, kinds);
    }
}

using Hartline.Linkage.Text;

namespace Hartline.Linkage.Identifiers;

/// <summary>
/// One identifier in the form it is compared in: its kind hashed (only the same kind is compared) and
/// its value reduced to upper-case letters and digits, so "123-45 678" and "12345678" agree.
/// </summary>
internal readonly record struct HeldIdentifier(ulong Kind, string Value);

/// <summary>
/// Normalises and compares what agencies hold besides names: an e-mail address and identifiers of
/// named kinds. Both are strong evidence when they agree and only weak evidence when they differ:
/// youths change e-mail addresses, and a number is mistyped as easily as a name.
/// </summary>
internal static class HeldIdentifiers
{
    /// <summary>Level of an e-mail or identifier pair (see <see cref="Model.Fields.Email"/>): missing, exact, one edit, different.</summary>
    public const int Missing = 0, Exact = 1, OneEdit = 2, Different = 3;

    // Most records hold no identifier: they share one empty array.
    private static readonly HeldIdentifier[] None = [];

    /// <summary>
    /// Trimmed and lower-cased: mail systems treat the address's case as meaningless in practice, and
    /// forms add spaces. Anything without an '@' with text on both sides is not an address and is dropped.
    /// </summary>
    public static string Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var email = value.Trim().ToLowerInvariant();
        var at = email.IndexOf('@');
        return at > 0 && at < email.Length - 1 ? email : "";
    }

    /// <summary>The record's identifiers, normalised, those without a kind or a value left out.</summary>
    public static HeldIdentifier[] Prepare(IReadOnlyList<PersonIdentifier>? identifiers)
    {
        if (identifiers is null || identifiers.Count == 0) return None;
        var prepared = new List<HeldIdentifier>(identifiers.Count);
        foreach (var identifier in identifiers)
        {
            if (identifier is null || string.IsNullOrWhiteSpace(identifier.Kind)) continue;
            var value = Value(identifier.Value);
            if (value.Length == 0) continue;
            prepared.Add(new HeldIdentifier(Kind(identifier.Kind), value));
        }
        // Sorted by kind, so the blocking rules can take "the first" and "the last" kind of a record alike.
        prepared.Sort((x, y) => x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind) : string.CompareOrdinal(x.Value, y.Value));
        return prepared.Count == 0 ? None : [.. prepared];
    }

    /// <summary>The kind's name, trimmed and case-folded, hashed: "DCF" and "dcf " are one kind.</summary>
    public static ulong Kind(string kind) => Blocking.BlockingRules.Hash(kind.Trim().ToLowerInvariant());

    /// <summary>Upper-case letters and digits only: separators and spaces are how a number was written, not the number.</summary>
    public static string Value(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        Span<char> buffer = stackalloc char[Math.Min(value.Length, 64)];
        var length = 0;
        foreach (var c in value)
        {
            if (length == buffer.Length) break;
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Two normalised e-mails: exact, one edit or transposition apart, or different. The numbers in two
    /// addresses must agree for a slip to count: people add them to tell their address from another's
    /// of the same name (ana.ruiz07 and ana.ruiz08, ana.ruiz and ana.ruiz1 are two youths named Ana Ruiz).
    /// At 1M, same-named youths one digit apart were the commonest wrong links, an e-mail slip (+18 bits)
    /// outweighing dates of birth years apart.
    /// </summary>
    public static int CompareEmail(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return Missing;
        var level = CompareValues(x, y);
        return level == OneEdit && !SameDigits(x, y) ? Different : level;
    }

    private static bool SameDigits(string x, string y)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsAsciiDigit(x[i])) i++;
            while (j < y.Length && !char.IsAsciiDigit(y[j])) j++;
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (x[i++] != y[j++]) return false;
        }
    }

    /// <summary>
    /// The best agreement between identifiers of the same kind; missing when the records share no kind
    /// (a DCF number and a state id say nothing about each other).
    /// </summary>
    public static int CompareIdentifiers(HeldIdentifier[] x, HeldIdentifier[] y)
    {
        if (x.Length == 0 || y.Length == 0) return Missing;
        var best = Missing;
        foreach (var a in x)
            foreach (var b in y)
            {
                if (a.Kind != b.Kind) continue;
                var level = CompareValues(a.Value, b.Value);
                if (best == Missing || level < best) best = level;
            }
        return best;
    }

    // Short values are one edit away from many others: a slip is only credited on values long enough
    // (five characters) that strangers rarely fall one edit apart.
    private const int MinLengthForSlip = 5;

    private static int CompareValues(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return Exact;
        if (Math.Min(x.Length, y.Length) >= MinLengthForSlip && Math.Abs(x.Length - y.Length) <= 1
            && DamerauLevenshtein.Distance(x, y, 1) <= 1) return OneEdit;
        return Different;
    }
}

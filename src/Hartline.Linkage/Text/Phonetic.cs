using System.Buffers;

namespace Hartline.Linkage.Text;

/// <summary>
/// Phonetic keys: names that sound alike get the same key, so "Gonzalez" and "Gonzales",
/// "Rodriguez" and "Rodrigues", "Jackson" and "Jakson" are found as the same name.
/// </summary>
/// <remarks>
/// NYSIIS (New York State Identification and Intelligence System, R. L. Taft, 1970) was built for
/// matching names in criminal-justice records. It keeps more of the name than Soundex (letters, not
/// digit classes; vowels as a placeholder) and handles spelling variants common in both English and
/// Spanish-origin names: Z/S, K/C, Q/G, M/N, silent H and W, doubled letters, a final S. This is the
/// original algorithm, keys limited to six characters, not the later "modified NYSIIS".
/// It is not a cure-all: Catherine (CATARA) and Kathryn (CATRYN) get different keys, which is why
/// given names are also compared as nickname variants (<see cref="Nicknames"/>).
/// </remarks>
public static class Phonetic
{
    /// <summary>The original NYSIIS key length.</summary>
    public const int NysiisKeyLength = 6;

    private const int StackLimit = 128;

    /// <summary>The NYSIIS key of a name (folded first, so "González" and "GONZALES" both give GANSAL). Null or a name without letters gives "".</summary>
    public static string Nysiis(string? name, int maxLength = NysiisKeyLength)
    {
        var folded = NameFolding.Fold(name);
        if (folded.Length == 0) return "";
        char[]? rented = null;
        var room = Math.Min(folded.Length, maxLength);
        Span<char> key = room <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(room));
        try
        {
            return new string(key[..Nysiis(folded, key, maxLength)]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the NYSIIS key of an already folded name to <paramref name="key"/> and returns its length,
    /// without allocating. Only the letters A–Z (either case) are read; anything else is skipped.
    /// A key is never longer than <paramref name="maxLength"/> or than the name, so
    /// <paramref name="key"/> needs room for the smaller of the two.
    /// </summary>
    public static int Nysiis(ReadOnlySpan<char> name, Span<char> key, int maxLength = NysiisKeyLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);

        // The rules rewrite the name as they go, so work on an upper-case copy of its letters,
        // and build the whole key beside it before truncating.
        char[]? rented = null;
        Span<char> scratch = 2 * name.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(2 * name.Length));
        try
        {
            var n = 0;
            foreach (var c in name)
                if (char.IsAsciiLetter(c)) scratch[n++] = (char)(c & ~0x20);
            if (n == 0) return 0;
            var full = scratch.Slice(n, n);
            var length = Math.Min(NysiisCore(scratch[..n], full), maxLength);
            full[..length].CopyTo(key);
            return length;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int NysiisCore(Span<char> w, Span<char> key)
    {
        // Step 1. Recode how the name begins: MAC → MCC (Mac and Mc alike), KN → NN (silent K),
        // K → C, PH and PF → FF, SCH → SSS.
        if (StartsWith(w, "MAC")) w[1] = 'C';
        else if (StartsWith(w, "KN")) w[0] = 'N';
        else if (w[0] == 'K') w[0] = 'C';
        else if (StartsWith(w, "PH") || StartsWith(w, "PF")) w[0] = w[1] = 'F';
        else if (StartsWith(w, "SCH")) w[1] = w[2] = 'S';

        // Step 2. Recode how it ends: EE and IE sound like Y; DT, RT, RD, NT and ND like D.
        if (EndsWith(w, "EE") || EndsWith(w, "IE")) w = Shorten(w, 'Y');
        else if (EndsWith(w, "DT") || EndsWith(w, "RT") || EndsWith(w, "RD") || EndsWith(w, "NT") || EndsWith(w, "ND"))
            w = Shorten(w, 'D');

        // Step 3. The key starts with the (recoded) first letter, kept as it is, even a vowel.
        key[0] = w[0];
        var k = 1;

        // Step 4. Every later letter is recoded in place, looking at its neighbours as already
        // recoded to its left and as written to its right, and then added to the key unless it
        // repeats the last letter there (so doubled and merged sounds count once).
        for (var i = 1; i < w.Length; i++)
        {
            var previous = w[i - 1];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var c = w[i];

            if (c == 'E' && next == 'V') { w[i] = 'A'; w[i + 1] = 'F'; } // EV → AF ("Evan" and "Afan" alike)
            else if (IsVowel(c)) w[i] = 'A';                             // every vowel is just "a vowel here"
            else if (c == 'Q') w[i] = 'G';
            else if (c == 'Z') w[i] = 'S';                               // Gonzalez / Gonzales
            else if (c == 'M') w[i] = 'N';
            else if (c == 'K') w[i] = next == 'N' ? 'N' : 'C';           // Jackson / Jakson
            else if (c == 'S' && next == 'C' && i + 2 < w.Length && w[i + 2] == 'H') w[i + 1] = w[i + 2] = 'S';
            else if (c == 'P' && next == 'H') w[i] = w[i + 1] = 'F';
            else if (c == 'H' && (!IsVowel(previous) || !IsVowel(next))) w[i] = previous; // H is silent unless between vowels
            else if (c == 'W' && IsVowel(previous)) w[i] = previous;     // W after a vowel is silent

            if (w[i] != key[k - 1]) key[k++] = w[i];
        }

        // Step 5. Drop a final S (plurals and the Spanish -es/-ez endings).
        if (k > 1 && key[k - 1] == 'S') k--;
        // Step 6. A final AY reads as Y.
        if (k > 2 && key[k - 2] == 'A' && key[k - 1] == 'Y')
        {
            key[k - 2] = 'Y';
            k--;
        }
        // Step 7. Drop a final vowel (recoded to A), so Maria and Mari agree.
        if (k > 1 && key[k - 1] == 'A') k--;

        // Step 8, truncation to six characters, is left to the caller's maxLength.
        return k;
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static bool StartsWith(ReadOnlySpan<char> w, string prefix) => w.StartsWith(prefix);

    private static bool EndsWith(ReadOnlySpan<char> w, string suffix) => w.Length >= suffix.Length && w.EndsWith(suffix);

    // Replaces the last two letters with one.
    private static Span<char> Shorten(Span<char> w, char last)
    {
        w[^2] = last;
        return w[..^1];
    }
}

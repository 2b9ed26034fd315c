using System.Buffers;
using System.Globalization;

namespace Hartline.Linkage.Text;

/// <summary>
/// Folds a name to the form every comparator works on: accents stripped (é → e, ñ → n), lower case,
/// letters only. "José María O'Neill-Díaz" folds to "josemariaoneilldiaz"; its tokens are
/// "jose", "maria", "oneill", "diaz".
/// </summary>
/// <remarks>
/// Referral forms are typed by many hands: with and without accents, hyphens or spaces between the
/// parts of a double name, curly or straight apostrophes. None of that says anything about whether two
/// records are the same youth, so it is all removed before comparing. Apostrophes join (O'Neill is
/// one name, "oneill"); spaces, hyphens and any other punctuation or digits separate tokens, so
/// "Mary-Jane", "Mary Jane" and "MaryJane" fold alike and the first two also split alike.
/// Accents are removed with the equivalent of FormD decomposition plus dropping combining marks,
/// done from a table (see <see cref="LatinBaseLetters"/>) so results do not depend on ICU.
/// </remarks>
public static class NameFolding
{
    // Enough for any real name; longer input is folded through a pooled buffer instead.
    private const int StackLimit = 256;

    /// <summary>The folded name: lower-case ASCII letters (plus any non-Latin letters), nothing else. Null or empty gives "".</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        // Already folded text (the common case when comparing stored keys) is returned without copying.
        if (IsFolded(name)) return name;
        return FoldCore(name, separators: false);
    }

    /// <summary>The folded parts of a name, split at spaces, hyphens and other punctuation ("Mary-Jane" → ["mary", "jane"]).</summary>
    public static IReadOnlyList<string> Tokens(string? name)
    {
        if (string.IsNullOrEmpty(name)) return [];
        var joined = FoldCore(name, separators: true);
        return joined.Length == 0 ? [] : joined.Split(' ');
    }

    /// <summary>True when <paramref name="name"/> is already in folded form (so <see cref="Fold"/> would return it unchanged).</summary>
    public static bool IsFolded(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    private static string FoldCore(string name, bool separators)
    {
        // A letter folds to at most two letters (ß → ss), and separators are never doubled.
        var capacity = name.Length * 2;
        char[]? rented = null;
        Span<char> buffer = capacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = FoldInto(name, buffer, separators);
            return length == 0 ? "" : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int FoldInto(ReadOnlySpan<char> name, Span<char> output, bool separators)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c))
                Append(output, (char)(c | 0x20), ref length, ref pendingSeparator);
            else if (IsApostrophe(c) || IsCombiningMark(c))
                continue; // O'Neill is one name; a decomposed accent belongs to the letter before it
            else if (LatinBaseLetters.TryGetBase(c, out var letter))
                Append(output, letter, ref length, ref pendingSeparator);
            else if (LatinBaseLetters.TryExpand(c, out var first, out var second))
            {
                Append(output, first, ref length, ref pendingSeparator);
                Append(output, second, ref length, ref pendingSeparator);
            }
            else if (char.IsLetter(c))
                Append(output, char.ToLowerInvariant(c), ref length, ref pendingSeparator);
            else
                pendingSeparator |= separators;
        }
        return length;
    }

    private static void Append(Span<char> output, char letter, ref int length, ref bool pendingSeparator)
    {
        // A separator is only written between two letters: never leading, trailing or doubled.
        if (pendingSeparator && length > 0) output[length++] = ' ';
        pendingSeparator = false;
        output[length++] = letter;
    }

    private static bool IsApostrophe(char c) =>
        c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´';

    private static bool IsCombiningMark(char c) =>
        c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

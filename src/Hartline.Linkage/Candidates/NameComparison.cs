using System.Globalization;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Candidates;

/// <summary>How two names agree, from the strongest agreement to none.</summary>
internal enum NameAgreement { Missing, Exact, Variant, SharedPart, SoundsAlike, SpelledAlike, Typo, Different }

/// <summary>The agreement of two names and the phrase that explains it to a worker.</summary>
internal readonly record struct NameResult(NameAgreement Agreement, string Reason);

/// <summary>Compares two names with the text comparators, strongest evidence first.</summary>
internal static class NameComparison
{
    /// <summary>Names at least this similar (Jaro–Winkler) count as the same name misspelled.</summary>
    public const double SimilarSpelling = 0.9;

    /// <summary>
    /// Compares two names; <paramref name="subject"/> ("family name", "given name") starts the reason.
    /// Given names also count nickname variants (Bill/William); family names do not have nicknames.
    /// </summary>
    public static NameResult Compare(string? a, string? b, string subject, bool givenName)
    {
        var x = NameFolding.Fold(a);
        var y = NameFolding.Fold(b);
        if (x.Length == 0 || y.Length == 0) return new(NameAgreement.Missing, $"no {subject} to compare");
        if (x == y) return new(NameAgreement.Exact, $"same {subject}");

        // Parts are only worth splitting out when a name has punctuation or spaces in it.
        IReadOnlyList<string> xs = [], ys = [];
        if (HasSeparators(a) || HasSeparators(b))
        {
            xs = NameFolding.Tokens(a);
            ys = NameFolding.Tokens(b);
        }

        if (givenName && (Nicknames.AreVariants(x, y) || AnyPairIsVariant(xs, ys)))
            return new(NameAgreement.Variant, $"{subject}s are forms of one name ({a!.Trim()} / {b!.Trim()})");

        // Double names: "Rodríguez López" is often recorded as just "Rodríguez", "Mary-Jane" as "Mary".
        if (SharePart(xs, ys)) return new(NameAgreement.SharedPart, $"{subject}s share a part");

        Span<char> keyX = stackalloc char[Phonetic.NysiisKeyLength];
        Span<char> keyY = stackalloc char[Phonetic.NysiisKeyLength];
        keyX = keyX[..Phonetic.Nysiis(x, keyX)];
        keyY = keyY[..Phonetic.Nysiis(y, keyY)];
        // A one-letter key ("Li", "Lu" → L) says nothing about sound.
        if (keyX.Length > 1 && keyX.SequenceEqual(keyY))
            return new(NameAgreement.SoundsAlike, $"{subject} sounds alike (NYSIIS {keyX})");

        var similarity = JaroWinkler.Similarity(x, y);
        if (similarity >= SimilarSpelling)
            return new(NameAgreement.SpelledAlike,
                string.Create(CultureInfo.InvariantCulture, $"{subject} spelled alike (Jaro–Winkler {similarity:0.00})"));

        var allowed = AllowedEdits(Math.Min(x.Length, y.Length));
        var edits = DamerauLevenshtein.Distance(x, y, allowed);
        if (edits <= allowed)
            return new(NameAgreement.Typo, edits == 1 ? $"{subject} one typing error apart" : $"{subject} {edits} typing errors apart");

        return new(NameAgreement.Different, $"different {subject}");
    }

    // Two edits turn most short names into other real names (Ana → Eva, Cruz → Ruiz), so short names
    // get fewer: none below 3 letters, one below 6, two from 6 letters on.
    private static int AllowedEdits(int shorterLength) => shorterLength switch
    {
        < 3 => 0,
        < 6 => 1,
        _ => 2,
    };

    // Connecting words of double surnames: sharing "de" or "la" says nothing.
    private static readonly HashSet<string> Particles =
        ["de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "le", "el", "y", "e",
         "jr", "sr", "ii", "iii"];

    private static bool HasSeparators(string? name) => name is not null && name.AsSpan().Trim().ContainsAnyExcept(LettersOnly);

    private static readonly System.Buffers.SearchValues<char> LettersOnly =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool AnyPairIsVariant(IReadOnlyList<string> xs, IReadOnlyList<string> ys)
    {
        // "William James" and "Bill": one part of a longer name may be the nickname of the other.
        if (xs.Count < 2 && ys.Count < 2) return false;
        foreach (var x in xs)
            foreach (var y in ys)
                if (Nicknames.AreVariants(x, y)) return true;
        return false;
    }

    private static bool SharePart(IReadOnlyList<string> xs, IReadOnlyList<string> ys)
    {
        if (xs.Count < 2 && ys.Count < 2) return false;
        foreach (var x in xs)
            if (x.Length >= 2 && !Particles.Contains(x) && ys.Contains(x)) return true;
        return false;
    }
}

namespace Hartline.Linkage.Model;

/// <summary>Normalises the non-name fields, which agencies type in many formats.</summary>
internal static class Normalize
{
    /// <summary>Letters and digits only, upper case; a ZIP+4 is cut to its five-digit ZIP (the +4 is often left off).</summary>
    public static string Postcode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        Span<char> buffer = stackalloc char[Math.Min(value.Length, 32)];
        var length = 0;
        foreach (var c in value)
        {
            if (length == buffer.Length) break;
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }
        var digitsOnly = buffer[..length].IndexOfAnyExceptInRange('0', '9') < 0;
        if (digitsOnly && length == 9) length = 5;
        return new string(buffer[..length]);
    }

    public static byte Sex(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return 0;
        var v = value.Trim();
        if (v.Equals("f", StringComparison.OrdinalIgnoreCase) || v.Equals("female", StringComparison.OrdinalIgnoreCase)
            || v.Equals("girl", StringComparison.OrdinalIgnoreCase)) return 1;
        if (v.Equals("m", StringComparison.OrdinalIgnoreCase) || v.Equals("male", StringComparison.OrdinalIgnoreCase)
            || v.Equals("boy", StringComparison.OrdinalIgnoreCase)) return 2;
        // "Unknown" says nothing; anything else recorded (X, non-binary) is a value of its own.
        if (v.Equals("u", StringComparison.OrdinalIgnoreCase) || v.Equals("unknown", StringComparison.OrdinalIgnoreCase)) return 0;
        return 3;
    }

    /// <summary>
    /// The last seven digits: country and area codes are written or left off at will, the local
    /// number is what identifies the phone.
    /// </summary>
    public static int LastSevenDigits(string? value)
    {
        if (string.IsNullOrEmpty(value)) return -1;
        int number = 0, digits = 0;
        for (var i = value.Length - 1; i >= 0 && digits < 7; i--)
        {
            var c = value[i];
            if (!char.IsAsciiDigit(c)) continue;
            number += (c - '0') * Pow10[digits++];
        }
        return digits == 7 ? number : -1;
    }

    private static readonly int[] Pow10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

    // Words every street has: sharing "Street" is no evidence.
    private static HashSet<int> Hashes(IEnumerable<string> words) => words.Select(w => Hash(w)).ToHashSet();

    private static readonly HashSet<int> StreetWordHashes = Hashes(["st", "street", "ave", "avenue", "rd", "road", "dr", "drive",
        "ln", "lane", "blvd", "ct", "court", "apt", "unit", "pl", "place", "way", "ter", "n", "s", "e", "w"]);

    /// <summary>Sorted distinct hashes of the words of an address (letters folded, digits kept).</summary>
    public static int[] AddressWords(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        var hashes = new List<int>(6);
        Span<char> word = stackalloc char[64];
        var length = 0;
        foreach (var raw in value.AsSpan())
        {
            var c = FoldChar(raw);
            if (c != '\0' && length < word.Length) { word[length++] = c; continue; }
            if (c != '\0') continue;
            Flush(word[..length], hashes);
            length = 0;
        }
        Flush(word[..length], hashes);
        hashes.Sort();
        return hashes.Distinct().ToArray();
    }

    private static void Flush(ReadOnlySpan<char> word, List<int> hashes)
    {
        if (word.IsEmpty) return;
        var hash = Hash(word);
        if (!StreetWordHashes.Contains(hash)) hashes.Add(hash);
    }

    private static char FoldChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return char.ToLowerInvariant(c);
        if (Text.LatinBaseLetters.TryGetBase(c, out var letter)) return letter;
        return '\0';
    }

    /// <summary>FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}

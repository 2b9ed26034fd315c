namespace Hartline.Bench.Linkage;

/// <summary>
/// One keying error of the four kinds edit distances count: an extra letter, a missing letter, a wrong
/// letter (a key next to the right one, as fingers slip) and two letters swapped. The first letter is
/// kept most of the time, as it is in real typing errors.
/// </summary>
public static class Typos
{
    public enum Kind { Insert, Delete, Substitute, Transpose }

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static string Apply(string text, Random random) => Apply(text, (Kind)random.Next(4), random);

    public static string Apply(string text, Kind kind, Random random)
    {
        var letters = Enumerable.Range(0, text.Length).Where(i => char.IsLetter(text[i])).ToArray();
        if (letters.Length < 3) return text;
        // Position 0 only one time in ten.
        var at = letters[random.NextDouble() < 0.1 ? 0 : random.Next(1, letters.Length)];
        var chars = text.ToCharArray();
        switch (kind)
        {
            case Kind.Insert:
                return text.Insert(at, MatchCase(Neighbour(text[at], random), text[at]).ToString());
            case Kind.Delete:
                return text.Remove(at, 1);
            case Kind.Substitute:
                chars[at] = MatchCase(Neighbour(text[at], random), text[at]);
                return new string(chars);
            default:
                var other = at > 0 && char.IsLetter(text[at - 1]) ? at - 1 : at + 1 < text.Length && char.IsLetter(text[at + 1]) ? at + 1 : -1;
                // Swapping two equal letters changes nothing: make it a wrong letter instead, still one edit.
                if (other < 0 || char.ToLowerInvariant(text[other]) == char.ToLowerInvariant(text[at])) return Apply(text, Kind.Substitute, random);
                // Keep the case pattern in place: "Maria" → "Mraia", not "mMaria".
                (chars[at], chars[other]) = (MatchCase(text[other], text[at]), MatchCase(text[at], text[other]));
                return new string(chars);
        }
    }

    /// <summary>A key next to this one on a US keyboard (any letter for letters off the keyboard, like ñ).</summary>
    public static char Neighbour(char letter, Random random)
    {
        var c = char.ToLowerInvariant(letter);
        foreach (var row in KeyboardRows)
        {
            var i = row.IndexOf(c);
            if (i < 0) continue;
            if (i == 0) return row[1];
            if (i == row.Length - 1) return row[i - 1];
            return row[random.Next(2) == 0 ? i - 1 : i + 1];
        }
        return (char)('a' + random.Next(26));
    }

    private static char MatchCase(char c, char like) => char.IsUpper(like) ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
}

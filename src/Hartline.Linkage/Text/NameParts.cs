namespace Hartline.Linkage.Text;

/// <summary>
/// The parts of a double family name that identify it. "Rodríguez Rivera" is recorded as
/// "Rodríguez", "Rivera", "Rodriguez-Rivera" or in full by different agencies, so linkage compares
/// and blocks on the parts as well as on the whole name.
/// </summary>
internal static class NameParts
{
    // Connecting words of double surnames ("De la Cruz", "Del Valle"): sharing "de" says nothing.
    private static readonly HashSet<string> Particles =
        ["de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "le", "el", "y", "e",
         "jr", "sr", "ii", "iii"];

    /// <summary>The folded parts without particles, or empty when the name has fewer than two such parts.</summary>
    public static string[] Significant(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !HasSeparator(name)) return [];
        var parts = NameFolding.Tokens(name).Where(t => t.Length >= 2 && !Particles.Contains(t)).ToArray();
        return parts.Length > 1 ? parts : [];
    }

    private static bool HasSeparator(string name)
    {
        var trimmed = name.AsSpan().Trim();
        foreach (var c in trimmed)
            if (!char.IsLetter(c) && c != '\'' && c != '’') return true;
        return false;
    }

    /// <summary>
    /// True when one name is a part of the other or they share a part, allowing a typo in it
    /// (Jaro–Winkler ≥ <paramref name="similar"/>): "Rivera Madrigal" and "Madergial".
    /// </summary>
    public static bool SharePart(string x, string[] xParts, string y, string[] yParts, double similar)
    {
        if (xParts.Length == 0 && yParts.Length == 0) return false;
        ReadOnlySpan<string> xs = xParts.Length > 0 ? xParts : [x];
        ReadOnlySpan<string> ys = yParts.Length > 0 ? yParts : [y];
        foreach (var a in xs)
            foreach (var b in ys)
                if (string.Equals(a, b, StringComparison.Ordinal) || JaroWinkler.Similarity(a, b) >= similar) return true;
        return false;
    }
}

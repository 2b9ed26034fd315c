namespace Hartline.Bench.Linkage;

/// <summary>
/// Dropping and restoring Spanish accents, as records move between systems that keep them (a hospital's
/// EHR) and systems that do not (older police and school systems). Done with a small table rather than
/// Unicode normalization: the build runs with invariant globalization, and the letters involved are few.
/// </summary>
public static class Diacritics
{
    private const string Accented = "áéíóúüñÁÉÍÓÚÜÑ";
    private const string Plain = "aeiouunAEIOUUN";

    // Accent-less spelling → canonical spelling, for every accented name the generator can draw.
    private static readonly Dictionary<string, string> Restore = NamePools.AccentedNames()
        .GroupBy(Strip, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static bool HasAccents(string text) => text.AsSpan().IndexOfAny(Accented) >= 0;

    public static string Strip(string text)
    {
        if (!HasAccents(text)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i]);
                span[i] = at < 0 ? source[i] : Plain[at];
            }
        });
    }

    /// <summary>The accented spelling of a name the generator knows (Jose → José), else the name itself.</summary>
    public static string AddKnown(string text) => Restore.TryGetValue(text, out var accented) ? accented : text;
}

namespace Hartline.Linkage.Text;

/// <summary>
/// The lower-case base letter of each precomposed Latin letter ("É" → 'e', "ñ" → 'n', "ự" → 'u').
/// </summary>
/// <remarks>
/// This is what FormD decomposition followed by dropping the combining marks gives, written out as a
/// table because <see cref="string.Normalize(System.Text.NormalizationForm)"/> silently does nothing to
/// non-ASCII text when the process runs with InvariantGlobalization (as Hartline does: no ICU). Folded
/// names and phonetic keys will be stored and compared across machines, so they must not depend on
/// whether ICU happens to be installed. The rows were derived from FormD with ICU, then the few letters
/// that have no canonical decomposition but read as a plain letter (Ø, Ł, Đ, Ð, Ħ, ı, Ŧ, ſ …) were
/// added by hand. '-' means "no base letter": the character is kept as it is (lower-cased).
/// Letters that fold to two letters (ß, Æ, Œ, Þ, Ĳ) are in <see cref="TryExpand"/>.
/// </remarks>
internal static class LatinBaseLetters
{
    private const char None = '-';

    // U+00C0 … U+024F: Latin-1 Supplement letters, Latin Extended-A and Latin Extended-B.
    private const int LatinStart = 0x00C0;
    private const string Latin =
        /* U+00C0 */ "aaaaaa-ceeeeiiii" +
        /* U+00D0 */ "dnooooo-ouuuuy--" +
        /* U+00E0 */ "aaaaaa-ceeeeiiii" +
        /* U+00F0 */ "dnooooo-ouuuuy-y" +
        /* U+0100 */ "aaaaaaccccccccdd" +
        /* U+0110 */ "ddeeeeeeeeeegggg" +
        /* U+0120 */ "gggghhhhiiiiiiii" +
        /* U+0130 */ "ii--jjkk-lllllll" +
        /* U+0140 */ "lllnnnnnnn--oooo" +
        /* U+0150 */ "oo--rrrrrrssssss" +
        /* U+0160 */ "ssttttttuuuuuuuu" +
        /* U+0170 */ "uuuuwwyyyzzzzzzs" +
        /* U+0180 */ "----------------" +
        /* U+0190 */ "----------------" +
        /* U+01A0 */ "oo-------------u" +
        /* U+01B0 */ "u---------------" +
        /* U+01C0 */ "-------------aai" +
        /* U+01D0 */ "ioouuuuuuuuuu-aa" +
        /* U+01E0 */ "aa----ggkkoooo--" +
        /* U+01F0 */ "j---gg--nnaa----" +
        /* U+0200 */ "aaaaeeeeiiiioooo" +
        /* U+0210 */ "rrrruuuusstt--hh" +
        /* U+0220 */ "------aaeeoooooo" +
        /* U+0230 */ "ooyy------------" +
        /* U+0240 */ "----------------";

    // U+1E00 … U+1EFF: Latin Extended Additional (Vietnamese and other stacked accents).
    private const int AdditionalStart = 0x1E00;
    private const string Additional =
        /* U+1E00 */ "aabbbbbbccdddddd" +
        /* U+1E10 */ "ddddeeeeeeeeeeff" +
        /* U+1E20 */ "gghhhhhhhhhhiiii" +
        /* U+1E30 */ "kkkkkkllllllllmm" +
        /* U+1E40 */ "mmmmnnnnnnnnoooo" +
        /* U+1E50 */ "oooopppprrrrrrrr" +
        /* U+1E60 */ "sssssssssstttttt" +
        /* U+1E70 */ "ttuuuuuuuuuuvvvv" +
        /* U+1E80 */ "wwwwwwwwwwxxxxyy" +
        /* U+1E90 */ "zzzzzzhtwy------" +
        /* U+1EA0 */ "aaaaaaaaaaaaaaaa" +
        /* U+1EB0 */ "aaaaaaaaeeeeeeee" +
        /* U+1EC0 */ "eeeeeeeeiiiioooo" +
        /* U+1ED0 */ "oooooooooooooooo" +
        /* U+1EE0 */ "oooouuuuuuuuuuuu" +
        /* U+1EF0 */ "uuyyyyyyyy------";

    /// <summary>The ASCII base letter of <paramref name="c"/>, if it is a precomposed Latin letter.</summary>
    public static bool TryGetBase(char c, out char letter)
    {
        letter = None;
        if (c >= LatinStart && c < LatinStart + Latin.Length) letter = Latin[c - LatinStart];
        else if (c >= AdditionalStart && c < AdditionalStart + Additional.Length) letter = Additional[c - AdditionalStart];
        return letter != None;
    }

    /// <summary>Letters that are written as two letters in plain English spelling.</summary>
    public static bool TryExpand(char c, out char first, out char second)
    {
        (first, second) = c switch
        {
            'ß' or 'ẞ' => ('s', 's'),
            'Æ' or 'æ' => ('a', 'e'),
            'Œ' or 'œ' => ('o', 'e'),
            'Þ' or 'þ' => ('t', 'h'),
            'Ĳ' or 'ĳ' => ('i', 'j'),
            _ => (None, None),
        };
        return first != None;
    }
}

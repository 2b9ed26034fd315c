namespace Hartline.Linkage.Model;

/// <summary>
/// The compared fields and their comparison levels. A pair's comparison vector packs the level of
/// every field into one long, three bits each (twelve fields: 36 bits, more than an int holds), so
/// millions of pairs fit in an array and identical vectors can be counted together for estimation.
/// </summary>
/// <remarks>
/// Level 0 of every field is "missing": a value absent on either side is neutral (weight 0). A blank
/// given name is no evidence that two records are different youths, only no evidence that they are one.
/// </remarks>
internal static class Fields
{
    public const int Given = 0, Middle = 1, Family = 2, NameOrder = 3, BirthDate = 4, Sex = 5,
        Postcode = 6, Phone = 7, Address = 8, City = 9, Email = 10, Identifier = 11;

    public const int Count = 12;
    public const int MaxLevels = 8;
    public const int Missing = 0;

    public static readonly string[] Names =
        ["GivenName", "MiddleName", "FamilyName", "NameOrder", "DateOfBirth", "Sex", "Postcode", "Phone", "Address", "City", "Email", "Identifier"];

    private static readonly string[] NameLevelNames =
        ["missing", "exact", "nickname", "jaro-winkler>=0.92", "same-nysiis", "edit-distance", "jaro-winkler>=0.85", "different"];

    // Family names have no nicknames: their second level is a shared part of a double name instead.
    private static readonly string[] FamilyLevelNames =
        ["missing", "exact", "shares-part", "jaro-winkler>=0.92", "same-nysiis", "edit-distance", "jaro-winkler>=0.85", "different"];

    public static readonly string[][] Levels =
    [
        NameLevelNames,
        ["missing", "exact", "initial", "similar", "different"],
        FamilyLevelNames,
        ["missing", "as-entered", "swapped"],
        ["missing", "exact", "day-month-swapped", "one-digit-off", "year-off-by-one", "within-31-days", "same-year", "different"],
        ["missing", "same", "different"],
        ["missing", "exact", "same-area", "different"],
        ["missing", "exact", "one-digit-off", "different"],
        ["missing", "exact", "most-words", "some-word", "different"],
        ["missing", "exact", "similar", "different"],
        ["missing", "exact", "one-edit", "different"],
        ["missing", "exact", "one-edit", "different"],
    ];

    private static readonly string[] NameLevelText =
        ["not recorded on both", "same", "forms of one name (nickname)", "spelled almost alike", "sound alike (same NYSIIS key)",
         "one or two typing errors apart", "spelled somewhat alike", "different"];

    public static readonly string[][] Descriptions =
    [
        NameLevelText,
        ["not recorded on both", "same", "one is the other's initial", "spelled alike", "different"],
        [.. NameLevelText[..2], "share a part of a double name", .. NameLevelText[3..]],
        ["not both names recorded", "given and family names as entered", "given and family names swapped"],
        ["not recorded on both", "same", "day and month swapped", "one digit apart", "year one apart, same day and month",
         "within 31 days", "same year, months apart", "different"],
        ["not recorded on both", "same", "different"],
        ["not recorded on both", "same", "same area (first three characters)", "different"],
        ["not recorded on both", "same last seven digits", "one digit apart", "different"],
        ["not recorded on both", "same words", "most words shared", "some word shared", "no word shared"],
        ["not recorded on both", "same", "spelled alike", "different"],
        ["not recorded on both", "same", "one typing slip apart", "different"],
        ["no identifier of the same kind on both", "same", "one typing slip apart", "different"],
    ];

    /// <summary>The level of <paramref name="field"/> in a packed comparison vector.</summary>
    public static int Level(long gamma, int field) => (int)(gamma >> (3 * field)) & 7;

    /// <summary>The bits of a comparison vector that hold these fields' levels.</summary>
    public static long Mask(params ReadOnlySpan<int> fields)
    {
        var mask = 0L;
        foreach (var f in fields) mask |= 7L << (3 * f);
        return mask;
    }
}

/// <summary>Levels of a given or family name, strongest first.</summary>
internal static class NameLevel
{
    /// <summary>Family names reuse the nickname level for a shared part of a double name ("Rivera" / "Rivera Santiago").</summary>
    public const int SharedPart = 2;

    public const int Missing = 0, Exact = 1, Nickname = 2, CloseSpelling = 3, SameSound = 4, Typo = 5, LooseSpelling = 6, Different = 7;
}

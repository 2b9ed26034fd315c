using Hartline.Linkage.Dates;
using Hartline.Linkage.Identifiers;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Model;

/// <summary>
/// Compares two prepared records field by field and packs the levels into a comparison vector.
/// This is the hot loop of linkage (tens of millions of pairs), so it allocates nothing.
/// </summary>
internal static class PairComparer
{
    public const double CloseSpelling = 0.92, LooseSpelling = 0.85, SimilarPlace = 0.9, SimilarMiddle = 0.88;

    public static long Compare(in PreparedPerson a, in PreparedPerson b) => Compare(new PreparedPair(in a, in b));

    /// <summary>
    /// The comparison vector of a pair, whose field levels <paramref name="pair"/> gives: computed
    /// afresh from two prepared records, or from a batch's compact records and remembered levels
    /// (<see cref="BatchPair"/>). Either way every pair gets the same vector.
    /// </summary>
    internal static long Compare<TPair>(in TPair pair) where TPair : IComparedPair, allows ref struct
    {
        var given = pair.Given();
        var family = pair.Family();
        var order = Fields.Missing;
        if (pair.BothHaveBothNames())
        {
            order = 1;
            // "Lopez, Maria" typed into the wrong boxes. Only worth trying when a first letter could
            // line up that way, which keeps the extra comparisons off most pairs.
            if ((given != NameLevel.Exact || family != NameLevel.Exact) && pair.InitialsCross())
            {
                var swappedGiven = pair.GivenAcross();
                var swappedFamily = pair.FamilyAcross();
                if (swappedGiven <= NameLevel.Typo && swappedFamily <= NameLevel.Typo && swappedGiven + swappedFamily < given + family)
                {
                    given = swappedGiven;
                    family = swappedFamily;
                    order = 2;
                }
            }
        }

        // Every level is 0–7, so the fields are packed as unsigned values, three bits each.
        return (uint)given
            | (uint)pair.Middle() << 3
            | (uint)family << 6
            | (uint)order << 9
            | (uint)pair.BirthDate() << 12
            | (uint)pair.Sex() << 15
            | (uint)pair.Postcode() << 18
            | (uint)pair.Phone() << 21
            | (uint)pair.Address() << 24
            | (uint)pair.Place() << 27
            | (long)pair.Email() << 30
            | (long)pair.Identifiers() << 33;
    }

    /// <summary>The family names' level: <see cref="Name"/>, or a part shared by double names.</summary>
    public static int Family(string x, string[] xParts, ulong xSound, string y, string[] yParts, ulong ySound)
    {
        var family = Name(x, y, xSound, ySound, nicknames: false);
        // A double family name cut to one half ("Del Valle Orellana" / "Orellana") spells and sounds
        // nothing like the whole: only comparing the parts shows the agreement.
        if (family >= NameLevel.SameSound && NameParts.SharePart(x, xParts, y, yParts, CloseSpelling))
            family = NameLevel.SharedPart;
        return family;
    }

    /// <summary>The level of two folded names, strongest evidence first (see <see cref="NameLevel"/>).</summary>
    public static int Name(string x, string y, ulong xSound, ulong ySound, bool nicknames)
    {
        if (x.Length == 0 || y.Length == 0) return NameLevel.Missing;
        if (string.Equals(x, y, StringComparison.Ordinal)) return NameLevel.Exact;
        if (nicknames && Nicknames.AreVariants(x, y)) return NameLevel.Nickname;
        var similarity = JaroWinkler.Similarity(x, y);
        if (similarity >= CloseSpelling) return NameLevel.CloseSpelling;
        // A one-letter key ("Li", "Lu" → L) says nothing about sound.
        if (xSound == ySound && xSound > 0xFF) return NameLevel.SameSound;
        var allowed = AllowedEdits(Math.Min(x.Length, y.Length));
        if (allowed > 0 && DamerauLevenshtein.Distance(x, y, allowed) <= allowed) return NameLevel.Typo;
        if (nicknames && Nicknames.AreNearVariants(x, y)) return NameLevel.Nickname;
        return similarity >= LooseSpelling ? NameLevel.LooseSpelling : NameLevel.Different;
    }

    /// <summary>
    /// A name compared with the other record's opposite box. A record with its boxes swapped carries
    /// the same slips as any other, so crosswise the levels are those of a straight comparison: a
    /// nickname ("Aponte, Jennifer" / "Jen Aponte") or a double family name cut to one half
    /// ("Moore-Clark, Nichole" / "Nichole Moore") still agrees. Both map to level 2, whose weight is
    /// the nickname's in the given field and the shared part's in the family field.
    /// </summary>
    public static int Crosswise(string x, string[] xParts, string y, string[] yParts, ulong xSound, ulong ySound)
    {
        var level = Name(x, y, xSound, ySound, nicknames: true);
        if (level >= NameLevel.SameSound && NameParts.SharePart(x, xParts, y, yParts, CloseSpelling)) return NameLevel.SharedPart;
        return level;
    }

    // Two edits turn most short names into other real names (Ana → Eva), so short names get fewer.
    private static int AllowedEdits(int shorterLength) => shorterLength switch { < 3 => 0, < 6 => 1, _ => 2 };

    public static int Middle(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        if (string.Equals(x, y, StringComparison.Ordinal)) return 1;
        if ((x.Length == 1 || y.Length == 1) && x[0] == y[0]) return 2;
        return JaroWinkler.Similarity(x, y) >= SimilarMiddle ? 3 : 4;
    }

    public static int Sex(byte x, byte y) => x == 0 || y == 0 ? 0 : x == y ? 1 : 2;

    public static int Postcode(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        if (string.Equals(x, y, StringComparison.Ordinal)) return 1;
        return x.Length >= 3 && y.Length >= 3 && x.AsSpan(0, 3).SequenceEqual(y.AsSpan(0, 3)) ? 2 : 3;
    }

    public static int Phone(int x, int y)
    {
        if (x < 0 || y < 0) return 0;
        if (x == y) return 1;
        var differing = 0;
        for (var i = 0; i < 7; i++, x /= 10, y /= 10)
            if (x % 10 != y % 10) differing++;
        return differing == 1 ? 2 : 3;
    }

    public static int Address(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        // Both are sorted: count shared words by merging.
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        var union = x.Length + y.Length - shared;
        if (shared == union) return 1;
        if (2 * shared >= union) return 2;
        return shared > 0 ? 3 : 4;
    }

    public static int Place(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        if (string.Equals(x, y, StringComparison.Ordinal)) return 1;
        return JaroWinkler.Similarity(x, y) >= SimilarPlace ? 2 : 3;
    }
}

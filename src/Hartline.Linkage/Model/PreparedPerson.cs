using Hartline.Linkage.Identifiers;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Model;

/// <summary>
/// A record in the form pairs are compared in, computed once per record: folded names, phonetic keys
/// packed into a number, digits parsed. Comparing two prepared records allocates nothing.
/// </summary>
internal readonly struct PreparedPerson
{
    public readonly string Given, Middle, Family, City, Postcode;
    /// <summary>NYSIIS keys packed 8 bits a letter (0 when there is no name).</summary>
    public readonly ulong GivenSound, FamilySound;
    /// <summary>
    /// The folded parts of a double family name ("Del Valle Orellana" → valle, orellana), particles
    /// left out; empty for a name of one part, which is the common case and costs nothing.
    /// </summary>
    public readonly string[] FamilyParts;
    /// <summary>
    /// The parts of a double name typed into the given-name box ("Moore-Clark" with the names swapped),
    /// for comparing it across the boxes; empty for the usual single given name.
    /// </summary>
    public readonly string[] GivenParts;
    /// <summary>NYSIIS key of the last part of a double family name; <see cref="FamilySound"/> for a single name.</summary>
    public readonly ulong FamilyLastSound;
    public readonly DateOnly? BirthDate;
    /// <summary>0 missing, 1 female, 2 male, 3 another recorded value.</summary>
    public readonly byte Sex;
    /// <summary>The last seven digits of the phone number, -1 when fewer than seven were given.</summary>
    public readonly int Phone;
    /// <summary>Sorted distinct hashes of the address words (without street-type words).</summary>
    public readonly int[] AddressWords;
    /// <summary>The e-mail address trimmed and lower-cased ("" when none).</summary>
    public readonly string Email;
    /// <summary>The identifiers normalised and sorted by kind (empty, and shared, when none).</summary>
    public readonly HeldIdentifier[] Identifiers;

    public PreparedPerson(PersonRecord record)
    {
        Given = NameFolding.Fold(record.GivenName);
        Middle = NameFolding.Fold(record.MiddleName);
        Family = NameFolding.Fold(record.FamilyName);
        City = NameFolding.Fold(record.City);
        Postcode = Normalize.Postcode(record.Postcode);
        GivenSound = Sound(Given);
        FamilySound = Sound(Family);
        FamilyParts = NameParts.Significant(record.FamilyName);
        GivenParts = NameParts.Significant(record.GivenName);
        FamilyLastSound = FamilyParts.Length > 1 ? Sound(FamilyParts[^1]) : FamilySound;
        BirthDate = record.DateOfBirth;
        Sex = Normalize.Sex(record.Sex);
        Phone = Normalize.LastSevenDigits(record.Phone);
        AddressWords = Normalize.AddressWords(record.Address);
        Email = HeldIdentifiers.Email(record.Email);
        Identifiers = HeldIdentifiers.Prepare(record.Identifiers);
    }

    public bool HasBothNames => Given.Length > 0 && Family.Length > 0;

    /// <summary>Packs a name's NYSIIS key into a number, so equal keys compare as one integer.</summary>
    public static ulong Sound(string folded)
    {
        if (folded.Length == 0) return 0;
        Span<char> key = stackalloc char[Phonetic.NysiisKeyLength];
        var length = Phonetic.Nysiis(folded, key);
        ulong packed = 0;
        for (var i = 0; i < length; i++) packed = (packed << 8) | (byte)key[i];
        return packed;
    }
}

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
    /// <summary>
    /// Ids of the given, middle and family names and the city in a batch's <see cref="NameValues"/>
    /// (0 outside a batch): equal ids are equal values, and the comparer remembers levels by id.
    /// </summary>
    public readonly int GivenId, MiddleId, FamilyId, CityId;

    public PreparedPerson(PersonRecord record)
        : this(record, NameValue.Of(record.GivenName), NameValue.Of(record.MiddleName, parts: false), NameValue.Of(record.FamilyName),
            NameValue.Of(record.City, parts: false))
    {
    }

    /// <summary>A batch's record, its names already prepared once per distinct value (see <see cref="NameValues"/>).</summary>
    public PreparedPerson(PersonRecord record, NameValues names)
        : this(record, names[names.IdOf(record.GivenName)], names[names.IdOf(record.MiddleName)],
            names[names.IdOf(record.FamilyName)], names[names.IdOf(record.City)])
    {
    }

    private PreparedPerson(PersonRecord record, NameValue given, NameValue middle, NameValue family, NameValue city)
    {
        Given = given.Folded;
        Middle = middle.Folded;
        Family = family.Folded;
        City = city.Folded;
        (GivenId, MiddleId, FamilyId, CityId) = (given.Id, middle.Id, family.Id, city.Id);
        Postcode = Normalize.Postcode(record.Postcode);
        GivenSound = given.Sound;
        FamilySound = family.Sound;
        FamilyParts = family.Parts;
        GivenParts = given.Parts;
        FamilyLastSound = family.LastSound;
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

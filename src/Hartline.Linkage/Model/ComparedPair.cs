using Hartline.Linkage.Dates;
using Hartline.Linkage.Identifiers;

namespace Hartline.Linkage.Model;

/// <summary>
/// The field levels of one pair of records, for <see cref="PairComparer.Compare{TPair}"/>, which
/// combines them (the name order) and packs them. Implementations differ only in where the values
/// come from; the levels mean the same.
/// </summary>
internal interface IComparedPair
{
    int Given();
    int Family();
    /// <summary>Both records have a given and a family name.</summary>
    bool BothHaveBothNames();
    /// <summary>One record's given initial is the other's family initial (names possibly in the wrong boxes).</summary>
    bool InitialsCross();
    /// <summary>The first record's given name against the second's family name (see <see cref="PairComparer.Crosswise"/>).</summary>
    int GivenAcross();
    /// <summary>The first record's family name against the second's given name.</summary>
    int FamilyAcross();
    int Middle();
    int BirthDate();
    int Sex();
    int Postcode();
    int Phone();
    int Address();
    int Place();
    int Email();
    int Identifiers();
}

/// <summary>Two prepared records, every level computed afresh.</summary>
internal readonly ref struct PreparedPair(ref readonly PreparedPerson a, ref readonly PreparedPerson b) : IComparedPair
{
    private readonly ref readonly PreparedPerson _a = ref a;
    private readonly ref readonly PreparedPerson _b = ref b;

    public int Given() => PairComparer.Name(_a.Given, _b.Given, _a.GivenSound, _b.GivenSound, nicknames: true);
    public int Family() => PairComparer.Family(_a.Family, _a.FamilyParts, _a.FamilySound, _b.Family, _b.FamilyParts, _b.FamilySound);
    public bool BothHaveBothNames() => _a.HasBothNames && _b.HasBothNames;
    public bool InitialsCross() => _a.Given[0] == _b.Family[0] || _a.Family[0] == _b.Given[0];
    public int GivenAcross() => PairComparer.Crosswise(_a.Given, _a.GivenParts, _b.Family, _b.FamilyParts, _a.GivenSound, _b.FamilySound);
    public int FamilyAcross() => PairComparer.Crosswise(_a.Family, _a.FamilyParts, _b.Given, _b.GivenParts, _a.FamilySound, _b.GivenSound);
    public int Middle() => PairComparer.Middle(_a.Middle, _b.Middle);
    public int BirthDate() => (int)BirthDateComparison.Compare(_a.BirthDate, _b.BirthDate);
    public int Sex() => PairComparer.Sex(_a.Sex, _b.Sex);
    public int Postcode() => PairComparer.Postcode(_a.Postcode, _b.Postcode);
    public int Phone() => PairComparer.Phone(_a.Phone, _b.Phone);
    public int Address() => PairComparer.Address(_a.AddressWords, _b.AddressWords);
    public int Place() => PairComparer.Place(_a.City, _b.City);
    public int Email() => HeldIdentifiers.CompareEmail(_a.Email, _b.Email);
    public int Identifiers() => HeldIdentifiers.CompareIdentifiers(_a.Identifiers, _b.Identifiers);
}

using System.Collections.Concurrent;
using Hartline.Linkage.Dates;
using Hartline.Linkage.Identifiers;

namespace Hartline.Linkage.Model;

/// <summary>
/// One record of a batch as the compare stage reads it: every value an id or a number, 48 bytes.
/// </summary>
/// <remarks>
/// A <see cref="PreparedPerson"/> is some 140 bytes of references: comparing one pair touched a dozen
/// scattered strings and arrays, and the stage waited on memory more than it computed. Here a pair
/// reads two records, each one cache line, and the address words; names are compared by id through
/// <see cref="LevelMemo"/>.
/// </remarks>
internal struct CompactPerson
{
    /// <summary><see cref="NameValues"/> ids; 0 when the value is missing or folds to nothing.</summary>
    public int Given, Middle, Family, City;
    /// <summary>Ids of the normalised postcode, of its first three characters (0 when shorter) and of the e-mail; 0 when missing.</summary>
    public int Postcode, Area, Email;
    /// <summary>The date of birth's day number; -1 when unknown.</summary>
    public int BirthDay;
    public int Phone;
    /// <summary>Where the record's address words start in <see cref="CompactPeople.AddressWords"/>.</summary>
    public int AddressStart;
    public ushort AddressLength;
    public char GivenInitial, FamilyInitial;
    public byte Sex;
    public bool HasIdentifiers;
}

/// <summary>A batch's records in compact form (see <see cref="CompactPerson"/>), with what the ids stand for.</summary>
internal sealed class CompactPeople
{
    // 2^18 slots (2 MB) a field: small enough to stay mostly in cache; a larger memo answered a few
    // more pairs from memory but waited longer for each answer.
    private const int MemoSlotBits = 18;

    private readonly LevelMemo _given = new(MemoSlotBits), _family = new(MemoSlotBits), _middle = new(MemoSlotBits),
        _place = new(MemoSlotBits), _across = new(MemoSlotBits);

    private CompactPeople(CompactPerson[] records, int[] addressWords, string[] emails, PreparedPerson[] people, NameValues names)
    {
        Records = records;
        AddressWords = addressWords;
        Emails = emails;
        People = people;
        Names = names;
    }

    public CompactPerson[] Records { get; }

    /// <summary>Every record's sorted address word hashes, one after another.</summary>
    public int[] AddressWords { get; }

    /// <summary>The e-mail addresses by id (0 is none).</summary>
    public string[] Emails { get; }

    /// <summary>The prepared records, for the rare fields kept only there (identifiers).</summary>
    public PreparedPerson[] People { get; }

    public NameValues Names { get; }

    public int Count => Records.Length;

    public static CompactPeople Of(PreparedPerson[] people, NameValues names, int parallelism)
    {
        var n = people.Length;
        var records = new CompactPerson[n];
        var postcodes = new Ids();
        var areas = new Ids();
        var emails = new Ids();
        long words = 0;
        // Ids are handed out in record order, on one core; the rest is filled on all.
        for (var i = 0; i < n; i++)
        {
            ref readonly var p = ref people[i];
            ref var r = ref records[i];
            r.Postcode = postcodes.Of(p.Postcode);
            r.Area = p.Postcode.Length >= 3 ? areas.Of(p.Postcode[..3]) : 0;
            r.Email = emails.Of(p.Email);
            r.AddressStart = (int)Math.Min(words, int.MaxValue);
            words += p.AddressWords.Length;
        }
        if (words > Array.MaxLength) throw new ArgumentException("Too many address words.");
        var addressWords = new int[words];
        Parallel.ForEach(Partitioner.Create(0, n, 1 << 15), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                ref readonly var p = ref people[i];
                ref var r = ref records[i];
                r.Given = p.Given.Length == 0 ? 0 : p.GivenId;
                r.Middle = p.Middle.Length == 0 ? 0 : p.MiddleId;
                r.Family = p.Family.Length == 0 ? 0 : p.FamilyId;
                r.City = p.City.Length == 0 ? 0 : p.CityId;
                r.GivenInitial = p.Given.Length == 0 ? '\0' : p.Given[0];
                r.FamilyInitial = p.Family.Length == 0 ? '\0' : p.Family[0];
                r.BirthDay = p.BirthDate is { } born ? born.DayNumber : -1;
                r.Phone = p.Phone;
                r.Sex = p.Sex;
                r.HasIdentifiers = p.Identifiers.Length > 0;
                r.AddressLength = checked((ushort)p.AddressWords.Length);
                p.AddressWords.CopyTo(addressWords, r.AddressStart);
            }
        });
        return new CompactPeople(records, addressWords, emails.Values(), people, names);
    }

    /// <summary>The comparison vector of records <paramref name="a"/> and <paramref name="b"/>, as <see cref="PairComparer.Compare(in PreparedPerson, in PreparedPerson)"/> gives it.</summary>
    public long Compare(int a, int b) => PairComparer.Compare(new BatchPair(this, a, b));

    internal int GivenLevel(int x, int y) => _given.Get(x, y, new GivenOf(Names));
    internal int FamilyLevel(int x, int y) => _family.Get(x, y, new FamilyOf(Names));
    internal int MiddleLevel(int x, int y) => _middle.Get(x, y, new MiddleOf(Names));
    internal int PlaceLevel(int x, int y) => _place.Get(x, y, new PlaceOf(Names));
    // Both crosswise comparisons are one function of the two names, whichever box each came from.
    internal int AcrossLevel(int x, int y) => _across.Get(x, y, new AcrossOf(Names));

    private readonly struct GivenOf(NameValues values) : ILevelOf
    {
        public int Level(int x, int y) =>
            PairComparer.Name(values[x].Folded, values[y].Folded, values[x].Sound, values[y].Sound, nicknames: true);
    }

    private readonly struct FamilyOf(NameValues values) : ILevelOf
    {
        public int Level(int x, int y) =>
            PairComparer.Family(values[x].Folded, values[x].Parts, values[x].Sound, values[y].Folded, values[y].Parts, values[y].Sound);
    }

    private readonly struct MiddleOf(NameValues values) : ILevelOf
    {
        public int Level(int x, int y) => PairComparer.Middle(values[x].Folded, values[y].Folded);
    }

    private readonly struct PlaceOf(NameValues values) : ILevelOf
    {
        public int Level(int x, int y) => PairComparer.Place(values[x].Folded, values[y].Folded);
    }

    private readonly struct AcrossOf(NameValues values) : ILevelOf
    {
        public int Level(int x, int y) =>
            PairComparer.Crosswise(values[x].Folded, values[x].Parts, values[y].Folded, values[y].Parts, values[x].Sound, values[y].Sound);
    }

    /// <summary>Ids of distinct strings, from 1; "" is 0.</summary>
    private sealed class Ids
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _values = [""];

        public int Of(string value)
        {
            if (value.Length == 0) return 0;
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, value, out var exists);
            if (!exists)
            {
                id = _values.Count;
                _values.Add(value);
            }
            return id;
        }

        public string[] Values() => [.. _values];
    }
}

/// <summary>
/// Two records of a batch, read from their compact form. Equal ids are equal values and a missing
/// value is missing, which settles most fields without any text; the rest are remembered per pair
/// of distinct values.
/// </summary>
internal readonly ref struct BatchPair : IComparedPair
{
    private readonly CompactPeople _people;
    private readonly ref readonly CompactPerson _a;
    private readonly ref readonly CompactPerson _b;
    private readonly int _first, _second;

    public BatchPair(CompactPeople people, int a, int b)
    {
        _people = people;
        _a = ref people.Records[a];
        _b = ref people.Records[b];
        (_first, _second) = (a, b);
    }

    public int Given() => _a.Given == 0 || _b.Given == 0 ? NameLevel.Missing
        : _a.Given == _b.Given ? NameLevel.Exact : _people.GivenLevel(_a.Given, _b.Given);

    public int Family() => _a.Family == 0 || _b.Family == 0 ? NameLevel.Missing
        : _a.Family == _b.Family ? NameLevel.Exact : _people.FamilyLevel(_a.Family, _b.Family);

    public bool BothHaveBothNames() => _a.Given != 0 && _a.Family != 0 && _b.Given != 0 && _b.Family != 0;
    public bool InitialsCross() => _a.GivenInitial == _b.FamilyInitial || _a.FamilyInitial == _b.GivenInitial;
    public int GivenAcross() => _people.AcrossLevel(_a.Given, _b.Family);
    public int FamilyAcross() => _people.AcrossLevel(_a.Family, _b.Given);

    public int Middle() => _a.Middle == 0 || _b.Middle == 0 ? 0 : _a.Middle == _b.Middle ? 1 : _people.MiddleLevel(_a.Middle, _b.Middle);

    public int BirthDate() => _a.BirthDay < 0 || _b.BirthDay < 0 ? (int)BirthDateAgreement.Missing
        : _a.BirthDay == _b.BirthDay ? (int)BirthDateAgreement.Exact
        : (int)BirthDateComparison.Compare(DateOnly.FromDayNumber(_a.BirthDay), DateOnly.FromDayNumber(_b.BirthDay));

    public int Sex() => PairComparer.Sex(_a.Sex, _b.Sex);

    // The levels of PairComparer.Postcode: missing, the same, the same first three characters, different.
    public int Postcode() => _a.Postcode == 0 || _b.Postcode == 0 ? 0 : _a.Postcode == _b.Postcode ? 1
        : _a.Area != 0 && _a.Area == _b.Area ? 2 : 3;

    public int Phone() => PairComparer.Phone(_a.Phone, _b.Phone);

    public int Address() => PairComparer.Address(_people.AddressWords.AsSpan(_a.AddressStart, _a.AddressLength),
        _people.AddressWords.AsSpan(_b.AddressStart, _b.AddressLength));

    public int Place() => _a.City == 0 || _b.City == 0 ? 0 : _a.City == _b.City ? 1 : _people.PlaceLevel(_a.City, _b.City);

    public int Email() => _a.Email == 0 || _b.Email == 0 ? HeldIdentifiers.Missing : _a.Email == _b.Email ? HeldIdentifiers.Exact
        : HeldIdentifiers.CompareEmail(_people.Emails[_a.Email], _people.Emails[_b.Email]);

    public int Identifiers() => !_a.HasIdentifiers || !_b.HasIdentifiers ? HeldIdentifiers.Missing
        : HeldIdentifiers.CompareIdentifiers(_people.People[_first].Identifiers, _people.People[_second].Identifiers);
}

using Hartline.Linkage.Model;

namespace Hartline.Linkage.Blocking;

/// <summary>The blocking key of a record under one rule, or 0 when the record lacks what the rule needs.</summary>
internal delegate ulong BlockingKey(in PreparedPerson person);

/// <summary>
/// A blocking rule: records with the same key become candidate pairs. <see cref="FieldMask"/> marks
/// the comparison levels the rule forces to agree (or nearly), which estimation must ignore for pairs
/// the rule found: they agree because they were selected, not because they match.
/// </summary>
/// <remarks>
/// A <em>window</em> rule (<see cref="Window"/> &gt; 0) is a sorted neighbourhood instead: its keys
/// are sorted, and each record is paired with the next <c>Window − 1</c> records of its group (the
/// key's bits above <see cref="OrderBits"/>). No record makes more than <c>Window − 1</c> pairs
/// however common its group is: the rule is bounded by construction, with no block to skip.
/// </remarks>
internal sealed record BlockingRule(string Name, long FieldMask, BlockingKey Key, int Window = 0, int OrderBits = 0)
{
    public bool IsWindow => Window > 0;

    /// <summary>The key records must share to be paired at all (the group, for a window rule).</summary>
    public ulong GroupKey(in PreparedPerson person) => Group(Key(person));

    public ulong Group(ulong key) => IsWindow ? key >> OrderBits : key;

    public bool SameGroup(ulong a, ulong b) => Group(a) == Group(b);
}

/// <summary>
/// The rules, each catching the duplicates the others miss: a misspelled family name still sounds
/// alike; a nickname still has the family name and date; swapped day and month or a year off by one
/// still has both names; swapped name boxes still have both names (in either order) and the date;
/// a new name (marriage, alias) may still share the date, sex and address or the phone.
/// </summary>
internal static class BlockingRules
{
    /// <summary>
    /// The windows of the sorted neighbourhoods: each record pairs with at most this many less one in
    /// each. Windows of 3 raised the messy profile's coverage from 0.866 to 0.899 at 100k but only to
    /// 0.883 at 1M (a million records are ten times denser in the same order), for 4.8M new candidate
    /// pairs there (12.96M → 17.74M) and 0.4 points of recall; windows of 2 (each record and its next
    /// neighbour) cost half the pairs. See bench/RESULTS.md.
    /// </summary>
    public const int NameWindow = 2, DateWindow = 2, FamilyWindow = 3;

    public static readonly BlockingRule[] Batch =
    [
        new("given+dob", Fields.Mask(Fields.Given, Fields.BirthDate, Fields.NameOrder),
            (in PreparedPerson p) => p.Given.Length == 0 || p.BirthDate is null ? 0 : Key(2, Hash(p.Given), (ulong)p.BirthDate.Value.DayNumber)),
        new("postcode+given-initial+family-sound", Fields.Mask(Fields.Postcode, Fields.City, Fields.Given, Fields.Family, Fields.NameOrder),
            // The family name by sound, not just its initial: a ZIP code holds thousands of youths at a
            // million records, and initials alone made 20 million pairs there (60% of all candidates).
            (in PreparedPerson p) => p.Postcode.Length == 0 || p.Given.Length == 0 || p.FamilySound == 0 ? 0
                : Key(7, Hash(p.Postcode), p.Given[0], p.FamilySound)),
        // A double family name cut to its second half ("Rodríguez Rivera" / "Rivera"): the whole
        // name's sound differs, the last part's does not. (The first half is the common cut and
        // mostly still sounds like the whole, which rule 1 catches.)
        new("family-last-part-sound+dob", Fields.Mask(Fields.Family, Fields.BirthDate, Fields.NameOrder),
            (in PreparedPerson p) => p.FamilyLastSound == 0 || p.BirthDate is null ? 0
                : Key(10, p.FamilyLastSound, (ulong)p.BirthDate.Value.DayNumber)),
        // Names in the wrong boxes and a date error on the same record.
        new("names-either-order+birth-year", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 || p.BirthDate is null ? 0
                : Key(12, Math.Min(p.GivenSound, p.FamilySound), Math.Max(p.GivenSound, p.FamilySound), (ulong)p.BirthDate.Value.Year)),
        // Same home, two slips elsewhere (a typo in each name, a nickname with a year off, a cut double
        // name): every rule above needs two of names and date intact. At 1M, 18k true pairs scoring over
        // the cut-off (most sharing the address exactly) were never compared. The given initial keeps
        // blocks small: a street number and name recur across towns.
        new("address+given-initial", Fields.Mask(Fields.Address, Fields.Given),
            (in PreparedPerson p) => p.AddressWords.Length == 0 || p.Given.Length == 0 ? 0
                : Key(13, AddressHash(p.AddressWords), p.Given[0])),
        // A slip in each name and no address on one side, or names in the wrong boxes with one of them
        // cut or misspelled ("Moore-Clark, Nichole" / "Nichole Moore"): the date and the home's
        // postcode are left. A postcode holds a few hundred youths per birth date at most one or two.
        new("dob+postcode", Fields.Mask(Fields.BirthDate, Fields.Postcode, Fields.City),
            (in PreparedPerson p) => p.BirthDate is null || p.Postcode.Length == 0 ? 0
                : Key(14, (ulong)p.BirthDate.Value.DayNumber, Hash(p.Postcode))),
        // Names in the wrong boxes with a slip in one of them, anywhere: the date and the two initials,
        // taken in either order. Initials survive most typos, cuts and accents.
        new("dob+initials-either-order", Fields.Mask(Fields.BirthDate, Fields.NameOrder),
            (in PreparedPerson p) => p.BirthDate is null || !p.HasBothNames ? 0
                : Key(15, (ulong)p.BirthDate.Value.DayNumber, Math.Min(p.Given[0], p.Family[0]), Math.Max(p.Given[0], p.Family[0]))),
        // A typo that changes the family name's sound, with the date missing or off: the given name,
        // the family initial and the postcode still agree. A given name and initial in one postcode
        // is a handful of youths even at a million records.
        new("postcode+given+family-initial", Fields.Mask(Fields.Postcode, Fields.City, Fields.Given),
            (in PreparedPerson p) => p.Postcode.Length == 0 || p.Given.Length == 0 || p.Family.Length == 0 ? 0
                : Key(16, Hash(p.Postcode), Hash(p.Given), p.Family[0])),
        // The same slip with a year off (or mistyped) and no postcode to go by: the given name, the
        // family initial and the day and month of birth.
        new("given+family-initial+birth-day-month", Fields.Mask(Fields.Given, Fields.BirthDate),
            (in PreparedPerson p) => p.Given.Length == 0 || p.Family.Length == 0 || p.BirthDate is null ? 0
                : Key(17, Hash(p.Given), p.Family[0], (ulong)(p.BirthDate.Value.Month * 32 + p.BirthDate.Value.Day))),
        // The same home with the names in the wrong boxes (and the date missing or off): the address
        // rule above wants the given initial, which a swap moves to the family box. Both initials,
        // in either order.
        new("address+initials-either-order", Fields.Mask(Fields.Address, Fields.NameOrder),
            (in PreparedPerson p) => p.AddressWords.Length == 0 || !p.HasBothNames ? 0
                : Key(18, AddressHash(p.AddressWords), Math.Min(p.Given[0], p.Family[0]), Math.Max(p.Given[0], p.Family[0]))),
        // The mirror of the rule above it: a typo that changes the given name's sound, with a year off.
        new("family+given-initial+birth-day-month", Fields.Mask(Fields.Family, Fields.BirthDate),
            (in PreparedPerson p) => p.Given.Length == 0 || p.Family.Length == 0 || p.BirthDate is null ? 0
                : Key(19, Hash(p.Family), p.Given[0], (ulong)(p.BirthDate.Value.Month * 32 + p.BirthDate.Value.Day))),
        // The mirror of "address+given-initial" for a record whose given name is missing, another name
        // or a nickname with another initial (Bella / Isabella): the family initial at one address.
        new("address+family-initial", Fields.Mask(Fields.Address, Fields.Family),
            (in PreparedPerson p) => p.AddressWords.Length == 0 || p.Family.Length == 0 ? 0
                : Key(20, AddressHash(p.AddressWords), p.Family[0])),
        // Names in the wrong boxes with the date missing or off: both names by sound, in either order,
        // in one postcode.
        new("postcode+names-either-order", Fields.Mask(Fields.Postcode, Fields.City, Fields.Given, Fields.Family, Fields.NameOrder),
            (in PreparedPerson p) => p.Postcode.Length == 0 || p.GivenSound == 0 || p.FamilySound == 0 ? 0
                : Key(21, Hash(p.Postcode), Math.Min(p.GivenSound, p.FamilySound), Math.Max(p.GivenSound, p.FamilySound))),
        // Names in the wrong boxes with the year off or mistyped: both names by sound in either order,
        // and the day and month.
        new("names-either-order+birth-day-month", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 || p.BirthDate is null ? 0
                : Key(22, Math.Min(p.GivenSound, p.FamilySound), Math.Max(p.GivenSound, p.FamilySound), (ulong)(p.BirthDate.Value.Month * 32 + p.BirthDate.Value.Day))),
        new("phone", Fields.Mask(Fields.Phone),
            (in PreparedPerson p) => p.Phone < 0 ? 0 : Key(8, (ulong)p.Phone)),

        // The rules below need no date of birth and at most one name: real files lose the date, shift
        // it by days or a month, or leave one name blank (two in five missed pairs of a messy public
        // file had a blank name on one side), and the rules above each need two of them intact.

        // What agencies hold: the same e-mail, the same number of the same kind.
        new("email", Fields.Mask(Fields.Email),
            (in PreparedPerson p) => p.Email.Length == 0 ? 0 : Key(23, Hash(p.Email))),
        // A record holds identifiers of one or two kinds; a key is one value, so one rule takes the
        // first kind and one the last (equal for a record of one kind). Two records sharing any kind
        // meet in one of them, as long as neither holds three kinds or more.
        new("identifier-first-kind", Fields.Mask(Fields.Identifier),
            (in PreparedPerson p) => p.Identifiers.Length == 0 ? 0 : IdentifierKey(p.Identifiers[0])),
        new("identifier-last-kind", Fields.Mask(Fields.Identifier),
            (in PreparedPerson p) => p.Identifiers.Length == 0 ? 0 : IdentifierKey(p.Identifiers[^1])),
        // A blank or misspelt name, the date missing or off, and a move: every rule above needs two
        // of names, date and home intact. Sorted neighbourhoods on the whole name, without the date:
        // the folded names run together, given then family and family then given, each record paired
        // with its next few neighbours in that order among the names that begin with the same four
        // letters. "Botsford" (no given name) sorts next to "Botsford Wesley", "Sam McCarthy" typed in
        // one box next to "Sam" "McCarthy", "Chrisitansen Cynthia" next to "Christiansen". A common
        // name costs no more pairs than a rare one (at most Window − 1 a record); the price is that a
        // block of a hundred Garcias is only searched near each record.
        new("given-family-sorted", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder),
            (in PreparedPerson p) => NameSortKey(p.Given, p.Family), Window: NameWindow, OrderBits: NameOrderBits),
        new("family-given-sorted", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder),
            (in PreparedPerson p) => NameSortKey(p.Family, p.Given), Window: NameWindow, OrderBits: NameOrderBits),
        // The same for a date a few days or a month off (or a year, for a rare name) with one name
        // intact: neighbours by date of birth among the records whose family (given) name sounds alike.
        new("family-sound~dob-window", Fields.Mask(Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.FamilySound == 0 || p.BirthDate is null ? 0 : DateWindowKey(25, p.FamilySound, p.BirthDate.Value),
            Window: DateWindow, OrderBits: DateOrderBits),
        new("given-sound~dob-window", Fields.Mask(Fields.Given, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.BirthDate is null ? 0 : DateWindowKey(26, p.GivenSound, p.BirthDate.Value),
            Window: DateWindow, OrderBits: DateOrderBits),
        // A slip in the family name that changes its sound, with the given name another (a nickname
        // with another initial) or blank: the date and sex, and the family name's spelling. Neighbours
        // in family-name order among the youths of one birth date and sex (a few hundred at 1M): the
        // misspelt name sorts beside the right one. This replaced the date, sex and family initial as
        // a block (5.5M candidate pairs at 1M, the largest rule) for at most two pairs a record.
        new("dob+sex~family-window", Fields.Mask(Fields.BirthDate, Fields.Sex),
            (in PreparedPerson p) => p.BirthDate is not { } born || p.Sex == 0 || p.Family.Length == 0 ? 0
                : GroupedNameKey(6, (ulong)born.DayNumber << 2 | p.Sex, p.Family),
            Window: FamilyWindow, OrderBits: GroupedNameOrderBits),
        // One home, no name to go by (blank, another name, both cut or misspelt): the address and the
        // day and month of birth, taken in either order, which survive a year off or mistyped and a
        // day and month swapped. At 1M these were the commonest true pairs that would pass the cut-off
        // but were never compared (address exact, names blank or different); a household holds few
        // youths born on one day and month, so the blocks are pairs of records of one youth.
        new("address+birth-day-month", Fields.Mask(Fields.Address, Fields.BirthDate),
            (in PreparedPerson p) => p.AddressWords.Length == 0 || p.BirthDate is not { } born ? 0
                : Key(27, AddressHash(p.AddressWords), DayMonthEitherOrder(born))),
        // One home with the date missing too ("Jessie Anderosn" typed into one box, no date; "Jessie"
        // "Anderson" on another form): the address in its postcode, which is one household's records.
        new("address+postcode", Fields.Mask(Fields.Address, Fields.Postcode, Fields.City),
            (in PreparedPerson p) => p.AddressWords.Length == 0 || p.Postcode.Length == 0 ? 0
                : Key(28, AddressHash(p.AddressWords), Hash(p.Postcode))),
        // One name blank and the date slipped (a year off or mistyped, day and month swapped), the youth
        // still in one postcode: the other name's initial, with the day and month in either order.
        new("postcode+family-initial+birth-day-month", Fields.Mask(Fields.Postcode, Fields.City, Fields.BirthDate),
            (in PreparedPerson p) => p.Postcode.Length == 0 || p.Family.Length == 0 || p.BirthDate is not { } born ? 0
                : Key(29, Hash(p.Postcode), p.Family[0], DayMonthEitherOrder(born))),
        new("postcode+given-initial+birth-day-month", Fields.Mask(Fields.Postcode, Fields.City, Fields.BirthDate),
            (in PreparedPerson p) => p.Postcode.Length == 0 || p.Given.Length == 0 || p.BirthDate is not { } born ? 0
                : Key(30, Hash(p.Postcode), p.Given[0], DayMonthEitherOrder(born))),
        // Tried and dropped, for the candidate pairs they cost at 1M (against 17M for all the rules
        // above): the family name by sound in one postcode (15M pairs), the given or family name with
        // the year and month of birth (12M each), one name with the other's initial and the year (9M
        // and 7M), one name by sound with the year (3M at 100k alone). Each proposed 34–59% of the true
        // pairs, but together they raised coverage at 1M by only a few tenths of a point (see
        // bench/RESULTS.md): most pairs they alone find have little else in common.
    ];


    /// <summary>The day and month of a date as one number, the smaller first: the same for a date and its day and month swapped.</summary>
    private static ulong DayMonthEitherOrder(DateOnly date) => (ulong)(Math.Min(date.Month, date.Day) * 32 + Math.Max(date.Month, date.Day));

    // A name sort key: a marker bit (62), then twelve letters of five bits (59 down to 0). The group is
    // the marker and the first four letters: the bits from 40 up.
    private const int NameLetters = 12, NameOrderBits = 40;

    /// <summary>
    /// The first twelve letters of two folded names run together, packed so that keys sort as the
    /// text does (a shorter name first); 0 when both are empty.
    /// </summary>
    private const int DateOrderBits = 20;

    /// <summary>A date window key: the group's hash above 20 bits, the day number (which fits in 20) below.</summary>
    public static ulong DateWindowKey(ulong rule, ulong group, DateOnly date) =>
        GroupBits(rule, group, DateOrderBits) | ((ulong)date.DayNumber & ((1UL << DateOrderBits) - 1));

    /// <summary>A window key's group: the hash of rule and group above <paramref name="orderBits"/>, never 0 (which means "no key").</summary>
    private static ulong GroupBits(ulong rule, ulong group, int orderBits)
    {
        var high = Key(rule, group) & ~((1UL << orderBits) - 1);
        return high == 0 ? 1UL << 63 : high;
    }

    /// <summary>Up to <paramref name="letters"/> letters a–z of <paramref name="parts"/> run together, five bits each, packed so that keys sort as the text does.</summary>
    private static ulong PackLetters(ReadOnlySpan<string> parts, int letters)
    {
        ulong key = 0;
        var taken = 0;
        foreach (var part in parts)
            foreach (var c in part)
            {
                if (taken == letters) break;
                if (c is < 'a' or > 'z') continue;
                key = key << 5 | (uint)(c - 'a' + 1);
                taken++;
            }
        return key << (5 * (letters - taken));
    }

    // A grouped name key: the group's hash above 40 bits, the name's first eight letters (five bits each) below.
    private const int GroupedNameOrderBits = 40, GroupedNameLetters = 8;

    /// <summary>A window key that sorts by <paramref name="name"/>'s spelling within <paramref name="group"/>.</summary>
    public static ulong GroupedNameKey(ulong rule, ulong group, string name) =>
        GroupBits(rule, group, GroupedNameOrderBits) | PackLetters([name], GroupedNameLetters);

    public static ulong NameSortKey(string first, string second)
    {
        if (first.Length == 0 && second.Length == 0) return 0;
        return 1UL << 62 | PackLetters([first, second], NameLetters);
    }

    /// <summary>
    /// The interactive index also finds a person from both names alone, since a worker may search
    /// before the date of birth is known. (Too many pairs for a batch run over common names.)
    /// </summary>
    /// <summary>
    /// Both names (or the family name) by sound with the date or part of it. In a batch the sorted
    /// windows and the rules above propose every true pair these do (at 1M on both generator
    /// profiles not one true pair was theirs alone) while they made 2.5M more candidate pairs, so
    /// only an index, which has no windows, uses them.
    /// </summary>
    private static readonly BlockingRule[] CoveredByWindows =
    [
        // A slip in both names and in the day or month, the youth still in one postcode. In a batch at
        // 1M it made 1.8M candidate pairs for 111 true pairs (clean; 167 messy) no other rule proposed.
        new("postcode+initials+birth-year", Fields.Mask(Fields.Postcode, Fields.City, Fields.BirthDate),
            (in PreparedPerson p) => p.Postcode.Length == 0 || !p.HasBothNames || p.BirthDate is null ? 0
                : Key(31, Hash(p.Postcode), (ulong)p.Given[0] << 16 | p.Family[0], (ulong)p.BirthDate.Value.Year)),
        // No date of birth on one record (one referral in twenty-five): both names, the family name by sound.
        // In a batch the sorted name windows take these pairs: as a block it made 5.5M candidate pairs at 1M,
        // the largest rule, and the pairs only it found were names alone, mostly too weak to link.
        new("given+family-sound", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder),
            (in PreparedPerson p) => p.Given.Length == 0 || p.FamilySound == 0 ? 0 : Key(11, Hash(p.Given), p.FamilySound)),
        // The date, sex and family initial as a block (the batch sorts by the family name instead, see "dob+sex~family-window").
        new("dob+sex+family-initial", Fields.Mask(Fields.BirthDate, Fields.Sex, Fields.Family),
            (in PreparedPerson p) => p.BirthDate is null || p.Sex == 0 || p.Family.Length == 0 ? 0
                : Key(6, (ulong)p.BirthDate.Value.DayNumber, p.Sex, p.Family[0])),
        new("family-sound+dob", Fields.Mask(Fields.Family, Fields.BirthDate, Fields.NameOrder),
            (in PreparedPerson p) => p.FamilySound == 0 || p.BirthDate is null ? 0 : Key(1, p.FamilySound, (ulong)p.BirthDate.Value.DayNumber)),
        new("names-sound+birth-year", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 || p.BirthDate is null ? 0
                : Key(3, p.GivenSound, p.FamilySound, (ulong)p.BirthDate.Value.Year)),
        new("names-sound+birth-day-month", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 || p.BirthDate is null ? 0
                : Key(4, p.GivenSound, p.FamilySound, (ulong)(p.BirthDate.Value.Month * 32 + p.BirthDate.Value.Day))),
        new("names-either-order+dob", Fields.Mask(Fields.Given, Fields.Family, Fields.NameOrder, Fields.BirthDate),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 || p.BirthDate is null ? 0
                : Key(5, Math.Min(p.GivenSound, p.FamilySound), Math.Max(p.GivenSound, p.FamilySound), (ulong)p.BirthDate.Value.DayNumber)),
    ];

    public static readonly BlockingRule[] Interactive =
    [
        // The window rules pair neighbours in a sorted batch; an index has no order to walk.
        .. Batch.Where(r => !r.IsWindow),
        .. CoveredByWindows,
        new("names-sound", Fields.Mask(Fields.Given, Fields.Family),
            (in PreparedPerson p) => p.GivenSound == 0 || p.FamilySound == 0 ? 0 : Key(9, p.GivenSound, p.FamilySound)),
    ];

    // The kind is part of the key: a DCF number equal to a state id by chance is no evidence.
    private static ulong IdentifierKey(in Identifiers.HeldIdentifier identifier) => Key(24, identifier.Kind, Hash(identifier.Value));

    private static ulong AddressHash(int[] words)
    {
        ulong h = 0;
        foreach (var w in words) h = Avalanche(h ^ (uint)w);
        return h;
    }

    public static ulong Key(ulong rule, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Avalanche(rule * 0x9E3779B97F4A7C15 ^ a);
        h = Avalanche(h ^ b);
        h = Avalanche(h ^ c);
        return h == 0 ? 1 : h;
    }

    // SplitMix64's finaliser: every input bit affects every output bit.
    private static ulong Avalanche(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    /// <summary>64-bit FNV-1a: stable across processes (keys may be stored), unlike string.GetHashCode.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}

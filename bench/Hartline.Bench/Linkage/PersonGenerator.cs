using System.Globalization;
using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Seeded synthetic youth and the agency records made of them. The same seed and size always give the
/// same records, ids and truth, because everything is drawn in one fixed order from seeded
/// <see cref="Random"/> instances (whose seeded algorithm .NET keeps stable across versions).
/// </summary>
public sealed class PersonGenerator(int seed, GeneratorProfile profile = GeneratorProfile.Clean)
{
    /// <summary>Youth are aged 11–19 on this day, the middle of the period the records cover.</summary>
    public static readonly DateOnly ReferenceDay = new(2024, 7, 1);
    public const int MinAge = 11, MaxAge = 19;

    // Shares among referred youth: most are girls; Connecticut HART referrals are about 45% Hispanic.
    public const double FemaleShare = 0.84, MaleShare = 0.15;
    public const double SpanishOriginShare = 0.45, SpanishGivenShare = 0.6;
    public const double DoubleFamilySpanish = 0.25, HyphenatedDoubleSpanish = 0.3, DoubleFamilyEnglish = 0.03;
    public const double MiddleNameShare = 0.35, PlainSpellingOfAccentedName = 0.2, ApartmentShare = 0.2;

    public int Seed => seed;
    public GeneratorProfile Profile => profile;

    public static string RecordId(int index) => "R" + index.ToString("D7", CultureInfo.InvariantCulture);
    public static string PersonId(int index) => "P" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Exactly <paramref name="records"/> records, shuffled so a person's copies are not neighbours.</summary>
    public LinkageDataset Generate(int records)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(records);
        var random = new Random(seed);
        var persons = new List<TruePerson>();
        var raw = new List<PersonRecord>(records);
        var owner = new List<int>(records);
        // The messy profile's own stream: its draws leave the clean profile's records as they were.
        var messy = profile == GeneratorProfile.Messy ? new Random(seed ^ 0x3E55) : null;
        var emails = new HashSet<string>(StringComparer.Ordinal);
        while (raw.Count < records)
        {
            var person = NewPerson(persons.Count, random);
            persons.Add(person);
            var held = messy is null ? HeldDetails.None : HeldDetails.Draw(person, messy, emails);
            var copies = Math.Min(DrawCopies(random), records - raw.Count);
            for (var c = 0; c < copies; c++)
            {
                var copy = Copy(person, "", random);
                raw.Add(messy is null ? copy : MessyCopier.Apply(copy, person, held, messy));
                owner.Add(person.Index);
            }
        }

        // Its own stream, so changing a corruption rate reshuffles nothing it does not have to.
        var order = Enumerable.Range(0, records).ToArray();
        new Random(seed ^ 0x5EED).Shuffle(order);
        var shuffled = new PersonRecord[records];
        var truth = new int[records];
        for (var i = 0; i < records; i++)
        {
            shuffled[i] = raw[order[i]] with { Id = RecordId(i) };
            truth[i] = owner[order[i]];
        }
        return new LinkageDataset(shuffled, truth, persons);
    }

    private static int DrawCopies(Random random)
    {
        var x = random.NextDouble();
        for (var k = 0; k < CorruptionRates.CopiesShare.Length; k++)
            if ((x -= CorruptionRates.CopiesShare[k]) < 0) return k + 1;
        return CorruptionRates.CopiesShare.Length;
    }

    public static TruePerson NewPerson(int index, Random random)
    {
        var roll = random.NextDouble();
        var sex = roll < FemaleShare ? "F" : roll < FemaleShare + MaleShare ? "M" : null;
        var female = sex == "F" || (sex is null && random.Next(2) == 0);
        var spanish = random.NextDouble() < SpanishOriginShare;
        var givenPool = spanish && random.NextDouble() < SpanishGivenShare
            ? (female ? NamePools.FemaleSpanish : NamePools.MaleSpanish)
            : (female ? NamePools.FemaleEnglish : NamePools.MaleEnglish);
        var familyPool = spanish ? NamePools.FamilySpanish : NamePools.FamilyEnglish;

        var given = Spelled(givenPool.Pick(random), random);
        var middle = random.NextDouble() < MiddleNameShare ? Spelled(givenPool.Pick(random), random) : null;
        List<string> family = [Spelled(familyPool.Pick(random), random)];
        var separator = ' ';
        if (random.NextDouble() < (spanish ? DoubleFamilySpanish : DoubleFamilyEnglish))
        {
            string second;
            do second = Spelled(familyPool.Pick(random), random); while (second == family[0]);
            family.Add(second);
            separator = !spanish || random.NextDouble() < HyphenatedDoubleSpanish ? '-' : ' ';
        }

        var latest = ReferenceDay.AddYears(-MinAge);
        var earliest = ReferenceDay.AddYears(-MaxAge - 1).AddDays(1);
        var dob = DateOnly.FromDayNumber(earliest.DayNumber + random.Next(latest.DayNumber - earliest.DayNumber + 1));
        return new TruePerson(index, PersonId(index), given, middle, family, separator, dob, sex, spanish, NewResidence(null, random));
    }

    /// <summary>Some families write José as Jose on every form: the plain spelling is then the true one.</summary>
    private static string Spelled(string name, Random random) =>
        Diacritics.HasAccents(name) && random.NextDouble() < PlainSpellingOfAccentedName ? Diacritics.Strip(name) : name;

    /// <summary>A new home: in <paramref name="town"/> when given (a move across town), else anywhere.</summary>
    public static Residence NewResidence(ConnecticutPlaces.Town? town, Random random)
    {
        town ??= ConnecticutPlaces.PickTown(random);
        // House numbers skew low, as on real streets.
        var number = 1 + (int)(2999 * Math.Pow(random.NextDouble(), 2));
        var street = ConnecticutPlaces.Streets[random.Next(ConnecticutPlaces.Streets.Length)];
        var kind = ConnecticutPlaces.StreetKinds[random.Next(ConnecticutPlaces.StreetKinds.Length)].Short;
        var address = $"{number} {street} {kind}";
        if (random.NextDouble() < ApartmentShare) address += $" Apt {1 + random.Next(30)}{(random.Next(3) == 0 ? (char)('A' + random.Next(4)) : "")}";
        var postcode = town.Postcodes[random.Next(town.Postcodes.Length)];
        var area = random.NextDouble() < 0.15 ? town.Overlay : town.AreaCode;
        // Exchanges 201–989, avoiding N11 service codes and the fictional 555.
        int exchange;
        do exchange = 201 + random.Next(789); while (exchange % 100 == 11 || exchange == 555);
        var phone = $"{area}-{exchange}-{random.Next(10000):D4}";
        return new Residence(address, town.Name, postcode, phone);
    }

    /// <summary>One agency's record of this youth, with that agency's errors and omissions.</summary>
    public static PersonRecord Copy(TruePerson person, string id, Random random) => RecordCopier.Copy(person, id, random);
}

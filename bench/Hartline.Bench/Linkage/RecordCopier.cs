using Hartline.Linkage;
using R = Hartline.Bench.Linkage.CorruptionRates;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Makes one agency record of a true person: the person's details as that agency got them, with the
/// errors of <see cref="CorruptionRates"/>. The draws happen in a fixed order whatever the outcome, so
/// a change to one rate does not shift the random stream for every later field.
/// </summary>
internal static class RecordCopier
{
    public static PersonRecord Copy(TruePerson person, string id, Random random)
    {
        var home = random.NextDouble() < R.Moved ? Move(person, random) : person.Home;

        var given = Given(person, random);
        var middle = Middle(person.MiddleName, random);
        var family = Family(person, random);
        if (random.NextDouble() < R.SwapGivenFamily) (given, family) = (family, given);
        if (random.NextDouble() < R.UpperCaseNames)
            (given, middle, family) = (given.ToUpperInvariant(), middle?.ToUpperInvariant(), family.ToUpperInvariant());
        var keepGiven = random.NextDouble() >= R.MissingGiven;
        var keepFamily = random.NextDouble() >= R.MissingFamily;

        var dob = BirthDate(person.DateOfBirth, random);
        var sex = random.NextDouble() < R.MissingSex ? null : person.Sex;

        var address = random.NextDouble() < R.LongStreetKind ? LongStreetKind(home.Address) : home.Address;
        var city = random.NextDouble() < R.CityTypo ? Typos.Apply(home.City, random) : home.City;
        var phone = Phone(home.Phone, random);
        var keepAddress = random.NextDouble() >= R.MissingAddress;
        var keepCity = random.NextDouble() >= R.MissingCity;
        var keepPostcode = random.NextDouble() >= R.MissingPostcode;
        var keepPhone = random.NextDouble() >= R.MissingPhone;

        return new PersonRecord(id,
            keepGiven ? given : null,
            middle,
            keepFamily ? family : null,
            dob,
            sex,
            keepAddress ? address : null,
            keepCity ? city : null,
            keepPostcode ? home.Postcode : null,
            keepPhone ? phone : null);
    }

    private static Residence Move(TruePerson person, Random random)
    {
        var sameTown = random.NextDouble() < R.MovedWithinTown
            ? ConnecticutPlaces.Towns.First(t => t.Name == person.Home.City)
            : null;
        var moved = PersonGenerator.NewResidence(sameTown, random);
        // A youth who moves often keeps their mobile number.
        return random.NextDouble() < R.NewPhoneOnMove ? moved : moved with { Phone = person.Home.Phone };
    }

    private static string Given(TruePerson person, Random random)
    {
        var given = person.GivenName;
        var nicknames = NicknameVariants.For(given);
        var nick = random.NextDouble() < R.Nickname;
        var pick = random.Next(Math.Max(1, nicknames.Count));
        if (nick && nicknames.Count > 0) given = nicknames[pick];
        given = ToggleAccents(given, random);
        return Typo(given, R.GivenTypo, random);
    }

    private static string? Middle(string? middle, Random random)
    {
        var drop = random.NextDouble() < R.DropMiddle;
        var initial = random.NextDouble() < R.MiddleInitialOnly;
        if (middle is null || drop) return null;
        if (initial) return middle[..1];
        return Typo(ToggleAccents(middle, random), R.MiddleTypo, random);
    }

    /// <summary>Double names lose a half (Rodríguez Rivera → Rodríguez) or change their joint (Smith-Jones → Smith Jones).</summary>
    private static string Family(TruePerson person, Random random)
    {
        var roll = random.NextDouble();
        var swapSeparator = random.NextDouble() < R.SwapFamilySeparator;
        var family = person.FamilyParts.Count == 1 ? person.FamilyName
            : roll < R.KeepFirstFamilyPart ? person.FamilyParts[0]
            : roll < R.KeepFirstFamilyPart + R.KeepSecondFamilyPart ? person.FamilyParts[1]
            : swapSeparator ? string.Join(person.FamilySeparator == ' ' ? '-' : ' ', person.FamilyParts)
            : person.FamilyName;
        family = ToggleAccents(family, random);
        return Typo(family, R.FamilyTypo, random);
    }

    private static string ToggleAccents(string name, Random random)
    {
        if (random.NextDouble() >= R.ToggleAccents) return name;
        return Diacritics.HasAccents(name) ? Diacritics.Strip(name) : AddAccents(name);
    }

    /// <summary>Each word separately, so "Rodriguez Lopez" becomes "Rodríguez López".</summary>
    private static string AddAccents(string name) =>
        name.Contains(' ') || name.Contains('-')
            ? string.Join(name.Contains('-') ? '-' : ' ', name.Split(' ', '-').Select(Diacritics.AddKnown))
            : Diacritics.AddKnown(name);

    private static string Typo(string text, double rate, Random random)
    {
        if (random.NextDouble() >= rate) return text;
        text = Typos.Apply(text, random);
        return random.NextDouble() < R.SecondTypo / rate ? Typos.Apply(text, random) : text;
    }

    private static DateOnly? BirthDate(DateOnly dob, Random random)
    {
        var roll = random.NextDouble();
        if ((roll -= R.MissingBirthDate) < 0) return null;
        if ((roll -= R.SwapDayMonth) < 0) return BirthDateErrors.SwapDayMonth(dob);
        if ((roll -= R.MistypeDigit) < 0) return BirthDateErrors.MistypeDigit(dob, random);
        if ((roll -= R.YearOffByOne) < 0) return BirthDateErrors.ShiftYear(dob, random);
        return dob;
    }

    private static string LongStreetKind(string address)
    {
        foreach (var (shortForm, longForm) in ConnecticutPlaces.StreetKinds)
        {
            var at = address.IndexOf(" " + shortForm, StringComparison.Ordinal);
            if (at >= 0 && (at + 1 + shortForm.Length == address.Length || address[at + 1 + shortForm.Length] == ' '))
                return string.Concat(address.AsSpan(0, at + 1), longForm, address.AsSpan(at + 1 + shortForm.Length));
        }
        return address;
    }

    /// <summary>The same number written as agencies write it: 860-555-0123, (860) 555-0123 or 8605550123.</summary>
    private static string Phone(string phone, Random random)
    {
        var roll = random.NextDouble();
        var typo = random.NextDouble() < R.PhoneTypo;
        var digits = phone.Replace("-", "", StringComparison.Ordinal);
        if (typo)
        {
            var at = 3 + random.Next(7);
            digits = string.Concat(digits.AsSpan(0, at), ((char)('0' + (digits[at] - '0' + 1 + random.Next(9)) % 10)).ToString(), digits.AsSpan(at + 1));
        }
        if (roll < R.PhoneParentheses) return $"({digits[..3]}) {digits[3..6]}-{digits[6..]}";
        if (roll < R.PhoneParentheses + R.PhoneDigitsOnly) return digits;
        return $"{digits[..3]}-{digits[3..6]}-{digits[6..]}";
    }
}

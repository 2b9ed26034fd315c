using System.Globalization;
using Hartline.Linkage;
using M = Hartline.Bench.Linkage.MessyRates;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Makes a clean-profile copy messy (see <see cref="MessyRates"/>). It draws from its own random
/// stream, a fixed number of draws per copy, so the clean part of every record is the clean profile's.
/// </summary>
internal static class MessyCopier
{
    public static PersonRecord Apply(PersonRecord copy, TruePerson person, HeldDetails held, Random random)
    {
        var dob = BirthDate(copy.DateOfBirth, person.DateOfBirth, random);
        var (given, family) = Names(copy, person, held, random);
        return copy with
        {
            GivenName = given,
            FamilyName = family,
            DateOfBirth = dob,
            Email = Email(held.Email, person, random),
            Identifiers = Identifiers(held, random),
        };
    }

    private static DateOnly? BirthDate(DateOnly? recorded, DateOnly truth, Random random)
    {
        var roll = random.NextDouble();
        var sign = random.Next(2) == 0 ? -1 : 1;
        var days = random.Next(1, 11);
        var monthDays = random.Next(28, 36);
        var sameDayOtherMonth = random.Next(2) == 0;
        var wrongDay = random.Next(365 * 9);
        if ((roll -= M.MissingBirthDate) < 0) return null;
        if ((roll -= M.ShiftDays) < 0) return truth.AddDays(sign * days);
        if ((roll -= M.ShiftMonth) < 0) return sameDayOtherMonth ? truth.AddMonths(sign) : truth.AddDays(sign * monthDays);
        if ((roll -= M.DecadeDigit) < 0) return truth.AddYears(10 * sign);
        if ((roll -= M.SwapDayMonth) < 0) return BirthDateErrors.SwapDayMonth(truth);
        if ((roll -= M.WrongDate) < 0) return PersonGenerator.ReferenceDay.AddYears(-PersonGenerator.MaxAge).AddDays(wrongDay);
        if ((roll -= M.YearOffTwo) < 0) return truth.AddYears(2 * sign);
        return recorded;
    }

    private static (string? Given, string? Family) Names(PersonRecord copy, TruePerson person, HeldDetails held, Random random)
    {
        string? given = copy.GivenName, family = copy.FamilyName;
        var renamed = random.NextDouble() < M.NewFamilyNameCopy;
        var middleAsGiven = random.NextDouble() < M.MiddleAsGiven;
        var roll = random.NextDouble();
        // A new family name replaces the recorded one only where the copy had the family name in its box.
        if (renamed && held.NewFamilyName is { } newFamily && family is not null && !SameWord(family, given)) family = newFamily;
        if (middleAsGiven && person.MiddleName is { } middle) given = middle;
        if ((roll -= M.BlankGiven) < 0) return (null, family);
        if ((roll -= M.BlankFamily) < 0) return (given, null);
        if ((roll -= M.FullNameInFamily) < 0) return (null, Join(given, family));
        if ((roll -= M.FullNameInGiven) < 0) return (Join(given, family), null);
        return (given, family);
    }

    private static bool SameWord(string? a, string? b) => a is not null && b is not null && a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static string? Join(string? given, string? family) =>
        given is null ? family : family is null ? given : $"{given} {family}";

    private static string? Email(string? email, TruePerson person, Random random)
    {
        var recorded = random.NextDouble() < M.EmailCopy;
        var caseOrSpaces = random.NextDouble() < M.EmailCaseOrSpaces;
        var typo = random.NextDouble() < M.EmailTypo;
        var old = random.NextDouble() < M.OldEmail;
        var oldEmail = HeldDetails.NewEmail(person, random, []);
        if (email is null || !recorded) return null;
        if (old) email = oldEmail;
        if (typo) email = Typos.Apply(email, random);
        if (caseOrSpaces) email = random.Next(2) == 0 ? " " + email + " " : char.ToUpperInvariant(email[0]) + email[1..];
        return email;
    }

    private static IReadOnlyList<PersonIdentifier>? Identifiers(HeldDetails held, Random random)
    {
        var dcf = Identifier("dcf", held.Dcf, M.DcfCopy, random);
        var sasid = Identifier("sasid", held.Sasid, M.SasidCopy, random);
        if (dcf is null && sasid is null) return null;
        return dcf is null ? [sasid!] : sasid is null ? [dcf] : [dcf, sasid];
    }

    private static PersonIdentifier? Identifier(string kind, string? value, double recordedRate, Random random)
    {
        var recorded = random.NextDouble() < recordedRate;
        var typo = random.NextDouble() < M.IdentifierTypo;
        var formatted = random.NextDouble() < M.IdentifierFormatted;
        var otherYouth = random.NextDouble() < M.OtherYouthsNumber;
        var otherIndex = random.Next(1_000_000);
        var position = random.Next(1, 6); // inside the number, with a neighbour to transpose with
        var transpose = random.Next(2) == 0;
        var digit = (char)('0' + random.Next(10));
        if (value is null || !recorded) return null;
        if (otherYouth) value = kind == "dcf" ? HeldDetails.DcfNumber(otherIndex) : HeldDetails.SasidNumber(otherIndex);
        if (typo)
        {
            var chars = value.ToCharArray();
            if (transpose && chars[position] != chars[position + 1]) (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            else chars[position] = digit != chars[position] ? digit : (char)('0' + (digit - '0' + 1) % 10);
            value = new string(chars);
        }
        if (formatted) value = value.Length == 7 ? $"{value[..3]}-{value[3..]}" : $"{value[..4]} {value[4..7]} {value[7..]}";
        return new PersonIdentifier(kind, value);
    }
}

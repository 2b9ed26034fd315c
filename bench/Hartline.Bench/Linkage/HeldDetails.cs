namespace Hartline.Bench.Linkage;

/// <summary>
/// What agencies may hold for a youth in the messy profile: an e-mail, a DCF case number (7 digits), a
/// state student id (SASID, 10 digits), and a second family name some records use instead of the first.
/// Any may be absent.
/// </summary>
public sealed record HeldDetails(string? Email, string? Dcf, string? Sasid, string? NewFamilyName)
{
    public static readonly HeldDetails None = new(null, null, null, null);

    private static readonly string[] Domains = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"];

    /// <summary>
    /// Draws a youth's details. Numbers are unique per youth (a bijection of the youth's index), as agency
    /// numbers are; e-mails are made unique with <paramref name="taken"/>, as mail providers make them.
    /// </summary>
    public static HeldDetails Draw(TruePerson person, Random random, HashSet<string> taken)
    {
        var hasEmail = random.NextDouble() < MessyRates.EmailPerson;
        var hasDcf = random.NextDouble() < MessyRates.DcfPerson;
        var hasSasid = random.NextDouble() < MessyRates.SasidPerson;
        var renamed = random.NextDouble() < MessyRates.NewFamilyNamePerson;
        var email = NewEmail(person, random, taken);
        var newFamily = (person.SpanishOrigin ? NamePools.FamilySpanish : NamePools.FamilyEnglish).Pick(random);
        return new HeldDetails(
            hasEmail ? email : null,
            hasDcf ? DcfNumber(person.Index) : null,
            hasSasid ? SasidNumber(person.Index) : null,
            renamed && newFamily != person.FamilyName ? newFamily : null);
    }

    // 7919 and 104729 are primes that divide neither range, so index → number is one to one.
    public static string DcfNumber(long index) => (1_000_000 + (index * 7919 + 12_345) % 9_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static string SasidNumber(long index) => (1_000_000_000 + (index * 104_729 + 7) % 9_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>given.family, givenfamily07, g.family2009 …: the shapes teenagers' addresses take.</summary>
    public static string NewEmail(TruePerson person, Random random, HashSet<string> taken)
    {
        var given = Plain(person.GivenName);
        var family = Plain(person.FamilyParts[0]);
        var shape = random.Next(4);
        var number = random.Next(100);
        var domain = Domains[random.Next(Domains.Length)];
        var local = shape switch
        {
            0 => $"{given}.{family}",
            1 => $"{given}{family}{number:D2}",
            2 => $"{given[0]}.{family}{person.DateOfBirth.Year}",
            _ => $"{given}_{number}",
        };
        var email = $"{local}@{domain}";
        for (var extra = 1; !taken.Add(email); extra++) email = $"{local}{extra}@{domain}";
        return email;
    }

    private static string Plain(string name) =>
        new string([.. Diacritics.Strip(name).ToLowerInvariant().Where(char.IsAsciiLetter)]) is { Length: > 0 } plain ? plain : "youth";
}

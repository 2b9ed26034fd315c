using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

/// <summary>Small synthetic registries with known duplicates, for the estimation and batch tests.</summary>
internal static class SyntheticPeople
{
    private static readonly string[] Given =
        ["Maria", "Jose", "William", "Elizabeth", "Kevin", "Ana", "Luis", "Sofia", "Daniel", "Camila", "Jayden", "Aaliyah", "Carlos",
         "Jasmine", "Angel", "Destiny", "Marcus", "Brianna", "Diego", "Valeria", "Tyrone", "Keisha", "Andre", "Gabriela", "Xavier",
         "Imani", "Mateo", "Lucia", "Dominic", "Alondra"];

    private static readonly string[] Family =
        ["Rodriguez", "Smith", "Johnson", "Lopez", "Williams", "Garcia", "Brown", "Martinez", "Davis", "Hernandez", "Wilson", "Gonzalez",
         "Anderson", "Perez", "Thomas", "Sanchez", "Jackson", "Rivera", "White", "Torres", "Harris", "Ramirez", "Clark", "Flores",
         "Lewis", "Cruz", "Walker", "Morales", "Hall", "Ortiz", "Young", "Reyes", "King", "Gutierrez", "Wright", "Castillo"];

    /// <summary>
    /// <paramref name="persons"/> people, a fifth of them recorded a second time with slips made independently (a
    /// typo, a nickname, swapped day and month, swapped name boxes, a missing phone). Returns the records and
    /// the person each belongs to.
    /// </summary>
    public static (List<PersonRecord> Records, List<int> Person) Make(int persons, int seed)
    {
        var random = new Random(seed);
        var records = new List<PersonRecord>();
        var owner = new List<int>();
        for (var p = 0; p < persons; p++)
        {
            var record = new PersonRecord($"p{p}", Given[random.Next(Given.Length)], null, Family[random.Next(Family.Length)],
                new DateOnly(2004, 1, 1).AddDays(random.Next(365 * 14)), random.Next(2) == 0 ? "F" : "M",
                $"{random.Next(1, 400)} Elm Street", "Hartford", $"06{random.Next(100, 200)}",
                random.Next(2) == 0 ? $"860555{random.Next(1000, 9999)}" : null);
            records.Add(record);
            owner.Add(p);
            if (random.Next(5) != 0) continue;
            // Each slip independently, as separate clerks make them (one in four for each).
            var copy = record;
            if (random.Next(4) == 0) copy = copy with { FamilyName = Swap(copy.FamilyName!, random) };
            if (random.Next(4) == 0)
                copy = copy with { GivenName = copy.GivenName == "William" ? "Bill" : copy.GivenName == "Elizabeth" ? "Liz" : copy.GivenName + "a" };
            if (random.Next(4) == 0 && copy.DateOfBirth!.Value.Day <= 12)
                copy = copy with { DateOfBirth = new DateOnly(copy.DateOfBirth.Value.Year, copy.DateOfBirth.Value.Day, copy.DateOfBirth.Value.Month) };
            if (random.Next(8) == 0) copy = copy with { GivenName = copy.FamilyName, FamilyName = copy.GivenName };
            if (random.Next(3) == 0) copy = copy with { Phone = null, Address = null };
            records.Add(copy with { Id = $"p{p}-copy" });
            owner.Add(p);
        }
        return (records, owner);
    }

    // Two neighbouring letters typed the wrong way round.
    private static string Swap(string name, Random random)
    {
        var i = random.Next(1, name.Length - 1);
        var c = name.ToCharArray();
        (c[i], c[i + 1]) = (c[i + 1], c[i]);
        return new string(c);
    }
}

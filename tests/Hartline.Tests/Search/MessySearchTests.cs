using System.Globalization;
using System.Text;
using Hartline.Features.Search;
using Hartline.Linkage;

namespace Hartline.Tests.Search;

/// <summary>
/// The search box against what hurried people type, generated rather than hand-picked: a registry of a few
/// thousand youth with the names a Connecticut caseload holds (accents, hyphens, apostrophes, double given
/// names, very short and very common names), and for each a query typed with slips drawn at random from a
/// wide list (case, spaces, commas, accents dropped, letters swapped, dropped, doubled or hit next door,
/// nicknames, names in the other order, one name with a date, dates in other formats, day and month swapped,
/// a digit wrong). The query goes through the same reading as the page (<see cref="SearchQuery.Read"/>) and
/// the registry index's search. Each kind of slip is scored on its own, so a weak one cannot hide in an average.
/// </summary>
public sealed class MessySearchTests
{
    private static readonly string[] Given =
        ["Maria", "José", "William", "Elizabeth", "Kevin", "Ana", "Luis", "Sofía", "Daniel", "Camila", "Jayden", "Aaliyah", "Carlos",
         "Jasmine", "Angel", "Destiny", "Marcus", "Brianna", "Diego", "Valeria", "Tyrone", "Keisha", "Andre", "Gabriela", "Xavier",
         "Imani", "Mateo", "Lucía", "Dominic", "Alondra", "Zoë", "Nayeli", "Katherine", "Jennifer", "Christopher", "Alexander",
         "Mary Ann", "Jean-Luc", "Ly", "Bo", "Nguyen", "Abigail", "Isabella", "Madison", "Joshua", "Samantha", "Jonathan", "Rebecca"];

    private static readonly string[] Family =
        ["Rodriguez", "Smith", "Johnson", "López", "Williams", "García", "Brown", "Martínez", "Davis", "Hernández", "Wilson", "González",
         "Anderson", "Pérez", "Thomas", "Sánchez", "Jackson", "Rivera", "White", "Torres", "Harris", "Ramírez", "Clark", "Flores",
         "Lewis", "Cruz", "Walker", "Morales", "Hall", "Ortiz", "Young", "Reyes", "King", "Gutiérrez", "Wright", "Castillo",
         "O'Brien", "García-López", "Nuñez", "Okafor", "Adeyemi", "Nguyen", "Tran", "Kowalski", "Dubois", "Müller", "Santiago",
         "DeJesus", "Vázquez", "Colón", "Figueroa", "Baptiste", "St. Louis", "Ng", "Le", "Pierre-Louis", "MacDonald", "Fitzgerald"];

    private static readonly Dictionary<string, string> Nicknames = new()
    {
        ["William"] = "Bill", ["Elizabeth"] = "Liz", ["Katherine"] = "Kate", ["Jennifer"] = "Jen", ["Christopher"] = "Chris",
        ["Alexander"] = "Alex", ["Abigail"] = "Abby", ["Isabella"] = "Bella", ["Madison"] = "Maddie", ["Joshua"] = "Josh",
        ["Samantha"] = "Sam", ["Jonathan"] = "Jon", ["Rebecca"] = "Becky", ["Daniel"] = "Dan", ["Gabriela"] = "Gaby",
    };

    private static readonly string[] Keyboard = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private sealed record Youth(string Id, string Given, string Family, DateOnly Born);

    private static (PersonIndex Index, List<Youth> People) Registry(int count, int seed)
    {
        var random = new Random(seed);
        var index = new PersonIndex(LinkageModel.Default);
        var people = new List<Youth>();
        for (var i = 0; i < count; i++)
        {
            var youth = new Youth($"y{i}", Given[random.Next(Given.Length)], Family[random.Next(Family.Length)],
                new DateOnly(2006, 1, 1).AddDays(random.Next(365 * 12)));
            people.Add(youth);
            // As intake records them: no home or phone in most referrals a search is run against.
            index.Add(new PersonRecord(youth.Id, youth.Given, null, youth.Family, youth.Born, random.Next(2) == 0 ? "F" : "M", null, null, null, null));
        }
        return (index, people);
    }

    /// <summary>The slips, each a way to type the youth's name and date. Null when the slip does not apply to this youth.</summary>
    private static readonly (string Kind, Func<Youth, Random, string?> Type)[] Slips =
    [
        ("as recorded", (y, _) => $"{y.Given} {y.Family}"),
        ("lower case, no accents", (y, _) => Plain($"{y.Given} {y.Family}").ToLowerInvariant()),
        ("upper case, extra spaces", (y, _) => $"  {y.Given.ToUpperInvariant()}    {y.Family.ToUpperInvariant()} "),
        ("family name first, with a comma", (y, _) => $"{y.Family}, {y.Given}"),
        ("names in the other order", (y, _) => $"{y.Family} {y.Given}"),
        ("two letters swapped in the family name", (y, r) => y.Family.Length < 4 ? null : $"{y.Given} {Swap(y.Family, r)}"),
        ("a letter dropped from the family name", (y, r) => y.Family.Length < 5 ? null : $"{y.Given} {Drop(y.Family, r)}"),
        ("a letter doubled in the given name", (y, r) => y.Given.Length < 3 ? null : $"{Double(y.Given, r)} {y.Family}"),
        ("the key next door in the family name", (y, r) => y.Family.Length < 5 ? null : $"{y.Given} {Neighbour(y.Family, r)}"),
        ("a nickname", (y, _) => Nicknames.TryGetValue(y.Given, out var nick) ? $"{nick} {y.Family}" : null),
        ("family name and date of birth", (y, _) => $"{y.Family} {y.Born:M/d/yyyy}"),
        ("given name and date of birth", (y, _) => $"{y.Given} {y.Born:yyyy-MM-dd}"),
        ("name with day and month of birth swapped", (y, _) => y.Born.Day > 12 || y.Born.Day == y.Born.Month ? null
            : $"{y.Given} {y.Family} {new DateOnly(y.Born.Year, y.Born.Day, y.Born.Month):yyyy-MM-dd}"),
        ("misspelled name and a digit wrong in the year", (y, r) => y.Family.Length < 4 ? null
            : $"{y.Given} {Swap(y.Family, r)} {y.Born.AddYears(y.Born.Year % 10 == 9 ? -1 : 1):M/d/yyyy}"),
        ("hyphen typed as a space", (y, _) => y.Family.Contains('-') ? $"{y.Given} {y.Family.Replace('-', ' ')}" : null),
        ("apostrophe and dot left out", (y, _) => y.Family.Contains('\'') || y.Family.Contains('.') ? $"{y.Given} {y.Family.Replace("'", "").Replace(".", "")}" : null),
    ];

    [Fact]
    public void The_youth_meant_is_among_the_first_results_for_every_kind_of_slip()
    {
        var (index, people) = Registry(4000, seed: 20);
        var random = new Random(2026);
        var report = new StringBuilder();
        var failedKinds = new List<string>();
        foreach (var (kind, type) in Slips)
        {
            int tried = 0, found = 0;
            var misses = new List<string>();
            foreach (var youth in people.OrderBy(_ => random.Next()).Take(400))
            {
                if (type(youth, random) is not { } typed) continue;
                tried++;
                var query = SearchQuery.Read(typed);
                Assert.Null(query.Problem);
                var results = index.Search(query.Names, query.DateOfBirth, 10, out _);
                // Found when listed among the first five, or further down only behind youth who match what was typed
                // exactly as well (the same common name, nothing else typed): a list to choose from, not a wrong answer.
                var at = results.ToList().FindIndex(m => m.Id == youth.Id);
                if (at >= 0 && (at < 5 || results[4].Weight <= results[at].Weight + 1e-9)) found++;
                else if (misses.Count < 5) misses.Add($"'{typed}' for {youth.Given} {youth.Family} {youth.Born:yyyy-MM-dd}");
            }
            if (tried < 20) continue; // too few youth this slip applies to, for a rate to mean something
            var rate = (double)found / tried;
            report.AppendLine($"{kind}: {found}/{tried} ({rate:P0}){(misses.Count > 0 ? " — e.g. " + string.Join("; ", misses) : "")}");
            if (rate < Required) failedKinds.Add(kind);
        }
        Assert.True(failedKinds.Count == 0, $"Below the rate required for: {string.Join(", ", failedKinds)}\n{report}");
    }

    // Every kind reached 100 % once the search read three-word names and ranked an exact spelling above a nickname
    // (it was 97–99 % for "Mary Ann …" before); a little room is left for the generator's random draws.
    private const double Required = 0.97;

    private static string Plain(string s) => new(s.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());

    private static string Swap(string s, Random r)
    {
        var i = r.Next(1, s.Length - 2);
        var c = s.ToCharArray();
        (c[i], c[i + 1]) = (c[i + 1], c[i]);
        return new string(c);
    }

    private static string Drop(string s, Random r) => s.Remove(r.Next(1, s.Length - 1), 1);

    private static string Double(string s, Random r)
    {
        var i = r.Next(1, s.Length - 1);
        return s.Insert(i, s[i].ToString());
    }

    private static string Neighbour(string s, Random r)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var i = r.Next(1, s.Length - 1);
            var lower = char.ToLowerInvariant(s[i]);
            var row = Keyboard.FirstOrDefault(k => k.Contains(lower));
            if (row is null) continue;
            var at = row.IndexOf(lower);
            var next = at + 1 < row.Length ? row[at + 1] : row[at - 1];
            return s[..i] + next + s[(i + 1)..];
        }
        return s;
    }
}

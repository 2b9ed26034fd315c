using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Load;

/// <summary>
/// The requests of the list and search scenarios: case lists sorted and filtered the ways a worker does
/// (a column, a direction, one to three filters, a later page), and searches for a youth by a name typed
/// with one slip (a letter dropped, doubled or swapped with its neighbour, or the names in the other order).
/// </summary>
internal sealed class ListAndSearchPaths
{
    private static readonly string[] Sorts = ["Opened", "Youth", "Born", "Region", "Status", "Owner"];
    private static readonly string[] Ages = ["Under12", "From12To14", "From15To17", "Adult"];
    private static readonly string[] Statuses = ["Open", "Active", "FollowUp", "Closed"];
    private readonly List<(string Given, string Family)> _names;
    private readonly List<string> _regions;

    private ListAndSearchPaths(List<(string, string)> names, List<string> regions) => (_names, _regions) = (names, regions);

    public static ListAndSearchPaths Sample(string dbPath, int count)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly");
        connection.Open();
        var names = new List<(string, string)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT GivenName, FamilyName FROM People ORDER BY random() LIMIT $n";
            command.Parameters.AddWithValue("$n", count);
            using var reader = command.ExecuteReader();
            // Stored encrypted: read with the database's keys, as the app does.
            var cipher = Hartline.Data.DatabaseTarget.Parse("sqlite:" + dbPath).ResolveKeys().Cipher;
            while (reader.Read()) names.Add((cipher.Decrypt(reader.GetString(0), "Person.GivenName"), cipher.Decrypt(reader.GetString(1), "Person.FamilyName")));
        }
        var regions = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT RegionCode FROM Cases";
            using var reader = command.ExecuteReader();
            while (reader.Read()) regions.Add(reader.GetString(0));
        }
        return new ListAndSearchPaths(names, regions);
    }

    public string CaseList(Random r)
    {
        var parts = new List<string> { $"sort={Sorts[r.Next(Sorts.Length)]}", $"dir={(r.Next(2) == 0 ? "asc" : "desc")}" };
        if (r.Next(2) == 0) parts.Add($"region={_regions[r.Next(_regions.Count)]}");
        if (r.Next(2) == 0) parts.Add($"status={Statuses[r.Next(Statuses.Length)]}");
        if (r.Next(3) == 0) parts.Add($"age={Ages[r.Next(Ages.Length)]}");
        if (r.Next(4) == 0) parts.Add("safety=true");
        if (r.Next(3) == 0) parts.Add($"page={r.Next(2, 6)}");
        return "/api/v1/cases?" + string.Join("&", parts);
    }

    public string Search(Random r)
    {
        var (given, family) = _names[r.Next(_names.Count)];
        var q = r.Next(4) == 0 ? $"{family} {given}" : $"{given} {Slip(family, r)}";
        return "/api/v1/search?q=" + Uri.EscapeDataString(q);
    }

    private static string Slip(string name, Random r)
    {
        if (name.Length < 4) return name;
        var i = r.Next(1, name.Length - 1);
        return r.Next(3) switch
        {
            0 => name.Remove(i, 1),                                      // a letter dropped
            1 => name.Insert(i, name[i].ToString()),                     // a letter doubled
            _ => string.Concat(name.AsSpan(0, i - 1), name[i].ToString(), name[i - 1].ToString(), name.AsSpan(i + 1)), // neighbours swapped
        };
    }
}

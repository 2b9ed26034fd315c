using System.Text;
using System.Text.Json;

namespace Hartline.Linkage.Privacy;

/// <summary>
/// How many distinct youth the agencies see: overall, per agency, and per combination of agencies
/// (each youth counted once, under the exact set of agencies that hold a record of them).
/// </summary>
public sealed record OverlapReport(
    int DistinctYouth,
    IReadOnlyDictionary<string, int> RecordsPerAgency,
    IReadOnlyDictionary<string, int> YouthPerAgency,
    IReadOnlyDictionary<string, int> YouthPerCombination)
{
    /// <summary>Agencies in a combination key are sorted and joined with this: "DCF+Police".</summary>
    public const char Joiner = '+';

    public static string CombinationKey(IEnumerable<string> agencies) =>
        string.Join(Joiner, agencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>Counts from the agency of each record and the cluster (youth) each record was put in.</summary>
    public static OverlapReport Count(IReadOnlyList<string> agencyOfRecord, IReadOnlyList<int> clusterOfRecord)
    {
        if (agencyOfRecord.Count != clusterOfRecord.Count) throw new ArgumentException("one agency and one cluster per record");
        var agenciesOfCluster = new Dictionary<int, SortedSet<string>>();
        var records = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < agencyOfRecord.Count; i++)
        {
            var agency = agencyOfRecord[i];
            records[agency] = records.GetValueOrDefault(agency) + 1;
            if (!agenciesOfCluster.TryGetValue(clusterOfRecord[i], out var set))
                agenciesOfCluster[clusterOfRecord[i]] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(agency);
        }
        var perAgency = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perCombination = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in agenciesOfCluster.Values)
        {
            foreach (var agency in set) perAgency[agency] = perAgency.GetValueOrDefault(agency) + 1;
            var key = CombinationKey(set);
            perCombination[key] = perCombination.GetValueOrDefault(key) + 1;
        }
        return new OverlapReport(agenciesOfCluster.Count, records, perAgency, perCombination);
    }

    /// <summary>
    /// The report as JSON. With <paramref name="minCell"/> N ≥ 2 every count from 1 to N−1 is written as the
    /// string "&lt;N" (zero stays 0: an empty cell names nobody).
    /// </summary>
    public string ToJson(int minCell, IReadOnlyDictionary<string, object>? about = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // A file for people to read: "<5" and "DCF+Police" as written, not \u003C5 and DCF\u002BPolice.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            if (about is not null)
                foreach (var (name, value) in about)
                {
                    json.WritePropertyName(name);
                    JsonSerializer.Serialize(json, value);
                }
            json.WriteNumber("min_cell", minCell);
            json.WritePropertyName("distinct_youth");
            Cell(json, DistinctYouth, minCell);
            Section(json, "records_per_agency", RecordsPerAgency, minCell);
            Section(json, "distinct_youth_per_agency", YouthPerAgency, minCell);
            Section(json, "distinct_youth_per_combination", YouthPerCombination, minCell);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Section(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts, int minCell)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WritePropertyName(key);
            Cell(json, count, minCell);
        }
        json.WriteEndObject();
    }

    private static void Cell(Utf8JsonWriter json, int count, int minCell)
    {
        if (count >= 1 && count < minCell) json.WriteStringValue($"<{minCell}");
        else json.WriteNumberValue(count);
    }
}

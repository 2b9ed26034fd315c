using Hartline.Features.Reports;

namespace Hartline.Bench.Reports;

/// <summary>
/// The numbers of a quarterly report and nothing else (no labels, no order), so the app's report and
/// the hand-written SQL can be compared cell by cell. Zero cells are dropped: a missing row and a zero
/// row say the same thing.
/// </summary>
internal sealed record ReportCounts(string Quarter, int Clients, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Dimensions)
{
    // The dimension keys the app's QuarterlyReport uses.
    public const string Region = "region", Gender = "gender", RaceEthnicity = "race_ethnicity", Residence = "residence";

    public static ReportCounts From(QuarterlyReportResult report) => new(report.Quarter, report.ClientsServed,
        report.Dimensions.ToDictionary(d => d.Key,
            d => (IReadOnlyDictionary<string, int>)d.Rows.Where(r => r.Count != 0).ToDictionary(r => r.Code, r => r.Count)));

    public IEnumerable<string> DifferencesFrom(ReportCounts other, string thisName, string otherName)
    {
        if (Clients != other.Clients) yield return $"clients served: {thisName} {Clients}, {otherName} {other.Clients}";
        foreach (var key in Dimensions.Keys.Union(other.Dimensions.Keys).Order(StringComparer.Ordinal))
        {
            var mine = Dimensions.GetValueOrDefault(key) ?? new Dictionary<string, int>();
            var theirs = other.Dimensions.GetValueOrDefault(key) ?? new Dictionary<string, int>();
            foreach (var code in mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
                if (mine.GetValueOrDefault(code) != theirs.GetValueOrDefault(code))
                    yield return $"{key} '{code}': {thisName} {mine.GetValueOrDefault(code)}, {otherName} {theirs.GetValueOrDefault(code)}";
        }
    }
}

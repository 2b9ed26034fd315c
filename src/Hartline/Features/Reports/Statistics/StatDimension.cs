using Hartline.Features.Reports.Disclosure;
using Hartline.Jurisdictions;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// One way of breaking a population down (region, gender, referral source…): its categories in the order tables
/// show them, and the categories a member counts in. <see cref="RelationKind.Sum"/>: exactly one each (not
/// recorded included); <see cref="RelationKind.Overlapping"/>: one or more (a youth seen in two regions).
/// </summary>
public sealed record StatDimension<T>(string Key, string Title, string RowHeading, RelationKind Kind,
    IReadOnlyList<Category> Categories, Func<T, IEnumerable<string>> CategoriesOf)
{
    /// <summary>Members per category, each member once per category it counts in. Codes are as stored ("" = not recorded).</summary>
    public Dictionary<string, int> Count(IEnumerable<T> members)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
            foreach (var code in CategoriesOf(member).Distinct())
                counts[code] = counts.GetValueOrDefault(code) + 1;
        return counts;
    }

    /// <summary>The rows a table shows: see <see cref="CategoryRows.Of"/>.</summary>
    public IReadOnlyList<(string Code, string Label)> Rows(IReadOnlyDictionary<string, int> counts) => CategoryRows.Of(Categories, counts.Keys);
}

/// <summary>The rows of a category table, the same for every table of every report.</summary>
public static class CategoryRows
{
    public const string NotRecordedCode = "";
    public const string NotRecordedLabel = "Not recorded";

    /// <summary>
    /// Every category of the list in its order (zeros included), then any stored code the list no longer has (shown,
    /// never silently merged), then Not recorded.
    /// </summary>
    public static IReadOnlyList<(string Code, string Label)> Of(IReadOnlyList<Category> categories, IEnumerable<string> codesSeen)
    {
        var rows = categories.Select(c => (c.Code, c.Name)).ToList();
        rows.AddRange(codesSeen.Where(code => code != NotRecordedCode && categories.All(c => c.Code != code))
            .Distinct().Order(StringComparer.Ordinal).Select(code => (code, $"{code} (not in the jurisdiction file)")));
        rows.Add((NotRecordedCode, NotRecordedLabel));
        return rows;
    }

    /// <summary>The code a missing or blank value counts under.</summary>
    public static string CodeOf(string? stored) => string.IsNullOrWhiteSpace(stored) ? NotRecordedCode : stored;
}

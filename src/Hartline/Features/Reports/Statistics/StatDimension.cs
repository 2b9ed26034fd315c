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
    /// <summary>
    /// For a dimension where each member has exactly one category: that category, read without making a list per member
    /// (a table over a million clients is counted in milliseconds). Gives the same as <see cref="CategoriesOf"/>.
    /// </summary>
    public Func<T, string>? CategoryOf { get; init; }

    /// <summary>A dimension where each member is in exactly one category (not recorded included).</summary>
    public static StatDimension<T> OneEach(string key, string title, string rowHeading, IReadOnlyList<Category> categories, Func<T, string> categoryOf) =>
        new(key, title, rowHeading, RelationKind.Sum, categories, m => [categoryOf(m)]) { CategoryOf = categoryOf };

    /// <summary>Members per category, each member once per category it counts in. Codes are as stored ("" = not recorded).</summary>
    public Dictionary<string, int> Count(IEnumerable<T> members)
    {
        var tally = new Tally(this);
        foreach (var member in members) tally.Add(member);
        return tally.Counts();
    }

    /// <summary>
    /// Counts members one at a time, so several dimensions are counted in one pass over the members (each member read
    /// once while it is in the processor's cache, not once per table).
    /// </summary>
    public sealed class Tally(StatDimension<T> dimension)
    {
        // Counted by the code's string instance first (codes are a few shared strings, so the reference is a cheap,
        // exact key), then added up by value, so equal codes held in different strings still count together.
        private readonly Dictionary<string, int> byInstance = new(ReferenceEqualityComparer.Instance);

        public void Add(T member)
        {
            if (dimension.CategoryOf is { } one)
            {
                StatDimension<T>.Add(byInstance, one(member));
                return;
            }
            var codes = dimension.CategoriesOf(member);
            if (codes is IReadOnlyList<string> list)
            {
                for (var i = 0; i < list.Count; i++)
                    if (!EarlierIn(list, i)) StatDimension<T>.Add(byInstance, list[i]);
            }
            else foreach (var code in codes.Distinct()) StatDimension<T>.Add(byInstance, code);
        }

        public Dictionary<string, int> Counts()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, n) in byInstance) counts[code] = counts.GetValueOrDefault(code) + n;
            return counts;
        }
    }

    private static void Add(Dictionary<string, int> counts, string code) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, code, out _)++;

    // A member counts once per category even if a code is listed twice.
    private static bool EarlierIn(IReadOnlyList<string> codes, int index)
    {
        for (var i = 0; i < index; i++)
            if (string.Equals(codes[i], codes[index], StringComparison.Ordinal)) return true;
        return false;
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

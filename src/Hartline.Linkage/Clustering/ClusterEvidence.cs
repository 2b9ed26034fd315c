using Hartline.Linkage.Model;

namespace Hartline.Linkage.Clustering;

/// <summary>
/// A second look at pairs just below the cut-off, with what the whole cluster knows. One record of
/// a youth may lack the date of birth and another may misspell the family name; a new record that
/// agrees with the first on the name and with the second on the date is, taken pair by pair, two
/// weak matches, but against the cluster it is a strong one.
/// </summary>
/// <remarks>
/// The evidence for joining clusters A and B is built from parts (names, birth date, sex, home; see
/// <see cref="LinkageModel.Parts"/>): each part at its best over all pairs across A and B. Taking a
/// best gives a stranger more chances to agree: when A holds k different values of a part and B
/// holds j, a stranger's chance to agree on one of them is at most k·j times the chance for one
/// value, so an agreeing part loses log2(k·j) bits. Records that repeat a value, or lack it, add no
/// chance. The join is then made as a single link would be: the same cut-off, the same guard
/// (<see cref="GuardedClustering.MayJoin"/>), strongest candidate first. Two single records gain nothing here: their
/// best parts are their own pair's.
/// </remarks>
internal static class ClusterEvidence
{
    /// <summary>How far below the cut-off (bits) a candidate pair may be and still open a second look.</summary>
    public const double Reach = 8;

    /// <summary>Joins clusters along <paramref name="nearLinks"/> (sorted strongest first) where the clusters' evidence passes the cut-off; returns the joins made.</summary>
    /// <param name="compare">The comparison vector of two records (a batch's remembered levels); by default compared afresh from <paramref name="people"/>.</param>
    public static int Join(ClusterForest forest, IReadOnlyList<Link> nearLinks, PreparedPerson[] people, NameFrequency[] frequency,
        LinkageModel model, double cutoff, Func<int, int, CrossPair> crossPair, Func<IReadOnlyList<int>, IReadOnlyList<int>, bool> datesFit,
        Func<int, int, long>? compare = null)
    {
        compare ??= (x, y) => PairComparer.Compare(people[x], people[y]);
        var joins = 0;
        Span<double> best = stackalloc double[LinkageModel.PartCount];
        Span<double> parts = stackalloc double[LinkageModel.PartCount];
        foreach (var link in nearLinks)
        {
            var a = forest.Find(link.First);
            var b = forest.Find(link.Second);
            if (a == b || forest.Size(a) == 1 && forest.Size(b) == 1) continue;
            if (!GuardedClustering.MayJoin(forest, a, b, crossPair, datesFit)) continue;
            if (Combined(forest.Members(a), forest.Members(b), people, frequency, model, best, parts, compare) < cutoff) continue;
            forest.Join(a, b);
            joins++;
        }
        return joins;
    }

    /// <summary>The combined weight of clusters A and B: each part at its best across them, less the extra chances of their several values.</summary>
    internal static double Combined(IReadOnlyList<int> a, IReadOnlyList<int> b, PreparedPerson[] people, NameFrequency[] frequency,
        LinkageModel model, Span<double> best, Span<double> parts, Func<int, int, long>? compare = null)
    {
        compare ??= (x, y) => PairComparer.Compare(people[x], people[y]);
        best.Fill(double.NegativeInfinity);
        foreach (var x in a)
            foreach (var y in b)
            {
                model.Parts(compare(x, y), frequency[x], frequency[y], parts);
                for (var p = 0; p < parts.Length; p++) best[p] = Math.Max(best[p], parts[p]);
            }
        var weight = 0.0;
        for (var p = 0; p < best.Length; p++)
            weight += best[p] > 0 ? best[p] - Math.Log2(Values(a, people, p, compare) * (double)Values(b, people, p, compare)) : best[p];
        return weight;
    }

    /// <summary>How many different values of a part the records hold (a missing value is none; at least 1).</summary>
    internal static int Values(IReadOnlyList<int> members, PreparedPerson[] people, int part, Func<int, int, long>? compare = null)
    {
        if (members.Count == 1) return 1;
        compare ??= (x, y) => PairComparer.Compare(people[x], people[y]);
        Span<int> kept = stackalloc int[members.Count];
        var count = 0;
        foreach (var x in members)
        {
            if (!HasValue(people[x], part)) continue;
            var repeat = false;
            for (var k = 0; k < count && !repeat; k++) repeat = SameValue(compare(x, kept[k]), part);
            if (!repeat) kept[count++] = x;
        }
        return Math.Max(1, count);
    }

    private static bool HasValue(in PreparedPerson person, int part) => part switch
    {
        LinkageModel.NamesPart => person.Given.Length > 0 || person.Family.Length > 0,
        LinkageModel.BirthPart => person.BirthDate is not null,
        LinkageModel.SexPart => person.Sex != 0,
        LinkageModel.HeldPart => person.Email.Length > 0 || person.Identifiers.Length > 0,
        _ => person.Postcode.Length > 0 || person.AddressWords.Length > 0 || person.Phone >= 0,
    };

    // Same, or not recorded on one side for some of the part's fields (the fields both hold agree).
    private static bool SameValue(long gamma, int part)
    {
        static bool Same(long gamma, int field) => Fields.Level(gamma, field) <= 1;
        return part switch
        {
            LinkageModel.NamesPart => Same(gamma, Fields.Given) && Same(gamma, Fields.Family),
            LinkageModel.BirthPart => Same(gamma, Fields.BirthDate),
            LinkageModel.SexPart => Same(gamma, Fields.Sex),
            LinkageModel.HeldPart => Same(gamma, Fields.Email) && Same(gamma, Fields.Identifier),
            _ => Same(gamma, Fields.Postcode) && Same(gamma, Fields.Address) && Same(gamma, Fields.Phone),
        };
    }
}

using Hartline.Linkage.Model;

namespace Hartline.Linkage.Clustering;

/// <summary>An accepted pair: two record indexes and the match weight that linked them.</summary>
internal readonly record struct Link(int First, int Second, double Weight);

/// <summary>
/// Groups accepted pairs into persons without chaining distinct people together.
/// </summary>
/// <remarks>
/// Plain connected components chain: Ana Ruiz 2008-03-04 links to Ana Ruiz 2008-04-03 (swapped
/// date), which links to Ana Ruiz 2009-04-03 (year off), and a third youth has joined the first.
/// The rule here: links are taken strongest first (union–find). Two single records join on their
/// accepted link alone. Two clusters of which at least one has several records join only when
///   1. the joined cluster would have at most <see cref="MaxClusterSize"/> records, and
///   2. no pair across them has evidence against being one person (match weight below
///      <see cref="ClearlyDifferent"/> bits), every cross pair being compared afresh, whether or
///      not blocking made it a candidate.
/// A link that fails the rule is dropped; each record still sits with the records it matches best.
/// </remarks>
internal static class GuardedClustering
{
    /// <summary>No youth is referred fifty times; a bigger cluster is a chain of different people.</summary>
    public const int MaxClusterSize = 50;

    /// <summary>A cross pair whose fields, taken together, speak against a match (Bayes factor below 1) vetoes the join.</summary>
    public const double ClearlyDifferent = 0;

    /// <summary>
    /// A cross pair as the guard sees it: its match weight, and whether its dates of birth differ
    /// beyond any single keying slip (not swapped, not one digit, not a year off, not within a month) while the pair is
    /// too weak to be accepted on its own. Such dates veto a join unless the joined cluster's dates
    /// still fit one youth (see <see cref="BirthDateFit"/>). Without the veto, a record with no date
    /// linked to two same-named youths born on different days joined them: at 1M such chains were
    /// the commonest wrong pairs, their names (+16 bits) outweighing the dates (−7).
    /// </summary>
    internal static CrossPair CrossPairOf(double weight, long gamma, double cutoff) =>
        new(weight, Fields.Level(gamma, Fields.BirthDate) is (int)Dates.BirthDateAgreement.Different or (int)Dates.BirthDateAgreement.SameYear
            && weight < cutoff);

    /// <summary>The cluster root of every record. <paramref name="links"/> must be sorted strongest first.</summary>
    public static int[] Cluster(int records, IReadOnlyList<Link> links, Func<int, int, double> weightOf) =>
        Cluster(new ClusterForest(records), links, (a, b) => new CrossPair(weightOf(a, b), false), (_, _) => false).Roots();

    /// <summary>
    /// Joins along <paramref name="links"/> (strongest first) where the rule allows.
    /// <paramref name="datesFit"/> says whether the records of two clusters, joined, have dates of birth that fit one youth.
    /// </summary>
    public static ClusterForest Cluster(ClusterForest forest, IReadOnlyList<Link> links, Func<int, int, CrossPair> crossPair,
        Func<IReadOnlyList<int>, IReadOnlyList<int>, bool> datesFit)
    {
        foreach (var link in links)
        {
            var a = forest.Find(link.First);
            var b = forest.Find(link.Second);
            if (a == b) continue;
            if ((forest.Size(a) > 1 || forest.Size(b) > 1) && !MayJoin(forest, a, b, crossPair, datesFit)) continue;
            forest.Join(a, b);
        }
        return forest;
    }

    /// <summary>Rules 1 and 2: the size cap, and no cross pair against.</summary>
    internal static bool MayJoin(ClusterForest forest, int a, int b, Func<int, int, CrossPair> crossPair,
        Func<IReadOnlyList<int>, IReadOnlyList<int>, bool> datesFit)
    {
        if (forest.Size(a) + forest.Size(b) > MaxClusterSize) return false;
        var datesApart = false;
        foreach (var x in forest.Members(a))
            foreach (var y in forest.Members(b))
            {
                var pair = crossPair(x, y);
                if (pair.Weight < ClearlyDifferent) return false;
                datesApart |= pair.DatesApart;
            }
        return !datesApart || datesFit(forest.Members(a), forest.Members(b));
    }
}

/// <summary>A pair across two clusters: its match weight, and whether its birth dates are too far apart for one slip.</summary>
internal readonly record struct CrossPair(double Weight, bool DatesApart);

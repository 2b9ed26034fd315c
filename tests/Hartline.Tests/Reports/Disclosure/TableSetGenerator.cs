using Hartline.Features.Reports.Disclosure;

namespace Hartline.Tests.Reports.Disclosure;

/// <summary>
/// Random table sets built from a made-up population of children, so every count, margin and overlap is
/// consistent the way real data is: a region table (a child may be in two regions), a gender table, sometimes an
/// age table, and a region × gender cross-tab sharing their margins. Populations are small and skewed so that
/// 0s, 1s and 2s abound, and some cases are shaped to be hard (see <see cref="Shape"/>).
/// </summary>
internal static class TableSetGenerator
{
    public enum Shape { Random, OneDimension, AllBelowThreshold, OneCategoryHoldsAll, RowWithOneNonZero, SmallColumn, SingleCell }

    private sealed record Child(int[] Regions, int Gender, int Age);

    public static (TableSet Set, string Description) Make(Random random, Shape shape)
    {
        var regions = shape == Shape.SingleCell ? 1 : random.Next(2, 9);
        var genders = shape == Shape.SingleCell ? 1 : random.Next(2, 7);
        var ages = random.Next(2, 5);
        var overlap = random.Next(3) == 0;
        var size = shape switch
        {
            Shape.AllBelowThreshold => random.Next(1, 5),
            Shape.SingleCell => random.Next(1, 8),
            _ => random.Next(2) == 0 ? random.Next(1, 16) : random.Next(16, 70),
        };
        var regionWeights = Weights(random, regions, shape == Shape.OneCategoryHoldsAll);
        var genderWeights = Weights(random, genders, oneHoldsAll: false);
        if (shape == Shape.SmallColumn) genderWeights[0] = 0.02;
        // A region's children all share one gender: its row has a single non-zero cell.
        var soleGender = shape == Shape.RowWithOneNonZero ? random.Next(genders) : -1;
        var children = Enumerable.Range(0, size).Select(_ =>
        {
            var first = Pick(random, regionWeights);
            var second = overlap && random.Next(4) == 0 ? Pick(random, regionWeights) : first;
            var gender = soleGender >= 0 && first == 0 ? soleGender : Pick(random, genderWeights);
            return new Child(second == first ? [first] : [first, second], gender, random.Next(ages));
        }).ToList();

        var region = new Dimension("region", overlap ? RelationKind.Overlapping : RelationKind.Sum);
        var gender = new Dimension("gender");
        var set = new TableSet()
            .Table(region, Tally(regions, r => children.Count(c => c.Regions.Contains(r))), size)
            .Table(gender, Tally(genders, g => children.Count(c => c.Gender == g)), size);
        if (random.Next(3) == 0) set.Table(new Dimension("age"), Tally(ages, a => children.Count(c => c.Age == a)), size);
        if (shape != Shape.OneDimension)
            set.CrossTab(region, gender, Enumerable.Range(0, regions).SelectMany(r => Enumerable.Range(0, genders).Select(g => (r, g)))
                .ToDictionary(p => ($"{p.r}", $"{p.g}"), p => children.Count(c => c.Regions.Contains(p.r) && c.Gender == p.g)));
        return (set, $"{shape}: {regions} regions{(overlap ? " (overlapping)" : "")} × {genders} genders, {size} children");
    }

    private static Dictionary<string, int> Tally(int categories, Func<int, int> count) =>
        Enumerable.Range(0, categories).ToDictionary(i => $"{i}", count);

    // Cubed uniform weights are very uneven: some categories get most children, others one or none.
    private static double[] Weights(Random random, int count, bool oneHoldsAll) =>
        Enumerable.Range(0, count).Select(i => oneHoldsAll ? (i == 0 ? 1.0 : 0.0) : Math.Pow(random.NextDouble(), 3) + 0.01).ToArray();

    private static int Pick(Random random, double[] weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
            if ((target -= weights[i]) <= 0) return i;
        return weights.Length - 1;
    }
}

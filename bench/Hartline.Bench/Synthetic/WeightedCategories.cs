using Bogus;
using Hartline.Jurisdictions;

namespace Hartline.Bench.Synthetic;

/// <summary>Draws jurisdiction categories with given relative weights (cumulative table + binary search).</summary>
internal sealed class WeightedCategories
{
    private readonly IReadOnlyList<Category> _categories;
    private readonly double[] _cumulative;

    public WeightedCategories(IReadOnlyList<Category> categories, IReadOnlyList<double> weights)
    {
        _categories = categories;
        _cumulative = new double[categories.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++) _cumulative[i] = sum += weights[i];
        if (sum <= 0) throw new ArgumentException("At least one category needs a positive weight.");
    }

    public Category Pick(Randomizer random)
    {
        var x = random.Double() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        // BinarySearch gives the complement of the first larger entry when x falls between two sums.
        return _categories[Math.Min(i < 0 ? ~i : i + 1, _categories.Count - 1)];
    }
}

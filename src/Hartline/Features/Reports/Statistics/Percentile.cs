namespace Hartline.Features.Reports.Statistics;

/// <summary>Medians and percentiles of durations, by linear interpolation between the nearest ranks (the common "type 7").</summary>
public static class Percentile
{
    public static double? Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var rank = p * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return Math.Round(sorted[below] + (rank - below) * (sorted[above] - sorted[below]), 1);
    }
}

namespace Hartline.Features.Cases.Team;

/// <summary>
/// The continuity measure: how many times the youth's primary worker changed in the 12 months up to a
/// day. Seed 002's survivors said the adults in their lives "changed often"; this puts a number on it.
/// A change is any primary-worker assignment after the youth's very first one, across all of the
/// youth's cases (a hand-over between agencies is a change for the youth too).
/// </summary>
public static class Continuity
{
    /// <summary>The changes counted are those started after this day and on or before <paramref name="asOf"/>.</summary>
    public static DateOnly WindowStart(DateOnly asOf) => asOf.AddMonths(-12);

    public static int PrimaryWorkerChanges(IEnumerable<DateOnly> primaryStarts, DateOnly asOf)
    {
        var from = WindowStart(asOf);
        return primaryStarts.Order().Skip(1).Count(d => d > from && d <= asOf);
    }
}

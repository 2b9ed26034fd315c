namespace Hartline.Features.Shared;

/// <summary>
/// The age bands lists filter by: the ones HART's work turns on (a child under 12, the young teens most
/// often recruited, the 15–17 year-olds near leaving care, adults referred as youth).
/// </summary>
public enum AgeGroup { Under12, From12To14, From15To17, Adult, NotRecorded }

public static class AgeGroups
{
    public static string Label(AgeGroup band) => DisplayNames.Of(band);

    /// <summary>
    /// The dates of birth of a band on <paramref name="today"/>, as a range a query can use on an index:
    /// born after <c>After</c> (exclusive) and on or before <c>OnOrBefore</c>. Null bounds are open.
    /// </summary>
    public static (DateOnly? After, DateOnly? OnOrBefore) BirthDates(AgeGroup band, DateOnly today) => band switch
    {
        AgeGroup.Under12 => (today.AddYears(-12), null),
        AgeGroup.From12To14 => (today.AddYears(-15), today.AddYears(-12)),
        AgeGroup.From15To17 => (today.AddYears(-18), today.AddYears(-15)),
        AgeGroup.Adult => (null, today.AddYears(-18)),
        _ => (null, null),
    };

    /// <summary>
    /// Whether a date of birth, as a day number (-1 when not recorded), is in the band on <paramref name="today"/>:
    /// the lists test it in memory, since the database holds the dates of birth encrypted.
    /// </summary>
    /// <summary>The band's dates of birth as a range of day numbers, ends included (not recorded: -1 to -1).</summary>
    public static (int First, int Last) BirthDays(AgeGroup band, DateOnly today)
    {
        if (band == AgeGroup.NotRecorded) return (-1, -1);
        var (after, onOrBefore) = BirthDates(band, today);
        return (after is { } a ? a.DayNumber + 1 : 0, onOrBefore?.DayNumber ?? int.MaxValue);
    }

    public static Func<int, bool> Holds(AgeGroup band, DateOnly today)
    {
        if (band == AgeGroup.NotRecorded) return day => day < 0;
        var (after, onOrBefore) = BirthDates(band, today);
        int low = after?.DayNumber ?? int.MinValue, high = onOrBefore?.DayNumber ?? int.MaxValue;
        return day => day >= 0 && day > low && day <= high;
    }
}

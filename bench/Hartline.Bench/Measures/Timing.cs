using System.Diagnostics;

namespace Hartline.Bench.Measures;

/// <summary>One run, for work too long to repeat (deduplicating a million records).</summary>
public sealed record TimedOnce<T>(T Result, double Ms, double AllocatedMb, double PeakWorkingSetMb);

public sealed record Timed<T>(T Result, double FirstMs, IReadOnlyList<double> Ms, double AllocatedMbPerRun, double PeakWorkingSetMb)
{
    public double Median => Ms.Order().ElementAt(Ms.Count / 2);
    public double Min => Ms.Min();
}

/// <summary>One warm-up run (reported as the first, cold time), then <c>runs</c> timed runs.</summary>
internal static class Timing
{
    public static async Task<Timed<T>> MeasureAsync<T>(Func<Task<T>> run, int runs)
    {
        Settle();

        var clock = Stopwatch.StartNew();
        var result = await run();
        var firstMs = clock.Elapsed.TotalMilliseconds;

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            result = await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0) / runs;
        return new Timed<T>(result, firstMs, times, allocatedMb, PeakMemory.Megabytes());
    }

    /// <summary>Times one run of <paramref name="run"/>, with its managed allocation and its own peak resident set.</summary>
    public static TimedOnce<T> Once<T>(Func<T> run)
    {
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = run();
        var ms = clock.Elapsed.TotalMilliseconds;
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
        return new TimedOnce<T>(result, ms, allocatedMb, PeakMemory.Megabytes());
    }

    /// <summary>Start each measure from a collected heap and a fresh peak, so figures belong to this measure only.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakMemory.Reset();
    }
}

using System.Diagnostics;

namespace Hartline.Bench.Measures;

/// <summary>
/// The process's peak resident set (VmHWM on Linux). Linux lets a process reset its own peak by writing
/// 5 to /proc/self/clear_refs, so each measure reports its own peak rather than the fill's.
/// </summary>
internal static class PeakMemory
{
    public static bool Reset()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    public static double Megabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        }
        catch (IOException) { }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}

using System.Diagnostics;
using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Shows the engine's progress on stderr: every new stage, then at most every two seconds. Written
/// synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool) so lines come out in
/// order and the stdout JSON lines stay clean.
/// </summary>
internal sealed class ProgressLog(TextWriter log) : IProgress<DedupeProgress>
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _stage;
    private TimeSpan _last;

    public void Report(DedupeProgress value)
    {
        lock (_gate)
        {
            if (value.Stage == _stage && _clock.Elapsed - _last < TimeSpan.FromSeconds(2)) return;
            _stage = value.Stage;
            _last = _clock.Elapsed;
            var share = value.Total > 0 ? $" ({100.0 * value.Done / value.Total:F0}%)" : "";
            log.WriteLine($"bench: {_clock.Elapsed.TotalSeconds,6:F1}s {value.Stage}: {value.Done:N0}/{value.Total:N0}{share}");
        }
    }
}

using System.Diagnostics;

namespace Hartline.Linkage;

/// <summary>Times the stages of a batch run and reports their progress.</summary>
internal sealed class Stages(IProgress<DedupeProgress>? progress)
{
    private readonly Dictionary<string, TimeSpan> _times = [];
    private readonly Stopwatch _watch = new();
    private string _stage = "";
    private long _total;

    public IReadOnlyDictionary<string, TimeSpan> Times => _times;

    public void Start(string stage, long total)
    {
        _stage = stage;
        _total = total;
        _watch.Restart();
        progress?.Report(new DedupeProgress(stage, 0, total));
    }

    public void Report(long done) => progress?.Report(new DedupeProgress(_stage, done, _total));

    public void Finish(long done)
    {
        _times[_stage] = _watch.Elapsed;
        progress?.Report(new DedupeProgress(_stage, done, _total));
    }
}

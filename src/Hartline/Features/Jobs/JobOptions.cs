namespace Hartline.Features.Jobs;

/// <summary>
/// <c>Hartline:Jobs</c>: where results go (a folder every node shares, like the keys folder), how often an idle runner
/// looks for work, how long a claim holds without news from its runner, and whether this node runs jobs at all.
/// </summary>
public sealed class JobOptions
{
    public string Directory { get; set; } = Path.GetFullPath("data/jobs");
    public double PollSeconds { get; set; } = 5;
    /// <summary>A runner renews its lease three times within it; a node that dies leaves the job to another after it.</summary>
    public double LeaseSeconds { get; set; } = 60;
    public bool Run { get; set; } = true;
    /// <summary>
    /// Days a finished job's file is kept: a de-identified export is still sensitive, and a copy left on the server for
    /// years is one more to lose. The job stays listed, marked as removed.
    /// </summary>
    public double KeepDays { get; set; } = 7;

    /// <summary>Starts a job gets before it is given up: one that brings its node down must not bring every node down in turn.</summary>
    public const int MaxAttempts = 3;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);
    public TimeSpan Keep => TimeSpan.FromDays(KeepDays);
}

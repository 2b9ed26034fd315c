namespace Hartline.Features.Jobs;

/// <summary>
/// Work too long for a request (an export of every case, later imports), run by <see cref="JobRunner"/> on whichever
/// node claims it first. Not audited as an entity: its progress and lease change every few seconds, and the trail would
/// fill with them; the request and each download are audited as events instead.
/// </summary>
public sealed class BackgroundJob
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Which <see cref="IJobHandler"/> runs it ("case-export").</summary>
    public required string Kind { get; set; }
    /// <summary>Null when the system asked (the command line).</summary>
    public Guid? RequestedById { get; set; }
    public Guid? RequestedByAgencyId { get; set; }
    /// <summary>The handler's own settings, as JSON; "{}" when it has none.</summary>
    public string Parameters { get; set; } = "{}";
    public JobState State { get; set; } = JobState.Queued;
    public long Done { get; set; }
    /// <summary>Null until the handler knows how much there is.</summary>
    public long? Total { get; set; }
    /// <summary>The runner holding the job; another may take it over once <see cref="LeaseExpiresAt"/> has passed.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    /// <summary>How many times a runner has started it: a job that keeps killing its node is given up.</summary>
    public int Attempts { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RequestedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>The finished file's name in the jobs folder; set only once the file is complete.</summary>
    public string? ResultFile { get; set; }
    /// <summary>Why it failed, in plain words for the person who asked: never an exception's text or a stack trace.</summary>
    public string? Failure { get; set; }
}

public enum JobState { Queued, Running, Finished, Failed }

using Hartline.Security;

namespace Hartline.Features.Jobs;

/// <summary>
/// One kind of background job. Registered as scoped <see cref="IJobHandler"/>; the runner picks it by <see cref="Kind"/>
/// and gives it a fresh scope for each run, acting as the person who asked.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>The result file's extension and type ("csv", "text/csv").</summary>
    string FileExtension { get; }
    string ContentType { get; }

    /// <summary>Whether this person may start it, see it and download its result; checked again when it runs and at each download.</summary>
    bool MayRun(Actor actor);

    /// <summary>
    /// Does the work, writing the result to <see cref="JobRun.Output"/> and reporting progress as it goes. Throw
    /// <see cref="JobFailedException"/> to fail with words for the person who asked; any other exception fails the job
    /// with a general message (the details go to the log only).
    /// </summary>
    Task RunAsync(JobRun run, CancellationToken ct);
}

/// <summary>What a handler is given: who asked, their settings, where to write, and how to say how far it has got.</summary>
public sealed class JobRun(Guid jobId, Actor actor, string parameters, Stream output, Func<long, long?, CancellationToken, Task> progress)
{
    public Guid JobId { get; } = jobId;
    public Actor Actor { get; } = actor;
    public string Parameters { get; } = parameters;
    /// <summary>A temporary file: it becomes the result only when the handler returns.</summary>
    public Stream Output { get; } = output;

    /// <summary>Records progress (and keeps the runner's lease); call it every page or so, not every row.</summary>
    public Task ReportAsync(long done, long? total, CancellationToken ct) => progress(done, total, ct);
}

/// <summary>A failure the person who asked can act on; its message is shown to them as it is.</summary>
public sealed class JobFailedException(string plainMessage) : Exception(plainMessage);

using Hartline.Features.Jobs;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Jobs;

/// <summary>The app with a jobs folder of its own, and a runner that looks for work often (tests wait on it).</summary>
public class JobsApp : HartlineApp
{
    public string JobsFolder => Path.Combine(Database.Folder, "jobs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hartline:Jobs:Directory", JobsFolder);
        builder.UseSetting("Hartline:Jobs:PollSeconds", "0.2");
        // Pages of three cases: every export here reads many pages, so the keyset paging is what is tested.
        builder.UseSetting("Hartline:CaseExport:PageSize", "3");
    }
}

/// <summary>
/// The app with kinds of job made for the tests and no runner of its own: each test drives runners by hand, so that a
/// race or a takeover happens when the test says.
/// </summary>
public sealed class HandRunJobsApp : JobsApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hartline:Jobs:Run", "false");
        builder.ConfigureTestServices(s =>
        {
            s.AddScoped<IJobHandler, WritesLines>();
            s.AddScoped<IJobHandler, Breaks>();
            s.AddScoped<IJobHandler, Refuses>();
        });
    }
}

/// <summary>Writes three lines, reporting progress after each.</summary>
internal sealed class WritesLines : TestHandler
{
    public const string Name = "test-lines";
    public override string Kind => Name;

    public override async Task RunAsync(JobRun run, CancellationToken ct)
    {
        await using var writer = new StreamWriter(run.Output, leaveOpen: true);
        for (var i = 1; i <= 3; i++)
        {
            await writer.WriteLineAsync($"line {i}");
            await run.ReportAsync(i, 3, ct);
        }
    }
}

/// <summary>Fails as a bug would: with an exception whose text must never reach the person who asked.</summary>
internal sealed class Breaks : TestHandler
{
    public const string Name = "test-breaks";
    public const string Secret = "Npgsql: relation \"secret_table\" does not exist at Hartline.Something.Run()";
    public override string Kind => Name;

    public override Task RunAsync(JobRun run, CancellationToken ct) => throw new InvalidOperationException(Secret);
}

/// <summary>Fails with words meant for the person who asked.</summary>
internal sealed class Refuses : TestHandler
{
    public const string Name = "test-refuses";
    public const string Words = "There are no cases to export yet.";
    public override string Kind => Name;

    public override Task RunAsync(JobRun run, CancellationToken ct) => throw new JobFailedException(Words);
}

internal abstract class TestHandler : IJobHandler
{
    public abstract string Kind { get; }
    public string FileExtension => "txt";
    public string ContentType => "text/plain";
    public bool MayRun(Actor actor) => true;
    public abstract Task RunAsync(JobRun run, CancellationToken ct);
}

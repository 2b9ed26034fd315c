using System.Diagnostics;

namespace Hartline.Features.People.Deduplication;

/// <summary>
/// Builds the registry index when the server starts, behind the pages, instead of on the first search: with names
/// and dates of birth encrypted in the database, the index in memory is what searches by name and sorts lists by
/// youth, and reading a million youth (each name decrypted) takes long enough that the first user should not wait
/// for it. Says how long it took, which the load benchmark reads.
/// </summary>
public static class RegistryWarmup
{
    public const string ReadyLine = "Registry index ready";

    public static void Start(IServiceProvider services, CancellationToken stopping)
    {
        var registry = services.GetRequiredService<RegistryIndex>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Hartline.Registry");
        _ = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var youth = (await registry.FactsAsync(stopping)).Count;
                var memory = GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024);
                log.LogInformation("{Ready}: {Youth} youth in {Seconds:F1} s ({Memory} MB managed memory in use)", ReadyLine, youth, clock.Elapsed.TotalSeconds, memory);
            }
            catch (OperationCanceledException) { }
            catch (Exception e)
            {
                log.LogWarning(e, "Building the registry index at start failed; it is built at the first search instead.");
            }
        }, stopping);
    }
}

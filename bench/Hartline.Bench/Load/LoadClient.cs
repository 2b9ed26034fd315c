using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Hartline.Bench.Load;

/// <param name="Slowest">The slowest requests with their paths, slowest first: where a tail comes from.</param>
public sealed record LoadResult(long Requests, long Ok, long Errors, double Seconds, double[] SortedMs,
    IReadOnlyDictionary<string, long> ErrorKinds, IReadOnlyList<(double Ms, string Path)> Slowest)
{
    public double ReqS => Requests / Seconds;
    public double Percentile(double p) => SortedMs.Length == 0 ? 0 : SortedMs[Math.Min(SortedMs.Length - 1, (int)Math.Ceiling(p * SortedMs.Length) - 1)];
}

/// <summary>
/// A signed-in HTTP client with a fixed number of connections, each carrying one request at a time.
/// Loopback only, bounded by time: it cannot be pointed at anything but the server it started.
/// </summary>
internal sealed class LoadClient(Uri server, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };

    /// <param name="authenticatorKey">The user's authenticator key: each sign-in sends a fresh code made from it.</param>
    public async Task SignInAsync(string email, string password, string authenticatorKey)
    {
        var response = await _http.PostAsJsonAsync("/api/v1/session", new { email, password, code = await BenchCodes.NextAsync(authenticatorKey) });
        if (response.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Runs for <paramref name="seconds"/>. Without <paramref name="rate"/> every connection sends its next
    /// request as soon as the last is answered; with it, request i is due at i/rate seconds and its time
    /// is counted from then, so waiting for a free connection counts as latency (no coordinated omission).
    /// </summary>
    private const int SlowestKept = 8;

    public async Task<LoadResult> RunAsync(Func<Random, string> path, double seconds, int? rate)
    {
        var clock = Stopwatch.StartNew();
        var end = (long)(seconds * Stopwatch.Frequency);
        long next = -1, ok = 0, errors = 0;
        var kinds = new ConcurrentDictionary<string, long>();
        var perWorker = new List<double>[connections];
        var slowest = new PriorityQueue<string, double>(); // the slowest few kept, the quickest of them on top

        async Task Worker(int w)
        {
            var random = new Random(w * 7919 + Environment.TickCount);
            var times = perWorker[w] = new List<double>(4096);
            var sink = new byte[16 * 1024];
            while (true)
            {
                long due;
                if (rate is { } r)
                {
                    due = Interlocked.Increment(ref next) * Stopwatch.Frequency / r;
                    // A server that falls behind gets no more than the measure's time: what was not sent is not counted.
                    if (due >= end || clock.ElapsedTicks >= end) return;
                    var wait = (due - clock.ElapsedTicks) * 1000 / Stopwatch.Frequency;
                    if (wait > 0) await Task.Delay((int)wait);
                }
                else
                {
                    due = clock.ElapsedTicks;
                    if (due >= end) return;
                }
                var url = "";
                try
                {
                    // The body is read to its end, as a browser would, but into one reused buffer and dropped: the
                    // client shares the 2 cores with the server, so it should spend as little as it can.
                    url = path(random);
                    using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using (var body = await response.Content.ReadAsStreamAsync())
                        while (await body.ReadAsync(sink) > 0) { }
                    if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref ok);
                    else
                    {
                        Interlocked.Increment(ref errors);
                        kinds.AddOrUpdate(((int)response.StatusCode).ToString(), 1, (_, n) => n + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    kinds.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
                var ms = (clock.ElapsedTicks - due) * 1000.0 / Stopwatch.Frequency;
                times.Add(ms);
                lock (slowest)
                {
                    if (slowest.Count < SlowestKept) slowest.Enqueue(url, ms);
                    else if (slowest.TryPeek(out _, out var quickest) && ms > quickest) slowest.EnqueueDequeue(url, ms);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => Worker(w))));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = perWorker.SelectMany(t => t).ToArray();
        Array.Sort(all);
        var kept = slowest.UnorderedItems.Select(x => (x.Priority, x.Element)).OrderByDescending(x => x.Priority).ToList();
        return new LoadResult(all.Length, ok, errors, elapsed, all, kinds, kept);
    }

    public void Dispose() => _http.Dispose();
}

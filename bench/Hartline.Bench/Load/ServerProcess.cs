using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Hartline.Bench.Load;

/// <summary>
/// The real server as a process of its own (<c>dotnet hartline.dll serve</c>) on a free loopback port,
/// so the load client and the server do not share a runtime, a GC or a thread pool.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    public Uri BaseAddress { get; }

    /// <summary>CPU the server has used so far (user + system): divided by requests, the steady measure on a shared machine.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    private ServerProcess(Process process, string folder, Uri address) => (_process, _folder, BaseAddress) = (process, folder, address);

    /// <summary>The server's "Registry index ready" line, and how long after the process started it came.</summary>
    public (string Line, TimeSpan After)? RegistryReady { get; private set; }

    public static async Task<ServerProcess> StartAsync(string dll, string dbPath, TextWriter log)
    {
        var port = FreePort();
        // Its own working folder: the data-protection keys land there, not in the repository.
        var folder = Directory.CreateTempSubdirectory("hartline-load-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", $"sqlite:{dbPath}" }) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var started = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var made = new ServerProcess(process, folder, new Uri($"http://127.0.0.1:{port}"));
        // Drain its output so a chatty server never blocks on a full pipe; keep errors for the log, and the index's ready line.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Contains(Hartline.Features.People.Deduplication.RegistryWarmup.ReadyLine))
                made.RegistryReady = (line, started.Elapsed);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) log.WriteLine($"server: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = made;
        using var probe = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with code {process.ExitCode}");
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException("the server did not answer /health within 2 minutes");
    }

    /// <summary>Waits for the server's registry index (built behind the pages from its start) and says how long it took.</summary>
    public async Task<RegistryStartLine> RegistryStartAsync(TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (RegistryReady is null && waited.Elapsed < patience && !_process.HasExited) await Task.Delay(100);
        if (RegistryReady is not { } ready) return new RegistryStartLine(0, null, null, null);
        var m = System.Text.RegularExpressions.Regex.Match(ready.Line, @"ready: (\d+) youth in ([\d.]+) s \((\d+) MB");
        return m.Success
            ? new RegistryStartLine(int.Parse(m.Groups[1].Value), Math.Round(ready.After.TotalSeconds, 1),
                double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(m.Groups[3].Value))
            : new RegistryStartLine(0, Math.Round(ready.After.TotalSeconds, 1), null, null);
    }

    /// <summary>SIGTERM first, so the server drains (the audit writer included) as it would in production; killed after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await _process.WaitForExitAsync(wait.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

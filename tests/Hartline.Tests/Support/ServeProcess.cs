using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hartline.Tests.Support;

/// <summary>
/// <c>hartline serve</c> as a process of its own on a free loopback port, as an operator starts a node: its own runtime,
/// its own registry index, its own background jobs, the field keys from the environment it inherits.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];
    public Uri Address { get; }

    private ServeProcess(Process process, Uri address) => (_process, Address) = (process, address);

    /// <summary>What the server wrote to its error stream (for a failing test's message).</summary>
    public string Errors
    {
        get { lock (_errors) return string.Join("\n", _errors.TakeLast(40)); }
    }

    public static async Task<ServeProcess> StartAsync(string database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "hartline.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("hartline-node-").FullName,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", database }) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start hartline serve");
        var node = new ServeProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (node._errors) node._errors.Add(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited) throw new InvalidOperationException($"hartline serve exited with code {process.ExitCode}:\n{node.Errors}");
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return node;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await node.DisposeAsync();
        throw new TimeoutException($"hartline serve did not answer /health within 90 s:\n{node.Errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

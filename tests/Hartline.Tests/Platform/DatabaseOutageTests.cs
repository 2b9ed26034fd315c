using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>
/// PostgreSQL shut down and started again under a running node (as a restart or a failover does): while it is away every
/// request that needs it is answered 503 with a Retry-After and a plain sentence — no 500, no stack trace — and once it is
/// back the node answers as before, without being restarted. The cluster is the test's own (the suite's shared one stays up).
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Requests_while_PostgreSQL_restarts_are_answered_503_with_Retry_After_and_the_node_recovers_by_itself()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "pg-throwaway.sh");
        var folder = Path.Combine(Path.GetTempPath(), $"hartline-outage-{Guid.NewGuid():N}");
        var server = (await RunAsync(script, "start", folder, FreePort().ToString())).Trim();
        try
        {
            var database = $"{server};Database=outage";
            var (migrated, _, err) = await CliRunner.RunCaptured("migrate", "--db", database);
            Assert.True(migrated == 0, err);
            await using var node = await ServeProcess.StartAsync(database, new Dictionary<string, string> { ["Hartline__SignIn__AttemptsPerMinute"] = "100000" });
            using var client = new HttpClient { BaseAddress = node.Address };
            // A sign-in looks the user up: it needs the database, and needs no account to try.
            Task<HttpResponseMessage> SignIn() => client.PostAsJsonAsync("/api/v1/session", new { email = "nobody@example.org", password = "not the password at all", code = "000000" });
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn()).StatusCode);

            await RunAsync(script, "halt", folder);
            foreach (var ask in new Func<Task<HttpResponseMessage>>[] { SignIn, () => client.GetAsync("/health"), SignIn, () => client.GetAsync("/Account/SignIn?ReturnUrl=%2FCases"), SignIn })
            {
                var answer = await ask();
                var body = await answer.Content.ReadAsStringAsync();
                if (answer.StatusCode == HttpStatusCode.OK) continue; // the sign-in page itself needs no database
                Assert.True(answer.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)answer.StatusCode}: {body}\n{node.Errors}");
                Assert.DoesNotContain("Exception", body);
                Assert.DoesNotContain("   at ", body);
                if (answer.RequestMessage!.RequestUri!.AbsolutePath != "/health") Assert.NotNull(answer.Headers.RetryAfter);
            }

            await RunAsync(script, "resume", folder);
            var waited = Stopwatch.StartNew();
            HttpStatusCode status;
            do status = (await SignIn()).StatusCode;
            while (status != HttpStatusCode.Unauthorized && waited.Elapsed < TimeSpan.FromSeconds(30) && await Delay());
            Assert.True(status == HttpStatusCode.Unauthorized, $"still {(int)status} {waited.Elapsed.TotalSeconds:F0} s after PostgreSQL came back\n{node.Errors}");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
        finally
        {
            await RunAsync(script, "stop", folder);
        }
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(500);
        return true;
    }

    private static async Task<string> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', args)}: {error}");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "pg-throwaway.sh"))) return dir.FullName;
        throw new DirectoryNotFoundException("the repository's scripts folder");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

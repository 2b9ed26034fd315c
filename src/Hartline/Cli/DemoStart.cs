using System.Diagnostics;
using Hartline.Data;
using Hartline.Features.Demo;

namespace Hartline.Cli;

/// <summary>
/// <c>serve --demo</c>: the server listens as soon as the schema exists; the demo accounts (a second) and
/// then the caseload load behind it with progress on the console, so a newcomer has a page within seconds.
/// </summary>
internal static class DemoStart
{
    public static async Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct)
    {
        var demoData = services.GetRequiredService<DemoData>();
        var loading = services.GetRequiredService<DemoLoading>();
        var file = DemoLoading.SignInFile(services.GetRequiredService<DatabaseTarget>());
        if (!await demoData.IsLoadedAsync(ct))
        {
            // Accounts and cases are both made behind the server: the first page answers as soon as the schema exists.
            loading.Start([]);
            loading.Report(new DemoProgress(0, 0));
            app.Lifetime.ApplicationStarted.Register(() =>
                _ = Task.Run(() => LoadAsync(app.Services, loading, file, app.Lifetime.ApplicationStopping)));
            return;
        }
        loading.Start(DemoLoading.Read(file));
        if (await demoData.IsCaseloadCompleteAsync(ct))
            Console.WriteLine("Demo data is already loaded; the sign-in page lists the demo accounts.");
        else
        {
            const string interrupted = "The demo cases did not finish loading when this demo was first started. " +
                "Stop the server, delete the data folder (or the --db file) and start again.";
            Console.WriteLine(interrupted);
            loading.Fail(interrupted);
        }
    }

    private static async Task LoadAsync(IServiceProvider services, DemoLoading loading, string file, CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        var lastShown = -1;
        var progress = new InlineProgress(p =>
        {
            loading.Report(p);
            // A line per tenth, not per referral: the console should read like a progress report.
            var tenth = p.Total == 0 ? 0 : 10 * p.Referrals / p.Total;
            if (tenth == lastShown) return;
            lastShown = tenth;
            Console.WriteLine($"Loading the demo cases: {p.Referrals} of {p.Total} referrals…");
        });
        try
        {
            using (var accounts = services.CreateScope())
            {
                var signIns = await accounts.ServiceProvider.GetRequiredService<DemoData>().LoadAccountsAsync(stopping);
                DemoLoading.Save(file, signIns);
                ServeCommand.PrintSignIns(signIns);
                Console.WriteLine("The sign-in page lists these demo accounts too.");
                loading.Start(signIns);
            }
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadCaseloadAsync(progress, stopping);
            loading.Finish();
            Console.WriteLine($"Demo cases loaded in {clock.Elapsed.TotalSeconds:0} s.");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            loading.Fail("The server stopped before the demo cases finished loading.");
        }
        catch (Exception e)
        {
            loading.Fail("The demo data could not be loaded; the console says why.");
            await Console.Error.WriteLineAsync($"hartline: the demo data could not be loaded: {e}");
        }
    }

    /// <summary>Reports on the loading thread, in order (Progress&lt;T&gt; posts to the thread pool and may reorder the lines).</summary>
    private sealed class InlineProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}

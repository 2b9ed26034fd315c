using System.CommandLine;
using Hartline.Data;
using Hartline.Features.Demo;
using Hartline.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Cli;

internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {DefaultUrls})" };
        var demo = new Option<bool>("--demo") { Description = "Load demo agencies, users and cases on first start and print the passwords" };
        var command = new Command("serve", "Run the web UI and the JSON API") { urls, demo };
        command.SetAction((parsed, ct) => ServeAsync(parsed.GetValue(HartlineCli.Db), parsed.GetValue(urls) ?? DefaultUrls, parsed.GetValue(demo), ct));
        return command;
    }

    public static async Task<int> ServeAsync(string? db, string? urls, bool demo, CancellationToken ct, string[]? configuration = null)
    {
        WebApplication app;
        try
        {
            app = HartlineHost.Build(configuration ?? [], db, urls);
            if (!demo) await PrepareAsync(app, demo, ct);
        }
        catch (Exception e) when (e is FormatException or UsageException or Data.Protection.MissingFieldKeysException)
        {
            await Console.Error.WriteLineAsync($"hartline: {e.Message}");
            return HartlineCli.BadInput;
        }
        app.UseHartline();
        if (!demo)
        {
            Features.People.Deduplication.RegistryWarmup.Start(app.Services, app.Lifetime.ApplicationStopping);
            await app.RunAsync();
            return HartlineCli.Ok;
        }

        // A newcomer's first page should not wait for a new database's schema: the demo listens first and
        // answers "preparing" (DatabaseReadiness) until the schema exists; the demo data then loads behind the pages.
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        readiness.Preparing();
        await app.StartAsync(ct);
        try
        {
            await PrepareAsync(app, demo, ct);
        }
        catch (Exception e) when (e is FormatException or UsageException or Data.Protection.MissingFieldKeysException)
        {
            await Console.Error.WriteLineAsync($"hartline: {e.Message}");
            await app.StopAsync(CancellationToken.None);
            return HartlineCli.BadInput;
        }
        readiness.Ready();
        Features.People.Deduplication.RegistryWarmup.Start(app.Services, app.Lifetime.ApplicationStopping);
        await app.WaitForShutdownAsync(ct);
        return HartlineCli.Ok;
    }

    /// <summary>
    /// The demo's regions, agencies and cases are Connecticut's: under another jurisdiction they fail half-way,
    /// after the demo users were saved. Refused before anything is written.
    /// </summary>
    internal static void RefuseDemoElsewhere(IServiceProvider services, string what)
    {
        var jurisdiction = services.GetRequiredService<Jurisdictions.Jurisdiction>();
        if (jurisdiction.Code != DemoData.Jurisdiction)
            throw new UsageException($"{what}: the demo data is Connecticut's and cannot be loaded under {jurisdiction.Name}.");
    }

    /// <summary>Brings the schema up to date, then loads demo data or says how to add the first user.</summary>
    private static async Task PrepareAsync(WebApplication app, bool demo, CancellationToken ct)
    {
        if (demo) Console.WriteLine("Hartline demo: preparing the database…");
        await DatabasePreparation.PrepareAsync(app, ct);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();

        if (demo)
        {
            RefuseDemoElsewhere(scope.ServiceProvider, "--demo");
            await DemoStart.PrepareAsync(app, scope.ServiceProvider, ct);
        }
        else if (!await db.Users.AnyAsync(ct))
        {
            Console.WriteLine("No users yet. Create the first Administrator with:");
            Console.WriteLine("  hartline users add --email you@example.org --agency \"HART Coordination\" --role Administrator");
        }
    }

    internal static void PrintSignIns(IReadOnlyList<DemoSignIn> signIns)
    {
        // Every demo user signs in with a code too: the otpauth address goes into an authenticator app (or a script).
        Console.WriteLine("Demo sign-ins (passwords and authenticator keys are shown only this once):");
        foreach (var s in signIns) Console.WriteLine($"  {s.Role,-15} {s.Email,-24} {s.Password}   ({s.Agency})   {s.OtpAuthUri ?? "(two-factor set up at first sign-in)"}");
    }
}

using System.CommandLine;
using Hartline.Hosting;

namespace Hartline.Cli;

/// <summary>
/// Command wiring only: each command builds the shared host and calls feature services.
/// Exit codes: 0 ok, 1 failed, 2 bad arguments or bad input.
/// </summary>
public static class HartlineCli
{
    public const int Ok = 0, Failed = 1, BadInput = 2;

    internal static readonly Option<string?> Db = new("--db")
    {
        Description = "sqlite:PATH or a PostgreSQL connection string (default: HARTLINE_DB, else sqlite:data/hartline.db)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        // No command, only ASP.NET configuration overrides (--Key=value, as WebApplicationFactory starts
        // us): serve, handing the overrides to the host.
        if (args.All(a => a.StartsWith("--") && a.Contains('=')))
            return await ServeCommand.ServeAsync(null, null, demo: false, CancellationToken.None, args);

        var root = new RootCommand("Hartline: case coordination and data for anti-trafficking response teams.")
        {
            ServeCommand.Create(), MigrateCommand.Create(), SeedDemoCommand.Create(), UsersCommand.Create(), ReportCommand.Create(),
            DedupeCommand.Create(), PprlCommand.Create(), ReferralsCommand.Create(), DirectoryCommand.Create(),
            ExportCommand.Create(), KeysCommand.Create(), AuditCommand.Create(),
        };
        root.Options.Add(Db);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await Console.Error.WriteLineAsync($"hartline: {error.Message}");
            await Console.Error.WriteLineAsync("Run 'hartline --help' for the commands and their options.");
            return BadInput;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>Runs a command body, mapping bad input to exit 2 and other failures to exit 1, with a message.</summary>
    internal static async Task<int> Guard(Func<Task<int>> body)
    {
        try { return await body(); }
        catch (Exception e) when (e is UsageException or FormatException or ArgumentException or Data.Protection.MissingFieldKeysException)
        {
            await Console.Error.WriteLineAsync($"hartline: {e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"hartline: failed: {e.Message}");
            return Failed;
        }
    }

    /// <summary>
    /// Builds the shared host for a command. Commands that write (<paramref name="prepare"/>) bring the
    /// schema up to date first, as serve does; read-only commands refuse a database that was never created.
    /// </summary>
    internal static async Task<WebApplication> BuildHostAsync(ParseResult parsed, bool prepare, CancellationToken ct)
    {
        var app = HartlineHost.Build([], parsed.GetValue(Db));
        var target = app.Services.GetRequiredService<Data.DatabaseTarget>();
        if (!prepare && target.SqliteFile is { } file && !File.Exists(file))
            throw new UsageException($"--db: there is no database at {Path.GetFullPath(file)}; run 'hartline migrate' (or serve) first.");
        if (prepare) await DatabasePreparation.PrepareAsync(app, ct);
        // Entity Framework builds its model of the database on a command's first query, about a second on a cold start:
        // built now on the other core, it is ready (or nearly) by the time the command has read its options and asks.
        _ = Task.Run(() =>
        {
            try
            {
                using var scope = app.Services.CreateScope();
                _ = scope.ServiceProvider.GetRequiredService<Data.HartlineDb>().Model;
            }
            catch (ObjectDisposedException)
            {
                // the command ended first (a usage error): nothing was waiting for the model
            }
        }, ct);
        return app;
    }
}

using System.CommandLine;
using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Hosting;

namespace Hartline.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or update the database schema (SQLite or PostgreSQL)");
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = HartlineHost.Build([], parsed.GetValue(HartlineCli.Db));
            using var scope = app.Services.CreateScope();
            var target = scope.ServiceProvider.GetRequiredService<DatabaseTarget>();
            await target.MigrateAsync(scope.ServiceProvider.GetRequiredService<HartlineDb>(), ct);
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<Features.Services.Directory.DirectoryTaxonomies>().EnsureAsync(ct);
            Console.WriteLine($"Database is up to date ({target.Provider}).");
            return HartlineCli.Ok;
        }));
        return command;
    }
}

using Hartline.Data;
using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Cli;

internal static class DatabasePreparation
{
    /// <summary>
    /// Applies migrations (always on SQLite; on PostgreSQL only with Hartline:AutoMigrate, since several
    /// app nodes share one database and 'hartline migrate' is the deliberate step) and makes sure the
    /// roles exist.
    /// </summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        var target = scope.ServiceProvider.GetRequiredService<DatabaseTarget>();
        var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
        if (target.Provider == DatabaseProvider.Sqlite || app.Configuration.GetValue<bool>("Hartline:AutoMigrate"))
            await target.MigrateAsync(db, ct);
        else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            throw new UsageException("the PostgreSQL database is not up to date: run 'hartline migrate --db …' first.");
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
        await scope.ServiceProvider.GetRequiredService<Features.Services.Directory.DirectoryTaxonomies>().EnsureAsync(ct);
    }
}

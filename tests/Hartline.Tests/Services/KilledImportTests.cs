using System.Diagnostics;
using System.Text;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>
/// <c>hartline directory import</c> killed (SIGKILL) while it saves thousands of services: the directory is as it was —
/// not a service of the file in it — and the same import run again saves them all.
/// </summary>
public sealed class KilledImportTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private const int Services = 4_000;

    [Fact]
    public async Task A_directory_import_killed_while_it_saves_leaves_nothing_of_it_and_runs_whole_the_next_time()
    {
        var organization = Guid.NewGuid();
        var services = new StringBuilder("id,organization_id,name,status,minimum_age,maximum_age,description\n");
        for (var i = 0; i < Services; i++) services.Append($"{Guid.NewGuid()},{organization},Drop-in centre {i},active,12,21,\"Meals, showers, a case worker\"\n");
        var folder = new TestPackage()
            .With("organization", "organizations.csv", $"id,name,description\n{organization},Killed Import House,Youth services\n")
            .With("service", "services.csv", services.ToString())
            .WriteTo(Directory.CreateTempSubdirectory("killed-import-").FullName);
        var before = await DirectoryExchange.CountsAsync(app);
        if (app.Database.Target.SqliteFile is not null) // the log emptied first, so what it gains next is the import's
            await app.WithDb(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));

        using (var import = Start(folder))
        {
            // Killed once it is saving: SQLite's write-ahead log grows with the transaction's pages; on PostgreSQL the transaction holds its lock on the services.
            var waited = Stopwatch.StartNew();
            while (!await SavingAsync() && !import.HasExited && waited.Elapsed < TimeSpan.FromSeconds(90)) await Task.Delay(2);
            if (import.HasExited) Assert.Fail($"the import ended (code {import.ExitCode}) before it could be killed while saving");
            import.Kill();
            await import.WaitForExitAsync();
        }
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));
        Assert.Equal(0, await CountAsync());

        using (var again = Start(folder))
        {
            await again.WaitForExitAsync();
            Assert.True(again.ExitCode == 0, await again.StandardError.ReadToEndAsync());
        }
        Assert.Equal(Services, await CountAsync());
    }

    private Task<int> CountAsync() => app.WithScope(sp =>
        sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<Hartline.Features.Services.Directory.Service>().CountAsync(s => s.Name.StartsWith("Drop-in centre ")));

    private long _walAtStart = -1;

    private async Task<bool> SavingAsync()
    {
        if (app.Database.Target.SqliteFile is { } file)
        {
            var wal = new FileInfo(file + "-wal");
            var size = wal.Exists ? wal.Length : 0;
            if (_walAtStart < 0) _walAtStart = size;
            return size > _walAtStart + (1 << 20); // a megabyte of the import's pages written, not yet committed
        }
        return await app.WithScope(async sp => await sp.GetRequiredService<Hartline.Data.HartlineDb>().Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation " +
                "WHERE c.relname = 'DirectoryServices' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()") // held from the first insert to the commit
            .SingleAsync() > 0);
    }

    private Process Start(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "hartline.dll"), "directory", "import", folder, "--db", app.Database.Setting })
            start.ArgumentList.Add(a);
        foreach (var (name, value) in app.FieldKeysEnvironment()) start.Environment[name] = value;
        return Process.Start(start)!;
    }
}

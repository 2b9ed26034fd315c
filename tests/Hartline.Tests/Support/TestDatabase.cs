using Hartline.Data;

namespace Hartline.Tests.Support;

/// <summary>
/// A fresh database for one fixture: a SQLite file in a temp folder, or a new PostgreSQL database on the
/// throwaway cluster that test.sh starts. HARTLINE_TEST_DB=postgres selects PostgreSQL; test.sh runs the
/// whole suite once per provider.
/// </summary>
public sealed class TestDatabase
{
    public static DatabaseProvider Provider =>
        Environment.GetEnvironmentVariable("HARTLINE_TEST_DB") is "postgres" or "postgresql" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("HARTLINE_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public string Folder { get; }
    /// <summary>The value for --db / Hartline:Db.</summary>
    public string Setting { get; }
    public DatabaseTarget Target => DatabaseTarget.Parse(Setting);

    private TestDatabase(string folder, string setting) => (Folder, Setting) = (folder, setting);

    public static TestDatabase Create()
    {
        var folder = Directory.CreateTempSubdirectory("hartline-test-").FullName;
        return Provider == DatabaseProvider.Sqlite
            ? new TestDatabase(folder, $"sqlite:{Path.Combine(folder, "hartline.db")}")
            : new TestDatabase(folder, $"{PostgresServer};Database=hl_{Guid.NewGuid():N};Pooling=true;Include Error Detail=true");
    }

    /// <summary>A context outside any web request, acting as the system.</summary>
    public HartlineDb NewContext() => Target.CreateContext(Target.Options());
}

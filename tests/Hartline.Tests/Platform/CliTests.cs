using Hartline.Cli;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>The CLI in-process: exit codes 0/1/2 and messages that name the argument.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try { return (await HartlineCli.RunAsync(args), o.ToString(), e.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
    }

    [Fact]
    public async Task Migrate_then_users_add_creates_the_agency_and_prints_a_one_time_password()
    {
        var db = TestDatabase.Create();
        var migrate = await Run("migrate", "--db", db.Setting);
        Assert.Equal(0, migrate.Code);
        Assert.Contains("Database is up to date", migrate.Out);
        var (code, output, _) = await Run("users", "add", "--email", "first@hart.example", "--agency", "HART Coordination", "--role", "administrator", "--db", db.Setting);
        Assert.Equal(0, code);
        Assert.Contains("Created agency 'HART Coordination'", output);
        Assert.Matches("One-time password .*: [A-Za-z0-9]{16}", output);
    }

    [Theory]
    [InlineData("--role", "Boss", "--role")]
    [InlineData("--email", "not-an-address", "--email")]
    public async Task Users_add_with_a_bad_argument_exits_2_naming_it(string option, string value, string named)
    {
        var args = new Dictionary<string, string> { ["--email"] = "x@hart.example", ["--agency"] = "HART", ["--role"] = "Analyst" };
        args[option] = value;
        var (code, _, err) = await Run(["users", "add", .. args.SelectMany(a => new[] { a.Key, a.Value }), "--db", TestDatabase.Create().Setting]);
        Assert.Equal(2, code);
        Assert.Contains(named, err);
    }

    [Fact]
    public async Task An_unknown_command_or_a_missing_database_exits_2()
    {
        Assert.Equal(2, (await Run("frobnicate")).Code);
        var missing = $"sqlite:{Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.db")}";
        if (TestDatabase.Provider != Hartline.Data.DatabaseProvider.Sqlite) return; // a missing file is a SQLite notion
        var (code, _, err) = await Run("report", "quarterly", "--quarter", "2019Q3", "--db", missing);
        Assert.Equal(2, code);
        Assert.Contains("--db", err);
    }

    [Fact]
    public async Task A_malformed_db_setting_exits_2_naming_db()
    {
        var (code, _, err) = await Run("migrate", "--db", "mysql://somewhere");
        Assert.Equal(2, code);
        Assert.Contains("--db", err);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

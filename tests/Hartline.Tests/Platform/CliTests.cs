using Hartline.Cli;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>The CLI in-process: exit codes 0/1/2 and messages that name the argument.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.RunCaptured(args);

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

/// <summary>hartline dedupe: the CSV interface other tools rely on (design.md).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DedupeCliTests
{
    private static async Task<(int Code, string Err, string? Output)> Dedupe(string csv, params string[] extra)
    {
        var folder = Directory.CreateTempSubdirectory("dedupe-").FullName;
        var input = Path.Combine(folder, "persons.csv");
        var output = Path.Combine(folder, "clusters.csv");
        await File.WriteAllTextAsync(input, csv);
        var stderr = Console.Error;
        using var e = new StringWriter();
        Console.SetError(e);
        try
        {
            var code = await HartlineCli.RunAsync(["dedupe", "--input", input, "--output", output, .. extra]);
            return (code, e.ToString(), File.Exists(output) ? await File.ReadAllTextAsync(output) : null);
        }
        finally { Console.SetError(stderr); }
    }

    [Fact]
    public async Task Records_of_one_youth_share_a_cluster_and_others_do_not()
    {
        var (code, err, output) = await Dedupe("""
            id,given_name,family_name,dob,sex,postcode,phone
            a1,Guadalupe,Rodriguez,2006-04-07,F,06106,860-555-0101
            a2,Lupe,Rodríguez,2006-07-04,F,06106,(860) 555-0101
            b1,Marcus,Whitfield,2005-11-30,M,06511,203-555-0177
            """);
        Assert.Equal(0, code);
        var rows = output!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("id,cluster_id,probability", output.Split('\n')[0]);
        Assert.Equal(rows["a1"], rows["a2"]);
        Assert.NotEqual(rows["a1"], rows["b1"]);
        Assert.Contains("Persons found:", err);
    }

    [Theory]
    [InlineData("id,dob\nx1,2006-13-01\n", "line 2, column dob")]
    [InlineData("given_name,dob\nAna,2006-01-01\n", "no 'id' column")]
    [InlineData("id,given_name\nx1,Ana\nx1,Ann\n", "line 3, column id: 'x1' already appears on line 2")]
    [InlineData("id,given_name\n,Ana\n", "line 2, column id: the id is empty")]
    public async Task Bad_input_exits_2_naming_the_line_and_column(string csv, string message)
    {
        var (code, err, _) = await Dedupe(csv);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task A_threshold_outside_zero_to_one_exits_2()
    {
        var (code, err, _) = await Dedupe("id\nx\n", "--threshold", "1.5");
        Assert.Equal(2, code);
        Assert.Contains("--threshold", err);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

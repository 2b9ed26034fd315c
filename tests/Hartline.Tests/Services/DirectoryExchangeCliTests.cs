using Hartline.Features.Services.Directory;
using Hartline.Tests.Platform;
using Hartline.Tests.Support;

namespace Hartline.Tests.Services;

/// <summary>hartline directory import / export: exit 0 on success, 2 on bad input with FILE:LINE: column: message, and nothing saved.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DirectoryExchangeCliTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task Import_a_folder_then_export_it_as_csv_and_json()
    {
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var folder = TestPackage.Small(organization, service, phone).WriteTo(Directory.CreateTempSubdirectory("directory-in-").FullName);
        var before = await DirectoryExchange.CountsAsync(app);

        var (dryCode, dryErr) = await CliRunner.Run("directory", "import", folder, "--dry-run", "--db", app.Database.Setting);
        Assert.True(dryCode == 0, dryErr);
        Assert.Contains("it can be imported (--dry-run: nothing was saved)", dryErr);
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));

        var (code, err) = await CliRunner.Run("directory", "import", folder, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        Assert.Matches(@"Services\s+1\s+0\s+0", err);
        Assert.Equal("Shelter beds", (await DirectoryExchange.Find<Service>(app, service)).Name);

        var output = Path.Combine(Directory.CreateTempSubdirectory("directory-out-").FullName, "export");
        var (exported, exportErr) = await CliRunner.Run("directory", "export", "--out", output, "--db", app.Database.Setting);
        Assert.True(exported == 0, exportErr);
        Assert.Equal(15, Directory.GetFiles(output).Length);
        Assert.Contains($"{service},{organization},,Shelter beds,", await File.ReadAllTextAsync(Path.Combine(output, "services.csv")));

        // An earlier export is replaced only when asked.
        var (again, againErr) = await CliRunner.Run("directory", "export", "--out", output, "--db", app.Database.Setting);
        Assert.Equal(2, again);
        Assert.Contains("--out: ", againErr);
        Assert.Contains("already holds datapackage.json and 14 more of the files this export writes; add --force", againErr);
        Assert.Equal(0, (await CliRunner.Run("directory", "export", "--out", output, "--force", "--db", app.Database.Setting)).Code);

        var (json, jsonErr) = await CliRunner.Run("directory", "export", "--out", output, "--format", "json", "--db", app.Database.Setting);
        Assert.True(json == 0, jsonErr);
        Assert.Contains("\"name\": \"Shelter beds\"", await File.ReadAllTextAsync(Path.Combine(output, "services.json")));
        Assert.Equal(2, (await CliRunner.Run("directory", "export", "--out", output, "--format", "xml", "--db", app.Database.Setting)).Code);

        // The data package exported imports again, as it is.
        var (back, backErr) = await CliRunner.Run("directory", "import", Path.Combine(output, "datapackage.json"), "--db", app.Database.Setting);
        Assert.True(back == 0, backErr);
        Assert.Contains("Nothing to import: everything in", backErr);
    }

    [Fact]
    public async Task Bad_input_exits_2_with_one_problem_a_line_and_saves_nothing()
    {
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var package = TestPackage.Small(organization, service, phone);
        package.Files["services.csv"] = package.Files["services.csv"].Replace(",12,17,", ",-3,17,").Replace(",active,", ",open,");
        var folder = package.WriteTo(Directory.CreateTempSubdirectory("directory-bad-").FullName);
        var before = await DirectoryExchange.CountsAsync(app);

        var (code, err) = await CliRunner.Run("directory", "import", folder, "--db", app.Database.Setting);
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("services.csv:2: status: 'open' is not one of: active, inactive, defunct, temporarily closed", lines);
        Assert.Contains("services.csv:2: minimum_age: must be a whole number from 0 to 120: '-3' is not", lines);
        Assert.Contains(lines, l => l.StartsWith("hartline: ") && l.EndsWith("was not imported: 2 problems (listed above); nothing was saved."));
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));

        var missing = Path.Combine(folder, "nowhere.zip");
        var (none, noneErr) = await CliRunner.Run("directory", "import", missing, "--db", app.Database.Setting);
        Assert.Equal(2, none);
        Assert.Contains($"nowhere.zip: there is no file or folder {missing}", noneErr);
        var empty = Directory.CreateTempSubdirectory("directory-empty-").FullName;
        Assert.Contains("datapackage.json: not found in the folder", (await CliRunner.Run("directory", "import", empty, "--db", app.Database.Setting)).Err);
    }
}

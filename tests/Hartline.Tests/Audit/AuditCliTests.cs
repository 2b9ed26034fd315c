using Hartline.Tests.Support;

namespace Hartline.Tests.Audit;

/// <summary>hartline audit verify / seal / archive, in-process: exit 0 on an intact trail, 1 at tampering, 2 for bad arguments.</summary>
[Collection(Platform.ConsoleCollection.Name)]
public sealed class AuditCliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.RunCaptured(args);

    [Fact]
    public async Task Audit_verify_says_intact_then_names_an_edited_event_with_exit_1_and_archive_checks_its_input()
    {
        var db = TestDatabase.Create();
        Assert.Equal(0, (await Run("migrate", "--db", db.Setting)).Code);
        Assert.Equal(0, (await Run("users", "add", "--email", "chain@hart.example", "--agency", "HART Chain", "--role", "administrator", "--db", db.Setting)).Code);
        var seal = await Run("audit", "seal", "--db", db.Setting);
        Assert.Equal(0, seal.Code);
        Assert.Matches(@"[1-9]\d* events chained", seal.Out);
        var intact = await Run("audit", "verify", "--db", db.Setting);
        Assert.Equal(0, intact.Code);
        Assert.Contains("The audit trail is intact", intact.Out);
        Assert.Matches(@"Head: \d+:", intact.Out);

        await using (var context = db.NewContext())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(context.Database,
                "UPDATE \"AuditEvents\" SET \"Details\" = '{{}}' WHERE \"Seq\" = 1");
        var broken = await Run("audit", "verify", "--db", db.Setting);
        Assert.Equal(1, broken.Code);
        Assert.Contains("tampered with: edited", broken.Out);
        Assert.Contains("event 1 ", broken.Out);

        var badDate = await Run("audit", "archive", "--out", Path.Combine(db.Folder, "a.jsonl"), "--before", "31/12/2019", "--db", db.Setting);
        Assert.Equal((2, true), (badDate.Code, badDate.Err.Contains("--before: '31/12/2019' is not a date")));
        var archive = Path.Combine(db.Folder, "all.jsonl");
        var archived = await Run("audit", "archive", "--out", archive, "--before", "2099-01-01", "--db", db.Setting);
        Assert.Equal(0, archived.Code);
        Assert.Contains("Archived events 1 to", archived.Out);
        var again = await Run("audit", "archive", "--out", archive, "--before", "2099-01-01", "--db", db.Setting);
        Assert.Equal((2, true), (again.Code, again.Err.Contains("exists already")));
        // The edited event went into the archive as it was: the file's check names it.
        var file = await Run("audit", "verify", "--archive", archive, "--db", db.Setting);
        Assert.Equal(1, file.Code);
        Assert.Contains("event 1 was edited", file.Out);
    }
}

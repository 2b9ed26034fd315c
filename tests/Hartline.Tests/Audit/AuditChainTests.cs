using Hartline.Data;
using Hartline.Security.Audit;
using Hartline.Security.Audit.Chain;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Audit;

/// <summary>
/// The audit trail's tamper evidence: every event sealed as written and chained once, whoever chains at the same time;
/// an edited, inserted or deleted event named by verify; retention moving old events into an archive file that verifies
/// on its own while the events left chain on. Each test tampers with a database of its own.
/// </summary>
public sealed class AuditChainTests
{
    private static async Task<TestDatabase> NewDatabaseAsync()
    {
        var database = TestDatabase.Create();
        await using var db = database.NewContext();
        await database.Target.MigrateAsync(db);
        return database;
    }

    /// <summary>Events as the application writes them: through a context's save, which seals each.</summary>
    private static async Task WriteAsync(TestDatabase database, int count, DateTime? at = null, string tag = "e")
    {
        await using var db = database.NewContext();
        for (var i = 0; i < count; i++)
            db.AuditEvents.Add(new AuditEvent
            {
                At = (at ?? DateTime.UtcNow).AddMilliseconds(i), Actor = "worker@hart.example", Action = AuditAction.Read,
                EntityType = "Case", EntityId = Guid.NewGuid().ToString(), Purpose = $"{tag}{i}", Details = "{\"shown\":[\"Zoë – ✓\"]}",
            });
        await db.SaveChangesAsync();
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await AuditVerifier.VerifyAsync(db, default);
    }

    private static async Task SealAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        await AuditChain.SealAllAsync(db, default);
    }

    private static async Task SqlAsync(TestDatabase database, string sql, params object[] args)
    {
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql, args);
    }

    [Fact]
    public async Task Events_written_and_chained_at_the_same_time_are_each_chained_once_in_one_unbroken_chain()
    {
        var database = await NewDatabaseAsync();
        // Three writers and two sealers at once, as two nodes would: the chain's lock takes the passes in turn.
        var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            for (var round = 0; round < 5; round++) await WriteAsync(database, 10, tag: $"w{w}r{round}-");
        }));
        var sealers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var round = 0; round < 10; round++) await SealAsync(database);
        }));
        await Task.WhenAll(writers.Concat(sealers));
        await SealAsync(database);

        await using (var db = database.NewContext())
        {
            var places = await db.AuditEvents.Select(e => e.Seq).ToListAsync();
            Assert.Equal(150, places.Count);
            Assert.Equal(Enumerable.Range(1, 150).Select(n => (long?)n), places.Order());
        }
        var result = await VerifyAsync(database);
        Assert.True(result.Intact, result.First?.Message);
        Assert.Equal((150L, 1L, 150L, 0L), (result.Chained, result.FirstSeq, result.LastSeq, result.Waiting));
    }

    [Fact]
    public async Task An_event_edited_after_it_was_written_is_named_and_so_is_one_edited_before_it_was_chained()
    {
        var database = await NewDatabaseAsync();
        await WriteAsync(database, 12);
        await SealAsync(database);
        Assert.True((await VerifyAsync(database)).Intact);

        await SqlAsync(database, "UPDATE \"AuditEvents\" SET \"Actor\" = 'someone-else@hart.example' WHERE \"Seq\" = 7");
        var result = await VerifyAsync(database);
        Assert.False(result.Intact);
        Assert.Equal((AuditBreakKind.Edited, (long?)7), (result.First!.Kind, result.First.Seq));
        Assert.Contains("event 7", result.First.Message);
        Assert.Contains("edited", result.First.Message);
        Assert.Equal(1, result.Problems); // the events after it still chain: one break, reported once

        // Not yet chained: its seal already holds it, and the sealer leaves it out of the chain.
        await WriteAsync(database, 1, tag: "late");
        await SqlAsync(database, "UPDATE \"AuditEvents\" SET \"Purpose\" = 'nothing to see' WHERE \"Seq\" IS NULL");
        await SealAsync(database);
        result = await VerifyAsync(database);
        Assert.Equal(2, result.Problems);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Seq == null));
    }

    [Fact]
    public async Task A_deleted_event_is_named_by_its_place_and_a_run_of_them_by_their_first_and_last()
    {
        var database = await NewDatabaseAsync();
        await WriteAsync(database, 20);
        await SealAsync(database);

        await SqlAsync(database, "DELETE FROM \"AuditEvents\" WHERE \"Seq\" = 5");
        var result = await VerifyAsync(database);
        Assert.Equal((AuditBreakKind.Deleted, (long?)5), (result.First!.Kind, result.First.Seq));
        Assert.Contains("event 5 is missing", result.First.Message);

        await SqlAsync(database, "DELETE FROM \"AuditEvents\" WHERE \"Seq\" BETWEEN 11 AND 14");
        result = await VerifyAsync(database);
        Assert.Equal(2, result.Problems);
        // The first event of the trail deleted shows too: the chain starts from a value only the key makes.
        var other = await NewDatabaseAsync();
        await WriteAsync(other, 3);
        await SealAsync(other);
        await SqlAsync(other, "DELETE FROM \"AuditEvents\" WHERE \"Seq\" = 1");
        Assert.Equal((AuditBreakKind.Deleted, (long?)1), ((await VerifyAsync(other)).First!.Kind, (await VerifyAsync(other)).First!.Seq));
    }

    [Fact]
    public async Task An_inserted_event_is_named_whether_it_was_given_a_place_in_the_chain_or_not()
    {
        var database = await NewDatabaseAsync();
        await WriteAsync(database, 6);
        await SealAsync(database);
        string seal, chain;
        await using (var db = database.NewContext())
            (seal, chain) = await db.AuditEvents.Where(e => e.Seq == 6).Select(e => new ValueTuple<string, string>(e.Seal!, e.Chain!)).SingleAsync();

        // Someone with the database but not the key copies the newest event's seal and chain onto an event of their own.
        var forged = Guid.NewGuid();
        object Id(Guid g) => database.Target.Provider == DatabaseProvider.Sqlite ? g.ToString().ToUpperInvariant() : g;
        const string insert = "INSERT INTO \"AuditEvents\" (\"Id\", \"At\", \"Actor\", \"Action\", \"EntityType\", \"EntityId\", \"Seal\", \"Seq\", \"Chain\") " +
                              "VALUES ({0}, {1}, 'system', 'Read', 'Case', 'x', {2}, {3}, {4})";
        await SqlAsync(database, insert, Id(forged), DateTime.UtcNow, seal, 7L, chain);
        var result = await VerifyAsync(database);
        Assert.Equal((AuditBreakKind.Inserted, (long?)7, (Guid?)forged), (result.First!.Kind, result.First.Seq, result.First.EventId));
        Assert.Contains("not written by Hartline", result.First.Message);

        // One left for the sealer to chain: it is not chained, and it is named.
        var other = await NewDatabaseAsync();
        await WriteAsync(other, 2);
        await SqlAsync(other, insert.Replace("{3}", "NULL").Replace("{4}", "NULL"), Id(forged), DateTime.UtcNow, seal);
        await SealAsync(other);
        result = await VerifyAsync(other);
        Assert.Equal((AuditBreakKind.Inserted, (Guid?)forged, 2L), (result.First!.Kind, result.First.EventId, result.Chained));
    }

    [Fact]
    public async Task Events_past_retention_go_to_an_archive_file_that_verifies_and_the_events_left_chain_on_from_it()
    {
        var database = await NewDatabaseAsync();
        var old = DateTime.UtcNow.AddYears(-8);
        await WriteAsync(database, 10, old, "old");
        await WriteAsync(database, 5, tag: "new");
        var file = Path.Combine(database.Folder, "audit-2018.jsonl");
        AuditArchiveResult archived;
        await using (var db = database.NewContext())
            archived = await AuditArchiver.ArchiveAsync(db, DateTime.UtcNow.AddYears(-AuditRetention.DefaultYears), file, TimeProvider.System, default);
        Assert.Equal((10L, 1L, 10L), (archived.Count, archived.FromSeq, archived.UpToSeq));
        await SealAsync(database); // the archive's own event

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.Purpose!.StartsWith("old")));
            Assert.Equal(5, await db.AuditEvents.CountAsync(e => e.Purpose!.StartsWith("new")));
            var record = await db.AuditEvents.SingleAsync(e => e.EntityType == "AuditTrail");
            Assert.Contains(archived.FileDigest!, record.Details);
        }
        var result = await VerifyAsync(database);
        Assert.True(result.Intact, result.First?.Message);
        Assert.Equal((10L, 11L, 16L), (result.Archived, result.FirstSeq, result.LastSeq));

        var key = await KeyAsync(database);
        var fromFile = await AuditArchiver.VerifyFileAsync(file, key, default);
        Assert.True(fromFile.Intact, fromFile.First?.Message);
        Assert.Equal((10L, 1L, 10L), (fromFile.Chained, fromFile.FirstSeq, fromFile.LastSeq));
        // Nothing more is old enough: a second run archives nothing.
        await using (var db = database.NewContext())
            Assert.Equal(0, (await AuditArchiver.ArchiveAsync(db, DateTime.UtcNow.AddYears(-7), Path.Combine(database.Folder, "again.jsonl"), TimeProvider.System, default)).Count);

        // An archived line edited, and a line taken out of the file.
        var lines = await File.ReadAllLinesAsync(file);
        var edited = Path.Combine(database.Folder, "edited.jsonl");
        await File.WriteAllLinesAsync(edited, lines.Select((l, i) => i == 4 ? l.Replace("old3", "old9") : l));
        var check = await AuditArchiver.VerifyFileAsync(edited, key, default);
        Assert.Equal((AuditBreakKind.Edited, (long?)4), (check.First!.Kind, check.First.Seq));
        var shortened = Path.Combine(database.Folder, "shortened.jsonl");
        await File.WriteAllLinesAsync(shortened, lines.Where((_, i) => i != 6));
        Assert.Equal(AuditBreakKind.Deleted, (await AuditArchiver.VerifyFileAsync(shortened, key, default)).First!.Kind);

        // The archive's record deleted, to hide that the trail's start is gone: the first events show as deleted.
        await SqlAsync(database, "DELETE FROM \"AuditArchives\"");
        result = await VerifyAsync(database);
        Assert.Equal((AuditBreakKind.Deleted, (long?)1), (result.First!.Kind, result.First.Seq));
        Assert.Contains("events 1 to 10 are missing", result.First.Message);
    }

    [Fact]
    public async Task Events_written_before_the_chain_existed_are_sealed_and_chained_by_its_migration()
    {
        var database = TestDatabase.Create();
        var target = database.Target;
        await using (var db = target.CreateContext(target.Options()))
        {
            await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db).MigrateAsync("FieldEncryption"); // the schema before the chain
            object Id(Guid g) => target.Provider == DatabaseProvider.Sqlite ? g.ToString().ToUpperInvariant() : g;
            for (var i = 0; i < 5; i++)
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"AuditEvents\" (\"Id\", \"At\", \"Actor\", \"Action\", \"EntityType\", \"EntityId\", \"Purpose\") VALUES ({0}, {1}, 'system', 'Create', 'Case', {2}, 'before')",
                    Id(Guid.CreateVersion7()), DateTime.UtcNow.AddMinutes(i - 10), i.ToString());
            await target.MigrateAsync(db);
        }
        await WriteAsync(database, 2);
        await SealAsync(database);
        var result = await VerifyAsync(database);
        Assert.True(result.Intact, result.First?.Message);
        Assert.Equal(7L, result.Chained);
    }

    private static async Task<byte[]> KeyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return AuditSeal.KeyOf(db.FieldKeys);
    }
}

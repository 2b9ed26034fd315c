using System.Security.Cryptography;
using Hartline.Data;
using Hartline.Data.Protection;
using Hartline.Features.Admin;
using Hartline.Features.People;
using Hartline.Security.Protection;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hartline.Tests.Platform;

/// <summary>
/// The field keys: values encrypted under the current key and bound to their column, re-encrypted under a new key by
/// the rotation while readable throughout, plain values from before encryption swept once after the migration.
/// </summary>
public sealed class FieldKeyTests
{
    [Fact]
    public void A_value_round_trips_differs_each_time_and_refuses_tampering_another_column_or_an_unknown_key()
    {
        var keys = FieldKeys.Generate();
        var (a, b) = (keys.Cipher.Encrypt("Zoë Ramírez", "Person.GivenName"), keys.Cipher.Encrypt("Zoë Ramírez", "Person.GivenName"));
        Assert.NotEqual(a, b); // a fresh nonce each time: equal names do not show as equal values
        Assert.StartsWith("hlk1:", a);
        Assert.Equal("Zoë Ramírez", keys.Cipher.Decrypt(a, "Person.GivenName"));
        Assert.Throws<CryptographicException>(() => keys.Cipher.Decrypt(a, "Person.FamilyName"));
        var flipped = a[..^3] + (a[^3] == 'A' ? 'B' : 'A') + a[^2..];
        Assert.Throws<CryptographicException>(() => keys.Cipher.Decrypt(flipped, "Person.GivenName"));
        Assert.Throws<CryptographicException>(() => FieldKeys.Generate().Cipher.Decrypt(a, "Person.GivenName"));
        var newer = keys.WithNewKey();
        Assert.Equal("Zoë Ramírez", newer.Cipher.Decrypt(a, "Person.GivenName")); // old values stay readable
        Assert.StartsWith("hlk2:", newer.Cipher.Encrypt("x", "c"));
        Assert.Throws<CryptographicException>(() => keys.Cipher.Decrypt(newer.Cipher.Encrypt("x", "c"), "c"));
        Assert.Equal("written before encryption", keys.Cipher.Decrypt("written before encryption", "Referral.Narrative"));
        Assert.Equal(keys.Index("name", "ana"), FieldKeys.Parse(keys.ToText(), "test").Index("name", "ana"));
        Assert.NotEqual(keys.Index("name", "ana"), FieldKeys.Generate().Index("name", "ana"));
    }

    [Theory]
    [InlineData("1:AAAA", "key '1' has 3 bytes")]
    [InlineData("index:%%%", "key 'index' is not base64")]
    [InlineData("one two", "entry 1 is not")]
    [InlineData("# only a comment", "there is no index key")]
    public void A_damaged_key_text_is_refused_naming_the_entry(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => FieldKeys.Parse(text, "HARTLINE_FIELD_KEYS"));
        Assert.Contains(message, e.Message);
        Assert.StartsWith("HARTLINE_FIELD_KEYS:", e.Message);
    }

    [Fact]
    public async Task Rotation_re_encrypts_every_value_under_the_new_key_and_the_youth_reads_the_same()
    {
        var database = TestDatabase.Create();
        var v1 = FieldKeys.Generate();
        var v2 = v1.WithNewKey();
        var (oldKeys, newKeys) = (database.Target with { Keys = v1 }, database.Target with { Keys = v2 });
        Guid id;
        await using (var db = oldKeys.CreateContext(oldKeys.Options()))
        {
            await oldKeys.MigrateAsync(db);
            var agency = new Agency { Name = "Rotation test agency", Kind = AgencyKind.ChildWelfare };
            db.Agencies.Add(agency);
            var people = Enumerable.Range(0, 7).Select(i => new Person
            {
                GivenName = $"Álvaro{i}", FamilyName = "Quiñones-Whitfield", MiddleName = i % 2 == 0 ? "José" : null,
                DateOfBirth = new DateOnly(2010, 3, 1 + i), OwnerAgencyId = agency.Id,
            }).ToList();
            db.People.AddRange(people);
            await db.SaveChangesAsync();
            id = people[3].Id;
        }
        await using (var db = newKeys.CreateContext(newKeys.Options()))
        {
            Assert.Equal([1], (await FieldSweep.CountByVersionAsync(db)).Keys);
            // Readable under the new ring before the rotation: the old key is still in it.
            Assert.Equal("Álvaro3", (await db.People.AsNoTracking().SingleAsync(p => p.Id == id)).GivenName);
            var report = await FieldSweep.RunAsync(db, batch: 3); // several batches
            Assert.Equal(7 * 3 + 4, report.Total); // given, family and birth date of each, and the four middle names
            Assert.False(report.PlainTextFound);
            Assert.Equal([2], (await FieldSweep.CountByVersionAsync(db)).Keys);
            var youth = await db.People.AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal(("Álvaro3", "Quiñones-Whitfield", new DateOnly(2010, 3, 4)), (youth.GivenName, youth.FamilyName, youth.DateOfBirth!.Value));
            // Blind indexes do not change with the encryption key: lookups keep finding the youth.
            Assert.Equal(Person.NameIndex(v2, "quinones whitfield"), youth.FamilyNameIndex);
            Assert.Equal(0, (await FieldSweep.RunAsync(db)).Total);
        }
        await using (var db = oldKeys.CreateContext(oldKeys.Options()))
            await Assert.ThrowsAsync<CryptographicException>(() => db.People.AsNoTracking().SingleAsync(p => p.Id == id));
    }

    [Fact]
    public async Task Values_saved_before_encryption_are_encrypted_and_indexed_by_the_migration_and_gone_from_the_file()
    {
        var database = TestDatabase.Create();
        var keys = FieldKeys.Generate();
        var target = database.Target with { Keys = keys };
        var (agency, person) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var db = target.CreateContext(target.Options()))
        {
            await db.GetService<IMigrator>().MigrateAsync("AuthenticatorCodeSteps"); // the last schema before encryption
            object Id(Guid g) => target.Provider == DatabaseProvider.Sqlite ? g.ToString().ToUpperInvariant() : g;
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Agencies\" (\"Id\", \"Name\", \"Kind\", \"IsActive\", \"CreatedAt\") VALUES ({0}, 'Old agency', 'ChildWelfare', TRUE, {1})",
                Id(agency), DateTime.UtcNow);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"People\" (\"Id\", \"GivenName\", \"FamilyName\", \"DateOfBirth\", \"GivenNameKey\", \"FamilyNameKey\", \"OwnerAgencyId\", \"CreatedAt\") " +
                "VALUES ({0}, 'Marguerite', 'Oyelaran-Bristow', {1}, 'marguerite', 'oyelaran bristow', {2}, {3})",
                Id(person), new DateOnly(2009, 11, 23), Id(agency), DateTime.UtcNow);
            await target.MigrateAsync(db);
        }
        await using (var db = target.CreateContext(target.Options()))
        {
            var youth = await db.People.AsNoTracking().SingleAsync(p => p.Id == person);
            Assert.Equal(("Marguerite", "Oyelaran-Bristow", new DateOnly(2009, 11, 23)), (youth.GivenName, youth.FamilyName, youth.DateOfBirth!.Value));
            Assert.Equal((Person.NameIndex(keys, "Oyelaran-Bristow"), Person.BirthIndex(keys, new DateOnly(2009, 11, 23))),
                (youth.FamilyNameIndex, youth.BirthDateIndex));
            var counts = await FieldSweep.CountByVersionAsync(db);
            Assert.Equal([1], counts.Keys);
            Assert.Equal(3, counts[1]);
        }
        if (target.SqliteFile is { } file)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("Oyelaran", bytes); // compacted: the plain value is not left in a free page
            Assert.DoesNotContain("Marguerite", bytes);
        }
    }

    [Fact]
    public async Task A_sqlite_database_whose_key_file_is_missing_is_refused_not_given_new_keys()
    {
        var database = TestDatabase.Create();
        if (database.Target.SqliteFile is not { } file) return; // PostgreSQL has no key file beside it: its keys are always named
        // The process's own ring comes from the environment (TestFieldKeys): this test looks as if there were none.
        static string? NoVariables(string name) => null;
        var keys = FieldKeySource.Resolve(null, database.Target, NoVariables);
        var target = database.Target with { Keys = keys };
        await using (var db = target.CreateContext(target.Options())) await target.MigrateAsync(db);
        var keyFile = file + FieldKeySource.BesideDatabase;
        Assert.True(File.Exists(keyFile)); // made with the database
        Assert.Same(keys, FieldKeySource.Resolve(null, database.Target, NoVariables)); // read again, the same keys
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile)); // its owner's alone
        File.Move(keyFile, keyFile + ".elsewhere");
        var e = Assert.Throws<MissingFieldKeysException>(() => FieldKeySource.Resolve(null, database.Target, NoVariables));
        Assert.Contains(keyFile, e.Message);
        Assert.False(File.Exists(keyFile));
    }
}

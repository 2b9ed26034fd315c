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

    [Fact]
    public void A_data_protection_key_is_stored_encrypted_and_one_put_in_plain_text_is_refused()
    {
        var key = new System.Xml.Linq.XElement("key", new System.Xml.Linq.XElement("masterKey", "c2VjcmV0"));
        var stored = new FieldKeyXmlEncryptor().Encrypt(key);
        Assert.DoesNotContain("c2VjcmV0", stored.EncryptedElement.ToString());
        Assert.Equal(typeof(FieldKeyXmlDecryptor), stored.DecryptorType);
        Assert.Equal(key.ToString(), new FieldKeyXmlDecryptor().Decrypt(stored.EncryptedElement).ToString());
        // Someone with the database but not the field keys writes a key of their own in plain text: not trusted.
        var planted = new System.Xml.Linq.XElement("encryptedKey", new System.Xml.Linq.XElement("value", key.ToString()));
        Assert.Throws<FormatException>(() => new FieldKeyXmlDecryptor().Decrypt(planted));
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
    public async Task Values_saved_before_encryption_are_encrypted_and_indexed_by_the_migration_and_gone_from_the_file()
    {
        var database = TestDatabase.Create();
        var target = database.Target;
        var keys = target.ResolveKeys(); // the process's ring: one process serves one database's keys (FieldKeyring)
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
            Assert.DoesNotContain(0, counts.Keys); // nothing left in plain text
            Assert.Equal(3, counts.Values.Sum()); // the given name, the family name, the date of birth
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
        var keyFile = file + FieldKeySource.BesideDatabase;
        Assert.True(File.Exists(keyFile)); // made for the new database
        Assert.Same(keys, FieldKeySource.Resolve(null, database.Target, NoVariables)); // read again, the same keys
        // The database is made (with the process's ring: a process holds one database's keys), then its key file goes missing.
        await using (var db = database.NewContext()) await database.Target.MigrateAsync(db);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile)); // its owner's alone
        File.Move(keyFile, keyFile + ".elsewhere");
        var e = Assert.Throws<MissingFieldKeysException>(() => FieldKeySource.Resolve(null, database.Target, NoVariables));
        Assert.Contains(keyFile, e.Message);
        Assert.False(File.Exists(keyFile));
    }
}

/// <summary>A host whose field keys are in a file of its own (as in production), not the test process's shared ring.</summary>
public sealed class KeyFileApp : HartlineApp
{
    public string KeyFile { get; }

    public KeyFileApp()
    {
        KeyFile = Path.Combine(Database.Folder, "field.keys");
        // The process's keys (one process holds one database's keys), written to a file of the host's own. The process's
        // ring is the environment's, as when other tests ran first: the host's file ring is then one the process gathers from.
        FieldKeySource.Write(KeyFile, FieldKeyring.Use(Database.Target.ResolveKeys()));
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(FieldKeySource.FileSetting, KeyFile);
    }
}

/// <summary>Keys changed while the service runs: a key added to its file, every value re-encrypted, the service never restarted.</summary>
public sealed class KeyRotationWhileServingTests(KeyFileApp app) : IClassFixture<KeyFileApp>
{
    [Fact]
    public async Task A_node_still_on_the_old_key_reads_rotated_values_and_then_writes_under_the_new_key()
    {
        var worker = await app.World.User(Hartline.Security.Roles.Investigator, await app.World.Agency());
        var family = World.UniqueName("Kowalczyk");
        var first = await app.World.Receive(worker, World.Referral("Wiktoria", family));
        var client = await app.World.SignedIn(worker);
        Assert.Contains(family, await client.GetStringAsync($"/api/v1/referrals/{first.ReferralId}"));

        // hartline keys new, then hartline keys rotate as another process would: with the file's new ring, which the
        // serving host is not given (a context would gather it into this process's ring).
        var after = FieldKeys.FromFile(app.KeyFile).WithNewKey();
        FieldKeySource.Write(app.KeyFile, after);
        await using (var db = app.Database.NewContext())
        {
            Assert.True((await FieldSweep.RunAsync(db, batch: 2, keys: FieldKeys.FromFile(app.KeyFile))).Total > 2); // several batches, each read on from the last
            Assert.Equal([after.Current], (await FieldSweep.CountByVersionAsync(db)).Keys);
        }

        // The host meets a value under key 2, looks at its file again, reads it, and from then on writes under key 2.
        Assert.Contains(family, await client.GetStringAsync($"/api/v1/referrals/{first.ReferralId}"));
        var second = await app.World.Receive(worker, World.Referral("Zuzanna", World.UniqueName("Kowalczyk")));
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal([after.Current], (await FieldSweep.CountByVersionAsync(db)).Keys);
            Assert.Equal("Zuzanna", (await db.People.AsNoTracking().SingleAsync(p => p.Id == second.PersonId)).GivenName);
        }
    }
}

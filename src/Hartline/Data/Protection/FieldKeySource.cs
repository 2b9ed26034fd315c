using System.Collections.Concurrent;
using Hartline.Security.Protection;

namespace Hartline.Data.Protection;

/// <summary>
/// Where the field keys come from, first found wins: the setting <c>Hartline:FieldKeys</c> or the environment
/// variable <c>HARTLINE_FIELD_KEYS</c> (the keys' text), then <c>Hartline:FieldKeysFile</c> or
/// <c>HARTLINE_FIELD_KEYS_FILE</c> (a file holding it); on SQLite with neither, a file beside the database
/// (<c>hartline.db.fieldkeys</c>), made with the database. PostgreSQL has no such default: its keys must be named.
/// </summary>
public static class FieldKeySource
{
    public const string Setting = "Hartline:FieldKeys", FileSetting = "Hartline:FieldKeysFile";
    public const string Variable = "HARTLINE_FIELD_KEYS", FileVariable = "HARTLINE_FIELD_KEYS_FILE";
    public const string BesideDatabase = ".fieldkeys";

    private static readonly ConcurrentDictionary<string, FieldKeys> Read = new();

    /// <param name="environment">Reads an environment variable (tests give one without the process's own).</param>
    /// <remarks>The host's own settings come before the process's environment: a test host given a key file uses it.</remarks>
    public static FieldKeys Resolve(IConfiguration? config, DatabaseTarget target, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (config?[Setting] is { Length: > 0 } text) return Read.GetOrAdd("text:" + text, _ => FieldKeys.Parse(text, Setting));
        if (config?[FileSetting] is { Length: > 0 } configured) return FromFile(configured, create: false);
        if (environment(Variable) is { Length: > 0 } env) return Read.GetOrAdd("text:" + env, _ => FieldKeys.Parse(env, Variable));
        if (FileOf(null, target, environment) is { } file) return FromFile(file, create: target.SqliteFile is not null && environment(FileVariable) is not { Length: > 0 });
        throw new MissingFieldKeysException($"PostgreSQL needs the field keys that protect identities: set {FileVariable} " +
            $"(or {FileSetting}) to a key file kept outside the database, made with 'hartline keys new --file PATH'.");
    }

    /// <summary>The key file in use, if the keys come from a file (configured, or the default beside a SQLite database).</summary>
    public static string? FileOf(IConfiguration? config, DatabaseTarget target, Func<string, string?>? environment = null) =>
        config?[FileSetting] is { Length: > 0 } configured ? configured
        : (environment ?? Environment.GetEnvironmentVariable)(FileVariable) is { Length: > 0 } env ? env
        : target.SqliteFile is { } db ? Path.GetFullPath(db) + BesideDatabase
        : null;

    /// <summary>
    /// Reads a key file. The default file beside a SQLite database is made when neither exists yet; a database
    /// whose key file is missing is refused rather than given new keys that could not read it.
    /// </summary>
    private static FieldKeys FromFile(string file, bool create)
    {
        var full = Path.GetFullPath(file);
        // Read once: the ring looks at its file again itself (FieldKeys.FromFile). A missing file is never remembered.
        if (File.Exists(full)) return Read.GetOrAdd("file:" + full, _ => FieldKeys.FromFile(full));
        var database = create && full.EndsWith(BesideDatabase, StringComparison.Ordinal) ? full[..^BesideDatabase.Length] : null;
        if (database is null || (File.Exists(database) && new FileInfo(database).Length > 0 && HoldsEncryptedValues(database)))
            throw new MissingFieldKeysException($"The field keys file {full} does not exist. Without it the identities in the database " +
                $"cannot be read; restore it from where the keys are kept, or make keys for a new database with 'hartline keys new --file {full}'.");
        lock (Read)
        {
            if (File.Exists(full)) return FromFile(full, create: false); // made meanwhile by another thread
            Write(full, FieldKeys.Generate());
            return FromFile(full, create: false);
        }
    }

    /// <summary>Writes a key file readable by its owner only.</summary>
    public static void Write(string file, FieldKeys keys)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var header = "# Hartline field keys: keep this file apart from the database and its backups. 'index' is the blind-index key;\n" +
            "# numbered keys encrypt, the highest being current. Add one with 'hartline keys new', then run 'hartline keys rotate'.\n";
        var temp = file + ".tmp";
        File.WriteAllText(temp, header + keys.ToText());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, file, overwrite: true);
    }

    /// <summary>Whether a SQLite database already went through the migration that turned encryption on.</summary>
    private static bool HoldsEncryptedValues(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if ((long)command.ExecuteScalar()! == 0) return false;
        command.CommandText = $"SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%_{FieldEncryptionMigration}'";
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>The name of the migration that turned field encryption on.</summary>
    public const string FieldEncryptionMigration = "FieldEncryption";
}

/// <summary>The field keys are not where they should be: the CLI says so and exits 2, as for a bad argument.</summary>
public sealed class MissingFieldKeysException(string message) : Exception(message);

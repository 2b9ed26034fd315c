using Hartline.Bench.Storage;
using Hartline.Bench.Synthetic;
using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Hosting;
using Hartline.Jurisdictions;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Load;

/// <summary>The database under load: the synthetic caseload, a Coordinator to sign in as, and case ids to ask for.</summary>
internal static class LoadSetup
{
    public static async Task EnsureCaseloadAsync(LoadOptions o, TextWriter log)
    {
        var target = DatabaseTarget.Parse("sqlite:" + o.DbPath);
        if (BulkLoader.CountCases(target) == o.Cases)
        {
            log.WriteLine($"bench: reusing {o.DbPath}");
            return;
        }
        log.WriteLine($"bench: filling {o.DbPath} with {o.Cases:N0} cases (seed {o.Seed})");
        await BulkLoader.FillAsync(target, new SyntheticCaseload(Jurisdiction.Load("connecticut"), o.Seed, o.Cases), log);
    }

    /// <summary>
    /// A Coordinator of its own per run (a fresh e-mail), created through the app's own user administration and enrolled
    /// in two-factor sign-in (the key makes the codes).
    /// </summary>
    public static async Task<(string Email, string Password, Guid UserId, string AuthenticatorKey)> AddCoordinatorAsync(string dbPath)
    {
        await using var app = HartlineHost.Build([], "sqlite:" + dbPath);
        using var scope = app.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var (agency, _) = await admin.EnsureAgencyAsync("HART Coordination", AgencyKind.Coordination);
        var email = $"load-{Guid.NewGuid():N}@bench.invalid";
        var added = await admin.AddUserAsync(email, "Load bench", agency, Security.Roles.Coordinator, oneTime: false);
        var key = await scope.ServiceProvider.GetRequiredService<Hartline.Features.Account.TwoFactor.Authenticator>().EnrolAsync(added.User);
        SqliteConnection.ClearAllPools();
        return (email, added.OneTimePassword, added.User.Id, key);
    }

    public static List<Guid> SampleCaseIds(string dbPath, int count)
    {
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Cases ORDER BY random() LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        var ids = new List<Guid>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }

    /// <summary>Read events written for this user, of one entity type.</summary>
    public static long CountReads(string dbPath, Guid userId, string entityType)
    {
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        // EF Core stores GUIDs on SQLite as upper-case text.
        command.CommandText = "SELECT count(*) FROM AuditEvents WHERE UserId = $u AND Action = 'Read' AND EntityType = $t";
        command.Parameters.AddWithValue("$u", userId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$t", entityType);
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string dbPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

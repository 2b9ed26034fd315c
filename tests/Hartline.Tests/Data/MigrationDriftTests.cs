using Hartline.Data;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Data;

/// <summary>
/// Fails when the model and the migrations of the provider under test disagree: someone changed an
/// entity without running scripts/add-migration.sh, or edited a migration by hand.
/// </summary>
public sealed class MigrationDriftTests
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = TestDatabase.Create().NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the model changed since the last migration.");
    }

    [Fact]
    public async Task A_migrated_schema_equals_the_schema_created_from_the_model()
    {
        var migrated = TestDatabase.Create();
        var created = TestDatabase.Create();
        await using (var db = migrated.NewContext()) await migrated.Target.MigrateAsync(db);
        await using (var db = created.NewContext()) await db.Database.EnsureCreatedAsync();

        var fromMigrations = await Schema.DescribeAsync(migrated);
        var fromModel = await Schema.DescribeAsync(created);
        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }
}

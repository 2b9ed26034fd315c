using Hartline.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Hartline.Design;

// dotnet-ef creates one context per provider through these; the connection strings are never opened.
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteHartlineDb>
{
    public SqliteHartlineDb CreateDbContext(string[] args) =>
        new((DatabaseTarget.Parse("sqlite:design.db") with { Keys = Hartline.Security.Protection.FieldKeys.Generate() }).Options());
}

public sealed class PostgresFactory : IDesignTimeDbContextFactory<PostgresHartlineDb>
{
    public PostgresHartlineDb CreateDbContext(string[] args) =>
        new((DatabaseTarget.Parse("Host=127.0.0.1;Database=design;Username=design") with { Keys = Hartline.Security.Protection.FieldKeys.Generate() }).Options());
}

public static class Program
{
    public static void Main() => Console.WriteLine("Design-time helper for dotnet-ef; see scripts/add-migration.sh.");
}

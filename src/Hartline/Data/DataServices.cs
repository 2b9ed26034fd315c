using Hartline.Security;

namespace Hartline.Data;

public static class DataServices
{
    /// <summary>
    /// Registers <see cref="HartlineDb"/> for the configured provider. The target is read from
    /// configuration when first needed, so test hosts and the CLI can set it late.
    /// </summary>
    public static IServiceCollection AddHartlineData(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var target = DatabaseTarget.Parse(config["Hartline:Db"]);
            return target with { Keys = Protection.FieldKeySource.Resolve(config, target) };
        });
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseTarget>().ResolveKeys());
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseTarget>().Options());
        services.AddSingleton(sp => new HartlineDbPool(sp.GetRequiredService<DatabaseTarget>(),
            sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<HartlineDb>>()));
        services.AddScoped<HartlineDb>(sp =>
        {
            var current = sp.GetRequiredService<CurrentActor>();
            return sp.GetRequiredService<HartlineDbPool>().Rent(() => current.Value, sp.GetRequiredService<TimeProvider>());
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<SqliteStatistics>();
        return services;
    }
}

internal sealed class DatabaseHealthCheck(HartlineDb db) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("database does not answer");
}

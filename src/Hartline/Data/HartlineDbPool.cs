using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hartline.Data;

/// <summary>
/// Contexts for requests and the audit writer, reused instead of built for each: setting up a context's
/// internal services was a twentieth of a case view's CPU. EF resets a returned context (tracked entities,
/// connection, transaction); the two things Hartline adds, who acts and the clock, are set on every rent.
/// </summary>
public sealed class HartlineDbPool
{
    private readonly Func<HartlineDb> _create;

    /// <param name="options">The host's settings (tests add interceptors there), retyped for the provider's context class.</param>
    public HartlineDbPool(DatabaseTarget target, DbContextOptions<HartlineDb> options)
    {
        var extensions = options.Extensions.ToDictionary(e => e.GetType());
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var pool = new PooledDbContextFactory<SqliteHartlineDb>(new DbContextOptions<SqliteHartlineDb>(extensions));
            _create = pool.CreateDbContext;
        }
        else
        {
            var pool = new PooledDbContextFactory<PostgresHartlineDb>(new DbContextOptions<PostgresHartlineDb>(extensions));
            _create = pool.CreateDbContext;
        }
    }

    /// <summary>A context for one unit of work; disposing it gives it back.</summary>
    public HartlineDb Rent(Func<Actor> actor, TimeProvider clock)
    {
        var db = _create();
        db.ActorSource = actor;
        db.Clock = clock;
        return db;
    }
}

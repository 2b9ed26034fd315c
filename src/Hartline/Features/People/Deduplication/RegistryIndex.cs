using Hartline.Data;
using Hartline.Linkage;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Deduplication;

/// <summary>
/// The linkage engine's interactive index over the whole registry (all agencies: scope is applied to
/// what it finds, not to what it knows). Built on first use, then caught up with people created since,
/// so with several app nodes on one PostgreSQL database each node still sees everyone's new records.
/// Merged records are removed as they are merged (and filtered at query time on other nodes).
/// </summary>
public sealed class RegistryIndex(IServiceScopeFactory scopes, LinkageModels models)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PersonIndex? _index;
    private DateTime _seenUpTo = DateTime.MinValue;

    /// <summary>
    /// People do not become visible in CreatedAt order: the stamp is taken before the save commits, and
    /// another node's clock may run a little behind. Each catch-up therefore looks back this far behind the
    /// newest stamp seen, and skips the people already indexed.
    /// </summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromMinutes(10);

    public async Task<PersonIndex> CurrentAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            _index ??= new PersonIndex(models.ForIndex); // the saved batch model when one is configured
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HartlineDb>();
            var since = _seenUpTo == DateTime.MinValue ? DateTime.MinValue : _seenUpTo - LookBack;
            // Only the creation time in the query: with "not merged" beside it SQLite may walk the merged-into index
            // (a million rows share its null) instead of reading the few recent rows; merged ones are skipped here.
            var fresh = await db.People.AsNoTracking().Where(p => p.CreatedAt > since)
                .OrderBy(p => p.CreatedAt).ToListAsync(ct);
            foreach (var p in fresh)
                if (p.MergedIntoId is null && !_index.Contains(p.Id.ToString())) _index.Add(ToRecord(p));
            if (fresh.Count > 0 && fresh[^1].CreatedAt > _seenUpTo) _seenUpTo = fresh[^1].CreatedAt;
            return _index;
        }
        finally { _gate.Release(); }
    }

    public void Remove(Guid personId) => _index?.Remove(personId.ToString());

    /// <summary>Puts a record back (after a merge is undone); it is caught up anyway on a fresh index.</summary>
    public void Add(Person person) => _index?.Add(ToRecord(person));

    public static PersonRecord ToRecord(Person p) => new(p.Id.ToString(), p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth,
        p.GenderCode switch { "female" or "trans-female" => "F", "male" or "trans-male" => "M", _ => null }, null, null, null, null);
}

using System.Collections.Concurrent;
using Hartline.Data;
using Hartline.Linkage;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Deduplication;

/// <summary>
/// The linkage engine's interactive index over the whole registry (all agencies: scope is applied to
/// what it finds, not to what it knows). Built on first use, then caught up with people created since,
/// so with several app nodes on one PostgreSQL database each node still sees everyone's new records.
/// Merged records are removed as they are merged (and filtered at query time on other nodes).
/// It also holds, for every youth, what lists sort and filter by (<see cref="YouthFacts"/>): the names and dates
/// of birth are encrypted in the database, which can therefore neither sort by them nor compare them.
/// </summary>
public sealed class RegistryIndex(IServiceScopeFactory scopes, LinkageModels models)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PersonIndex? _index;
    private DateTime _seenUpTo = DateTime.MinValue;
    private readonly ConcurrentDictionary<Guid, YouthFacts> _facts = new();

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
            {
                _facts[p.Id] = YouthFacts.Of(p);
                if (p.MergedIntoId is null && !_index.Contains(p.Id.ToString())) _index.Add(ToRecord(p));
            }
            if (fresh.Count > 0 && fresh[^1].CreatedAt > _seenUpTo) _seenUpTo = fresh[^1].CreatedAt;
            return _index;
        }
        finally { _gate.Release(); }
    }

    /// <summary>Every youth's sort name and date of birth, caught up like the index.</summary>
    public async Task<IReadOnlyDictionary<Guid, YouthFacts>> FactsAsync(CancellationToken ct = default)
    {
        await CurrentAsync(ct);
        return _facts;
    }

    public void Remove(Guid personId) => _index?.Remove(personId.ToString());

    /// <summary>Puts a record back (after a merge is undone, or with corrected names); it is caught up anyway on a fresh index.</summary>
    public void Add(Person person)
    {
        _facts[person.Id] = YouthFacts.Of(person);
        _index?.Add(ToRecord(person));
    }

    public static PersonRecord ToRecord(Person p) => new(p.Id.ToString(), p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth,
        p.GenderCode switch { "female" or "trans-female" => "F", "male" or "trans-male" => "M", _ => null }, null, null, null, null);
}

/// <summary>
/// What a list sorts and filters a youth by: the folded family and given names (one string, compared ordinally)
/// and the date of birth as a day number (-1 when not recorded).
/// </summary>
public readonly record struct YouthFacts(string SortName, int BirthDay)
{
    public static readonly YouthFacts Unknown = new("\uffff", -1);

    public DateOnly? DateOfBirth => BirthDay < 0 ? null : DateOnly.FromDayNumber(BirthDay);

    public static YouthFacts Of(Person p) => new(
        Linkage.Text.NameFolding.Fold(p.FamilyName) + "\u0001" + Linkage.Text.NameFolding.Fold(p.GivenName), p.DateOfBirth?.DayNumber ?? -1);
}

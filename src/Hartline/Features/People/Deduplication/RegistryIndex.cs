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
    /// <summary>When each youth read in the look-back window was last changed, as read: a second look skips them unless changed again.</summary>
    private readonly Dictionary<Guid, long> _recent = [];
    private readonly ConcurrentDictionary<Guid, YouthFacts> _facts = new();
    // Every youth in name order and in birth order (unknown dates first), kept as youth are added or corrected: a list
    // sorted by youth walks these instead of reading and sorting every case.
    private readonly SortedSet<(string Name, Guid Id)> _byName = new(Comparer<(string Name, Guid Id)>.Create(
        (a, b) => YouthFacts.CompareNames(a.Name, a.Id, b.Name, b.Id)));
    private readonly SortedSet<(int Day, Guid Id)> _byBirth = new(Comparer<(int Day, Guid Id)>.Create(
        (a, b) => YouthFacts.CompareBirth(a.Day, a.Id, b.Day, b.Id)));
    private readonly Lock _order = new();

    /// <summary>
    /// People do not become visible in ChangedAt order: the stamp is taken before the save commits, and
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
            // Only the change time in the query: with "not merged" beside it SQLite may walk the merged-into index
            // (a million rows share its null) instead of reading the few recent rows. Youth corrected, merged or
            // unmerged on another node come back here too, and are put in again as they now are.
            // The first look reads everyone, whatever their stamp (rows loaded by other tools may carry none).
            var fresh = await (since == DateTime.MinValue ? db.People.AsNoTracking() : db.People.AsNoTracking().Where(p => p.ChangedAt > since))
                .OrderBy(p => p.ChangedAt).ToListAsync(ct);
            foreach (var p in fresh)
            {
                var changed = p.ChangedAt.Ticks;
                // Read at the last look and unchanged since — unless taken out of the index here meanwhile (a merge this
                // node saved, then undone elsewhere with a stamp from a clock behind).
                if (_recent.TryGetValue(p.Id, out var seen) && seen >= changed && (p.MergedIntoId is not null || _index.Contains(p.Id.ToString()))) continue;
                _recent[p.Id] = changed;
                Remember(p);
                if (p.MergedIntoId is null) _index.Add(ToRecord(p));
                else _index.Remove(p.Id.ToString());
            }
            if (fresh.Count > 0 && fresh[^1].ChangedAt > _seenUpTo) _seenUpTo = fresh[^1].ChangedAt;
            // Only what the next look back reads again needs remembering (nothing read yet: an empty registry, and no
            // time to look back from).
            if (fresh.Count > 0)
            {
                var keepFrom = (_seenUpTo - LookBack).Ticks;
                var old = _recent.Where(r => r.Value <= keepFrom).Select(r => r.Key).ToList();
                foreach (var id in old) _recent.Remove(id);
                // A dictionary keeps its size after removals: the first look held every youth (some 40 MB at a million).
                if (old.Count > _recent.Count) _recent.TrimExcess();
            }
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

    private void Remember(Person p)
    {
        var facts = YouthFacts.Of(p);
        lock (_order)
        {
            if (_facts.TryGetValue(p.Id, out var held))
            {
                _byName.Remove((held.SortName, p.Id));
                _byBirth.Remove((held.BirthDay, p.Id));
            }
            _facts[p.Id] = facts;
            _byName.Add((facts.SortName, p.Id));
            _byBirth.Add((facts.BirthDay, p.Id));
            (_nameOrder, _birthOrder) = (null, null); // made again at the next list that needs them
        }
    }

    /// <summary>
    /// Up to <paramref name="take"/> youth in name (or birth) order after the first <paramref name="skip"/> that pass
    /// <paramref name="keep"/> (a day-number test, or all): a list sorted by youth reads their cases a batch at a time.
    /// Read from an array copy of the order, made again only after youth were added or corrected, so that many lists at
    /// once neither wait for one another nor walk the sorted sets from their start.
    /// </summary>
    public List<Guid> InOrder(bool byName, bool descending, Func<int, bool>? keep, int skip, int take)
    {
        var order = Snapshot(byName);
        var found = new List<Guid>(Math.Min(take, 4096));
        var passed = 0;
        for (var i = 0; i < order.Length && found.Count < take; i++)
        {
            var (id, day) = order[descending ? order.Length - 1 - i : i];
            if (keep is not null && !keep(day)) continue;
            if (passed++ >= skip) found.Add(id);
        }
        return found;
    }

    private (Guid Id, int Day)[]? _nameOrder, _birthOrder;

    private (Guid Id, int Day)[] Snapshot(bool byName)
    {
        if ((byName ? _nameOrder : _birthOrder) is { } held) return held;
        lock (_order)
        {
            if (byName) return _nameOrder ??= _byName.Select(x => (x.Id, _facts[x.Id].BirthDay)).ToArray();
            return _birthOrder ??= _byBirth.Select(x => (x.Id, x.Day)).ToArray();
        }
    }

    /// <summary>The youth born from day <paramref name="first"/> to day <paramref name="last"/> (day numbers; -1 to -1: not recorded), up to <paramref name="max"/> + 1 (more says "many").</summary>
    public List<Guid> BornBetween(int first, int last, int max)
    {
        lock (_order)
            return first > last ? [] : _byBirth.GetViewBetween((first, Guid.Empty), (last, AllOnes)).Take(max + 1).Select(y => y.Id).ToList();
    }

    private static readonly Guid AllOnes = new("ffffffff-ffff-ffff-ffff-ffffffffffff");

    public void Remove(Guid personId) => _index?.Remove(personId.ToString());

    /// <summary>Puts a record back (after a merge is undone, or with corrected names); it is caught up anyway on a fresh index.</summary>
    public void Add(Person person)
    {
        Remember(person);
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

    /// <summary>The one name order of every list: the folded names compared ordinally, then the id (so that paging never repeats a youth).</summary>
    public static int CompareNames(string a, Guid aId, string b, Guid bId) =>
        string.CompareOrdinal(a, b) is var c && c != 0 ? c : aId.CompareTo(bId);

    /// <summary>The birth order: unknown dates first, then the id.</summary>
    public static int CompareBirth(int a, Guid aId, int b, Guid bId) => a.CompareTo(b) is var c && c != 0 ? c : aId.CompareTo(bId);

    /// <summary>
    /// Records (an id, its youth and the youth's facts) in the registry's name or birth order, as the registry walks them:
    /// by the youth, then, for a youth's several records, by the record's id.
    /// </summary>
    public static Comparison<(Guid Id, Guid YouthId, YouthFacts Youth)> Order(bool byName, bool descending)
    {
        Comparison<(Guid Id, Guid YouthId, YouthFacts Youth)> order = (a, b) =>
            (byName ? CompareNames(a.Youth.SortName, a.YouthId, b.Youth.SortName, b.YouthId)
                : CompareBirth(a.Youth.BirthDay, a.YouthId, b.Youth.BirthDay, b.YouthId)) is var c && c != 0 ? c : a.Id.CompareTo(b.Id);
        return descending ? (a, b) => order(b, a) : order;
    }

    public static YouthFacts Of(Person p) => new(
        Linkage.Text.NameFolding.Fold(p.FamilyName) + "\u0001" + Linkage.Text.NameFolding.Fold(p.GivenName), p.DateOfBirth?.DayNumber ?? -1);
}

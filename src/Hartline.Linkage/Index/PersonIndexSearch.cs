using Hartline.Linkage.Blocking;
using Hartline.Linkage.Index;
using Hartline.Linkage.Model;

namespace Hartline.Linkage;

/// <summary>A person found by <see cref="PersonIndex.Search"/>: how strongly the typed fields agree, and why.</summary>
public sealed record SearchMatch(string Id, double Weight, PairExplanation Explanation);

public sealed partial class PersonIndex
{
    // Each name's sound on its own, whichever box it sits in: a worker who types one name may mean
    // either, and "Rivera Jasmin" must find Jasmin Rivera. Kept apart from the blocking buckets, whose
    // keys always combine two fields.
    private readonly KeyBuckets _nameSounds = new();
    private const ulong NameSoundRule = 97;

    private static IEnumerable<ulong> NameSoundKeys(PreparedPerson p)
    {
        if (p.GivenSound != 0) yield return BlockingRules.Key(NameSoundRule, p.GivenSound);
        if (p.FamilySound != 0 && p.FamilySound != p.GivenSound) yield return BlockingRules.Key(NameSoundRule, p.FamilySound);
    }

    /// <summary>
    /// What a worker typed into a search box: one name or two (either order, misspelled, a nickname, a
    /// different accent), perhaps with a date of birth. Unlike <see cref="Find"/>, which asks whether a
    /// new record is the same person, this ranks by how well the fields that were typed agree: a missing
    /// field counts for nothing, so "Rivera" alone lists the Riveras. Each typed name is tried in either
    /// box; a person is kept when the names agree more than they differ.
    /// </summary>
    /// <param name="tooCommon">Set when a typed name's sound is shared by more persons than are scanned:
    /// the caller should ask for a second name or a date of birth.</param>
    public IReadOnlyList<SearchMatch> Search(string? firstName, string? secondName, DateOnly? dateOfBirth, int max, out bool tooCommon)
    {
        tooCommon = false;
        var readings = Readings(firstName, secondName, dateOfBirth).Select(r => new PreparedPerson(r)).ToArray();
        if (readings.Length == 0 || max <= 0) return [];
        _lock.EnterReadLock();
        try
        {
            var best = new Dictionary<int, (double Weight, int Reading)>();
            for (var r = 0; r < readings.Length; r++)
            {
                var query = readings[r];
                var frequency = _frequencies.Of(query);
                foreach (var slot in Candidates(query, ref tooCommon))
                {
                    var weight = _model.Weight(PairComparer.Compare(query, _people[slot]), frequency, _frequencies.Of(_people[slot]));
                    if (weight > 0 && (!best.TryGetValue(slot, out var held) || held.Weight < weight)) best[slot] = (weight, r);
                }
            }
            var population = Math.Max(2, _slots.Count + 1);
            return [.. best.OrderByDescending(b => b.Value.Weight).ThenBy(b => _ids[b.Key], StringComparer.Ordinal).Take(max)
                .Select(b => new SearchMatch(_ids[b.Key]!, b.Value.Weight,
                    _model.Explain(readings[b.Value.Reading], _people[b.Key], _frequencies, population)))];
        }
        finally { _lock.ExitReadLock(); }
    }

    // The slots sharing a key with the query: the interactive blocking keys plus each name's sound alone.
    private HashSet<int> Candidates(in PreparedPerson query, ref bool tooCommon)
    {
        var seen = new HashSet<int>();
        foreach (var rule in Rules)
            if (rule.Key(query) is var key and not 0) Collect(_buckets.Get(key), seen, ref tooCommon);
        foreach (var key in NameSoundKeys(query)) Collect(_nameSounds.Get(key), seen, ref tooCommon);
        return seen;
    }

    private static void Collect(ReadOnlySpan<int> slots, HashSet<int> seen, ref bool tooCommon)
    {
        if (slots.Length > MaxBucketScan) { tooCommon = true; return; }
        foreach (var slot in slots) seen.Add(slot);
    }

    // One name typed: as a given name and as a family name. Two: in the order typed and swapped (the
    // model also compares across swapped boxes, but only when both records hold both names).
    private static IEnumerable<PersonRecord> Readings(string? first, string? second, DateOnly? dateOfBirth)
    {
        first = string.IsNullOrWhiteSpace(first) ? null : first.Trim();
        second = string.IsNullOrWhiteSpace(second) ? null : second.Trim();
        if (first is null && second is null) yield break;
        if (first is null || second is null)
        {
            var only = first ?? second;
            yield return Query(only, null, dateOfBirth);
            yield return Query(null, only, dateOfBirth);
            yield break;
        }
        yield return Query(first, second, dateOfBirth);
        yield return Query(second, first, dateOfBirth);
    }

    private static PersonRecord Query(string? given, string? family, DateOnly? dateOfBirth) =>
        new("search", given, null, family, dateOfBirth, null, null, null, null, null);
}

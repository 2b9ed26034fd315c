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
    public IReadOnlyList<SearchMatch> Search(string? firstName, string? secondName, DateOnly? dateOfBirth, int max, out bool tooCommon) =>
        Search([.. new[] { firstName, secondName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!)], dateOfBirth, max, out tooCommon);

    /// <summary>
    /// The same, given every word of the names in the order typed: "Mary Ann Baptiste" is read as Mary Ann +
    /// Baptiste, as Mary + Ann Baptiste and as Mary + Baptiste (a middle name), each in either box.
    /// </summary>
    public IReadOnlyList<SearchMatch> Search(IReadOnlyList<string> names, DateOnly? dateOfBirth, int max, out bool tooCommon)
    {
        tooCommon = false;
        var readings = Readings(names, dateOfBirth).Distinct().Select(r => new PreparedPerson(r)).ToArray();
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
                    var weight = _model.SearchWeight(PairComparer.Compare(query, _people[slot]), frequency, _frequencies.Of(_people[slot]));
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

    /// <summary>More words than this are a pasted sentence, not a name: the rest are not read.</summary>
    private const int MaxNameWords = 5;

    // One name typed: as a given name and as a family name. More: all of them as one double name (with a date), then split at
    // each gap into a given and a family name ("Mary Ann | Baptiste", "Mary | Ann Baptiste"), plus the first and
    // last words alone (the middle one a middle name), each in the order typed and swapped (the model also compares across swapped boxes, but only
    // when both records hold both names).
    private static IEnumerable<PersonRecord> Readings(IReadOnlyList<string> typed, DateOnly? dateOfBirth)
    {
        var words = typed.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Take(MaxNameWords).ToArray();
        if (words.Length == 0) yield break;
        if (words.Length == 1)
        {
            yield return Query(words[0], null, dateOfBirth);
            yield return Query(null, words[0], dateOfBirth);
            yield break;
        }
        // All the words as one double name ("Mary Ann 2006-09-28": a date of birth and no family name typed). Not
        // without a date: each reading scans its own candidates, and two names alone are nearly always two boxes.
        if (dateOfBirth is not null)
        {
            yield return Query(string.Join(' ', words), null, dateOfBirth);
            yield return Query(null, string.Join(' ', words), dateOfBirth);
        }
        var splits = Enumerable.Range(1, words.Length - 1)
            .Select(k => (string.Join(' ', words[..k]), string.Join(' ', words[k..])))
            .Append((words[0], words[^1]));
        foreach (var (given, family) in splits)
        {
            yield return Query(given, family, dateOfBirth);
            yield return Query(family, given, dateOfBirth);
        }
    }

    private static PersonRecord Query(string? given, string? family, DateOnly? dateOfBirth) =>
        new("search", given, null, family, dateOfBirth, null, null, null, null, null);
}

using Hartline.Linkage.Blocking;
using Hartline.Linkage.Index;
using Hartline.Linkage.Model;

namespace Hartline.Linkage;

/// <summary>A person of the index that may be the one searched for.</summary>
public sealed record IndexMatch(string Id, double Probability, PairExplanation Explanation);

/// <summary>
/// The interactive mode: all persons in memory under their blocking keys, so a new referral is
/// checked against a million persons in milliseconds (keys → candidate persons → scored with the model).
/// </summary>
/// <remarks>
/// Thread safety: any number of <see cref="Find"/> calls run at once (a shared read lock);
/// <see cref="Add"/> and <see cref="Remove"/> take the lock exclusively, briefly (records are
/// prepared before the lock is taken). Readers never see a half-added person.
/// The prior of a match follows the index's size (<see cref="LinkageModel.DuplicatesPerRecord"/>
/// over the persons indexed), and common names are weighted by their frequency in the index.
/// </remarks>
public sealed partial class PersonIndex
{
    /// <summary>A key shared by more persons than this is too common to narrow the search and is not scanned.</summary>
    public const int MaxBucketScan = 5000;

    private readonly LinkageModel _model;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly List<PreparedPerson> _people = [];
    private readonly List<string?> _ids = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Stack<int> _free = new();
    private readonly KeyBuckets _buckets = new();
    private readonly TermFrequencies _frequencies = new();
    private static readonly BlockingRule[] Rules = BlockingRules.Interactive;

    public PersonIndex(LinkageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>How many persons are indexed.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _slots.Count; }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>True when a person with this Id is indexed.</summary>
    public bool Contains(string id)
    {
        _lock.EnterReadLock();
        try { return _slots.ContainsKey(id); }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>Adds a person, or replaces the one with the same Id.</summary>
    public void Add(PersonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var person = new PreparedPerson(record);
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(record.Id);
            int slot;
            if (_free.TryPop(out slot))
            {
                _people[slot] = person;
                _ids[slot] = record.Id;
            }
            else
            {
                slot = _people.Count;
                _people.Add(person);
                _ids.Add(record.Id);
            }
            _slots[record.Id] = slot;
            _frequencies.Add(person);
            foreach (var rule in Rules)
                if (rule.Key(person) is var key and not 0) _buckets.Add(key, slot);
            foreach (var key in NameSoundKeys(person)) _nameSounds.Add(key, slot);
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>Removes the person with this Id, if indexed.</summary>
    public void Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _lock.EnterWriteLock();
        try { RemoveLocked(id); }
        finally { _lock.ExitWriteLock(); }
    }

    private void RemoveLocked(string id)
    {
        if (!_slots.Remove(id, out var slot)) return;
        var person = _people[slot];
        foreach (var rule in Rules)
            if (rule.Key(person) is var key and not 0) _buckets.Remove(key, slot);
        foreach (var key in NameSoundKeys(person)) _nameSounds.Remove(key, slot);
        _frequencies.Add(person, -1);
        _ids[slot] = null;
        _people[slot] = default;
        _free.Push(slot);
    }

    /// <summary>The persons most probably the same as <paramref name="query"/>, most probable first.</summary>
    public IReadOnlyList<IndexMatch> Find(PersonRecord query, int max = 10, double minProbability = 0.5)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (max <= 0) return [];
        var person = new PreparedPerson(query);
        _lock.EnterReadLock();
        try
        {
            var population = Math.Max(2, _slots.Count + 1);
            var priorWeight = _model.PriorWeight(population);
            var frequency = _frequencies.Of(person);
            var seen = new HashSet<int>();
            var scored = new List<(int Slot, double Weight)>();
            foreach (var rule in Rules)
            {
                if (rule.Key(person) is not (var key and not 0)) continue;
                var slots = _buckets.Get(key);
                if (slots.Length > MaxBucketScan) continue;
                foreach (var slot in slots)
                {
                    if (!seen.Add(slot)) continue;
                    var weight = _model.Weight(PairComparer.Compare(person, _people[slot]), frequency, _frequencies.Of(_people[slot]));
                    if (LinkageModel.Probability(weight, priorWeight) >= minProbability) scored.Add((slot, weight));
                }
            }
            scored.Sort((x, y) => y.Weight.CompareTo(x.Weight));
            var matches = new List<IndexMatch>(Math.Min(max, scored.Count));
            foreach (var (slot, _) in scored.Take(max))
            {
                var explanation = _model.Explain(person, _people[slot], _frequencies, population);
                matches.Add(new IndexMatch(_ids[slot]!, explanation.Probability, explanation));
            }
            return matches;
        }
        finally { _lock.ExitReadLock(); }
    }
}

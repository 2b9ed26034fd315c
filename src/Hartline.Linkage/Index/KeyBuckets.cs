using System.Runtime.InteropServices;

namespace Hartline.Linkage.Index;

/// <summary>
/// Blocking key → the slots of the persons that have it. Most keys belong to one person, so those
/// are kept as a bare int and only shared keys get a list: a million persons with nine keys each
/// would otherwise cost nine million lists.
/// </summary>
internal sealed class KeyBuckets
{
    private readonly Dictionary<ulong, int> _single = [];
    private readonly Dictionary<ulong, List<int>> _shared = [];

    public void Add(ulong key, int slot)
    {
        if (_shared.TryGetValue(key, out var list)) list.Add(slot);
        else if (_single.Remove(key, out var other)) _shared[key] = [other, slot];
        else _single[key] = slot;
    }

    public void Remove(ulong key, int slot)
    {
        if (_shared.TryGetValue(key, out var list))
        {
            list.Remove(slot);
            if (list.Count > 1) return;
            _shared.Remove(key);
            if (list.Count == 1) _single[key] = list[0];
        }
        else if (_single.TryGetValue(key, out var only) && only == slot) _single.Remove(key);
    }

    /// <summary>The slots with this key (empty when none).</summary>
    public ReadOnlySpan<int> Get(ulong key)
    {
        if (_shared.TryGetValue(key, out var list)) return CollectionsMarshal.AsSpan(list);
        return _single.TryGetValue(key, out var slot) ? new[] { slot } : [];
    }
}

namespace Hartline.Linkage.Clustering;

/// <summary>
/// Records grouped into clusters (union–find with member lists), so a join can look at every record
/// on both sides before it is made.
/// </summary>
internal sealed class ClusterForest
{
    private readonly int[] _root;
    // Null for a record that is still alone (most of them): no list allocated per record.
    private readonly List<int>?[] _members;

    public ClusterForest(int records)
    {
        _root = new int[records];
        for (var i = 0; i < records; i++) _root[i] = i;
        _members = new List<int>?[records];
    }

    public int Find(int x)
    {
        while (_root[x] != x) x = _root[x] = _root[_root[x]];
        return x;
    }

    public int Size(int root) => _members[root]?.Count ?? 1;

    /// <summary>The records of the cluster whose root is <paramref name="root"/>.</summary>
    public IReadOnlyList<int> Members(int root) => _members[root] ?? [root];

    /// <summary>Joins two clusters (by their roots); the larger absorbs the smaller, which keeps the trees shallow and the copying small.</summary>
    public void Join(int a, int b)
    {
        if (Size(a) < Size(b)) (a, b) = (b, a);
        _root[b] = a;
        _members[a] ??= [a];
        _members[a]!.AddRange(_members[b] ?? [b]);
        _members[b] = null;
    }

    /// <summary>The cluster root of every record.</summary>
    public int[] Roots()
    {
        var roots = new int[_root.Length];
        for (var i = 0; i < roots.Length; i++) roots[i] = Find(i);
        return roots;
    }
}

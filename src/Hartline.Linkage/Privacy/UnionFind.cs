namespace Hartline.Linkage.Privacy;

/// <summary>Disjoint sets over 0..n−1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++) (_parent[i], _size[i]) = (i, 1);
    }

    public int Find(int x)
    {
        while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
        return x;
    }

    public int SizeOf(int x) => _size[Find(x)];

    /// <summary>Joins the sets of a and b; false when they were one set already.</summary>
    public bool Union(int a, int b)
    {
        var (x, y) = (Find(a), Find(b));
        if (x == y) return false;
        if (_size[x] < _size[y]) (x, y) = (y, x);
        _parent[y] = x;
        _size[x] += _size[y];
        return true;
    }
}

namespace Hartline.Linkage.Privacy;

/// <summary>
/// Union–find that refuses a join when the joined cluster would be too big or when some record of one
/// side is clearly unlike some record of the other (Dice below the floor).
/// </summary>
/// <remarks>
/// Plain connected components chain: a record with a half-remembered name and a common birth date can
/// sit between two different youth and join them. Checking every cross pair costs little because
/// clusters are small (a youth has a handful of records).
/// </remarks>
internal sealed class GuardedUnion(int count, int maxClusterSize, double floor, Func<int, int, double> dice)
{
    private readonly List<int>?[] _members = new List<int>?[count];

    public UnionFind Sets { get; } = new(count);

    public bool TryJoin(int a, int b)
    {
        var (x, y) = (Sets.Find(a), Sets.Find(b));
        if (x == y) return false;
        var left = _members[x] ?? [x];
        var right = _members[y] ?? [y];
        if (left.Count + right.Count > maxClusterSize) return false;
        if (left.Count > 1 || right.Count > 1)
            foreach (var i in left)
                foreach (var j in right)
                    if (dice(i, j) < floor) return false;
        Sets.Union(x, y);
        var root = Sets.Find(x);
        _members[root] = [.. left, .. right];
        _members[root == x ? y : x] = null;
        return true;
    }
}

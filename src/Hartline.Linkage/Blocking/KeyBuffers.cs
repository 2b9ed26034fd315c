namespace Hartline.Linkage.Blocking;

/// <summary>One core's buffers for sorting a rule's keys with their record indexes, reused rule after rule.</summary>
internal sealed class KeyBuffers(int records)
{
    private const int DigitBits = 16;

    public ulong[] Keys { get; private set; } = new ulong[records];
    public int[] Indexes { get; private set; } = new int[records];
    private ulong[]? _keysSpare;
    private int[]? _indexesSpare;
    private int[]? _counts;

    /// <summary>Sorts the first <paramref name="n"/> keys with their indexes: least significant 16 bits first, four passes.</summary>
    public void RadixSort(int n)
    {
        _keysSpare ??= new ulong[Keys.Length];
        _indexesSpare ??= new int[Indexes.Length];
        _counts ??= new int[1 << DigitBits];
        for (var shift = 0; shift < 64; shift += DigitBits)
        {
            var (keys, indexes, toKeys, toIndexes) = (Keys, Indexes, _keysSpare, _indexesSpare);
            var counts = _counts;
            Array.Clear(counts);
            for (var i = 0; i < n; i++) counts[(int)(keys[i] >> shift) & 0xFFFF]++;
            var position = 0;
            for (var d = 0; d < counts.Length; d++) (counts[d], position) = (position, position + counts[d]);
            for (var i = 0; i < n; i++)
            {
                var at = counts[(int)(keys[i] >> shift) & 0xFFFF]++;
                toKeys[at] = keys[i];
                toIndexes[at] = indexes[i];
            }
            (Keys, _keysSpare, Indexes, _indexesSpare) = (toKeys, keys, toIndexes, indexes);
        }
    }
}

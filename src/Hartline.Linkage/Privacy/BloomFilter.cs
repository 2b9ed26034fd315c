using System.Numerics;

namespace Hartline.Linkage.Privacy;

/// <summary>A fixed-length bit vector (a record's Bloom filter), compared by the Dice coefficient.</summary>
public sealed class BloomFilter : IEquatable<BloomFilter>
{
    /// <summary>1024 bits: the usual CLK length; long enough that two names rarely fill the same bits by chance.</summary>
    public const int DefaultBits = 1024;

    private readonly ulong[] _words;

    public BloomFilter(int bits = DefaultBits)
    {
        if (bits <= 0 || bits % 64 != 0) throw new ArgumentOutOfRangeException(nameof(bits), "a multiple of 64 is needed");
        _words = new ulong[bits / 64];
    }

    private BloomFilter(ulong[] words) => _words = words;

    public int Length => _words.Length * 64;

    public int Count
    {
        get
        {
            var n = 0;
            foreach (var w in _words) n += BitOperations.PopCount(w);
            return n;
        }
    }

    public void Set(int bit) => _words[bit >> 6] |= 1UL << (bit & 63);

    public bool Get(int bit) => (_words[bit >> 6] & (1UL << (bit & 63))) != 0;

    /// <summary>2|A∩B| / (|A|+|B|): 1 for identical filters, 0 when no bit is shared or both are empty.</summary>
    public static double Dice(BloomFilter a, BloomFilter b)
    {
        if (a._words.Length != b._words.Length) throw new ArgumentException("filters of different lengths cannot be compared");
        int both = 0, total = 0;
        for (var i = 0; i < a._words.Length; i++)
        {
            both += BitOperations.PopCount(a._words[i] & b._words[i]);
            total += BitOperations.PopCount(a._words[i]) + BitOperations.PopCount(b._words[i]);
        }
        return total == 0 ? 0 : 2.0 * both / total;
    }

    /// <summary>Bits as bytes, bit 0 the lowest bit of byte 0, in Base64.</summary>
    public string ToBase64()
    {
        var bytes = new byte[_words.Length * 8];
        for (var i = 0; i < _words.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), _words[i]);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian byte order");
        return Convert.ToBase64String(bytes);
    }

    public static bool TryFromBase64(string text, out BloomFilter filter)
    {
        filter = null!;
        var bytes = new byte[(text.Length * 3 + 3) / 4];
        if (!Convert.TryFromBase64String(text, bytes, out var length) || length == 0 || length % 8 != 0) return false;
        var words = new ulong[length / 8];
        for (var i = 0; i < words.Length; i++) words[i] = BitConverter.ToUInt64(bytes, i * 8);
        filter = new BloomFilter(words);
        return true;
    }

    public bool Equals(BloomFilter? other) => other is not null && _words.AsSpan().SequenceEqual(other._words);
    public override bool Equals(object? obj) => Equals(obj as BloomFilter);
    public override int GetHashCode() => HashCode.Combine(_words[0], _words[^1]);
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Hartline.Linkage.Text;

namespace Hartline.Linkage.Privacy;

/// <summary>
/// Encodes a record as a keyed record-level Bloom filter (a cryptographic long-term key, CLK) and a keyed
/// block key. The same key and settings always give the same bits; another key gives unrelated bits.
/// </summary>
/// <remarks>
/// Each feature is hashed once with HMAC-SHA256 under the shared key, the field name prefixed as a salt
/// (so "12" as a month and "12" as a day set different bits). The 256-bit digest gives two numbers
/// h1, h2 and the feature sets bits (h1 + i·h2) mod m for i = 0..k−1 (double hashing; h2 is made odd so
/// that with m a power of two the k positions are distinct). Without the key nobody can tell which
/// bits a bigram sets, so the filter cannot be decoded by hashing a dictionary of names.
/// </remarks>
public sealed class BloomEncoder(LinkageKey key, BloomSettings? settings = null)
{
    private readonly BloomSettings _settings = settings ?? BloomSettings.Default;

    public BloomFilter Encode(PersonRecord record)
    {
        var filter = new BloomFilter(_settings.Bits);
        Span<byte> digest = stackalloc byte[32];
        foreach (var feature in IdentifierFeatures.Of(record))
        {
            var hashes = _settings.HashesPerField[feature.Field];
            Hash(key.BloomKey, feature.Field + "\u001f" + feature.Token, digest);
            var h1 = BinaryPrimitives.ReadUInt64LittleEndian(digest);
            var h2 = BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]) | 1;
            for (var i = 0UL; i < (ulong)hashes; i++) filter.Set((int)((h1 + i * h2) % (ulong)filter.Length));
        }
        return filter;
    }

    /// <summary>
    /// A keyed code for the coarse group "born in year Y with a family name that sounds like N" (NYSIIS),
    /// or "" when either is missing. It shows the linker which records share the group, nothing more.
    /// </summary>
    public string BlockKey(PersonRecord record)
    {
        var family = NameFolding.Tokens(record.FamilyName) is { Count: > 0 } tokens ? Phonetic.Nysiis(tokens[0]) : "";
        if (record.DateOfBirth is not { } dob || family.Length == 0) return "";
        Span<byte> digest = stackalloc byte[32];
        Hash(key.BlockKey, $"{dob.Year}\u001f{family}", digest);
        // 96 bits: collisions between different groups are negligible at any agency's size.
        return Convert.ToBase64String(digest[..12]).Replace('+', '-').Replace('/', '_');
    }

    private static void Hash(byte[] secret, string text, Span<byte> digest)
    {
        // Features are short (a bigram, a year); a long postcode of garbage goes through the heap.
        var room = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> input = room <= 256 ? stackalloc byte[256] : new byte[room];
        var length = Encoding.UTF8.GetBytes(text, input);
        HMACSHA256.HashData(secret, input[..length], digest);
    }
}

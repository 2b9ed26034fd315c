using Bogus;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// Version-7 GUIDs like the app's <c>Guid.CreateVersion7()</c>, but with the timestamp of the synthetic
/// record and random bits from the seeded generator: the same seed gives the same ids, and ids keep the
/// time ordering the app's indexes see in production.
/// </summary>
internal static class SyntheticIds
{
    public static Guid Version7(DateTime at, Randomizer random)
    {
        Span<byte> b = stackalloc byte[16];
        var ms = (ulong)new DateTimeOffset(at).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) b[i] = (byte)(ms >> (8 * (5 - i)));
        random.Bytes(10).CopyTo(b[6..]);
        b[6] = (byte)(0x70 | (b[6] & 0x0F)); // version 7
        b[8] = (byte)(0x80 | (b[8] & 0x3F)); // RFC 9562 variant
        return new Guid(b, bigEndian: true);
    }
}

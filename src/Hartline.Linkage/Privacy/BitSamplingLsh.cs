namespace Hartline.Linkage.Privacy;

/// <summary>
/// Candidate pairs from the Bloom filters alone, by locality-sensitive hashing for the Hamming distance:
/// each band is a fixed random choice of bit positions, and two records that agree on every sampled bit
/// of some band become a candidate pair.
/// </summary>
/// <remarks>
/// Filters whose Dice is high differ in few bits, so they agree on a band's bits with high probability;
/// unrelated filters differ in a third or more of their bits and almost never agree on all of a band.
/// With 20 bits a band and 60 bands, two filters of ~260 bits each at Dice 0.78 (about 115 differing bits)
/// are paired with probability ≈ 1 − (1 − 0.89^20)^60 ≈ 0.99, and above Dice 0.85 almost surely; two
/// unrelated filters (~35% of bits differing) one time in 10^4 or less. The positions come from a fixed
/// seed, not from the key: the linker does not hold the key and learns nothing from the bands that the
/// filters did not already show it.
/// </remarks>
public sealed record BitSamplingLsh(int Bands = 60, int BitsPerBand = 20, int Seed = 20240701)
{
    /// <summary>The sampled positions of every band, for filters of <paramref name="bits"/> bits.</summary>
    public int[][] Positions(int bits)
    {
        if (BitsPerBand is < 1 or > 64) throw new ArgumentOutOfRangeException(nameof(BitsPerBand), "1 to 64 bits a band");
        var random = new Random(Seed);
        var bands = new int[Bands][];
        for (var b = 0; b < Bands; b++)
        {
            var all = Enumerable.Range(0, bits).ToArray();
            random.Shuffle(all);
            bands[b] = all[..BitsPerBand];
        }
        return bands;
    }

    /// <summary>The band's bits of one filter, packed into a number.</summary>
    public static ulong Signature(BloomFilter filter, int[] positions)
    {
        var signature = 0UL;
        for (var i = 0; i < positions.Length; i++)
            if (filter.Get(positions[i])) signature |= 1UL << i;
        return signature;
    }
}

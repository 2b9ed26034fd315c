namespace Hartline.Linkage.Blocking;

/// <summary>
/// A candidate pair packed into one long: the lower record index in bits 34–62, the higher in bits
/// 5–33, the rule that found it in bits 0–4. Sorting the longs groups each pair's copies from
/// different rules together, the earliest rule first, so deduplication is a sort and one scan.
/// </summary>
internal static class PairPacking
{
    /// <summary>Record indexes must fit in 29 bits (536 million records).</summary>
    public const int MaxRecords = 1 << 29;
    /// <summary>Five bits of rule: the batch rules outgrew four (sixteen) when swapped and slipped names got their own.</summary>
    public const int MaxRules = 32;

    private const int RuleBits = 5;

    public static long Pack(int first, int second, int rule)
    {
        var (low, high) = first < second ? (first, second) : (second, first);
        return (long)low << 34 | (long)high << RuleBits | (long)rule;
    }

    public static int First(long pair) => (int)(pair >> 34);
    public static int Second(long pair) => (int)((pair >> RuleBits) & 0x1FFF_FFFF);
    public static int Rule(long pair) => (int)(pair & (MaxRules - 1));
    public static long WithoutRule(long pair) => pair >> RuleBits;
}

namespace Hartline.Linkage.Model;

/// <summary>
/// Remembers the comparison level of two interned values (by their ids), so a comparison that is a
/// pure function of the two values runs once per distinct pair instead of once per record pair.
/// </summary>
/// <remarks>
/// A million records hold a few thousand given names, and blocking pairs "maria" with "mariah"
/// hundreds of thousands of times: Jaro–Winkler and Damerau–Levenshtein on the same two names were
/// most of the compare stage. The memo is a fixed-size direct-mapped table shared by every thread,
/// without locks: each slot holds both ids and the level in one 64-bit word, written and read
/// whole (atomic on 64-bit), so a reader sees either a complete entry or another pair's, never a
/// torn one. A collision only evicts an entry, which is recomputed when next needed: the levels
/// are always those of the comparison itself, whatever the thread timing.
/// </remarks>
internal sealed class LevelMemo
{
    /// <summary>Ids must fit in 28 bits (268 million distinct values), two of them and a level in 64 bits.</summary>
    public const int MaxId = (1 << IdBits) - 1;

    private const int IdBits = 28;
    private readonly ulong[] _slots;
    private readonly int _shift;

    /// <param name="slotBits">log2 of the number of slots (8 bytes each).</param>
    public LevelMemo(int slotBits)
    {
        _slots = new ulong[1 << slotBits];
        _shift = 64 - slotBits;
    }

    /// <summary>The level of the values <paramref name="x"/> and <paramref name="y"/> (in that order), computed once by <paramref name="compare"/>.</summary>
    public int Get<TCompare>(int x, int y, TCompare compare) where TCompare : struct, ILevelOf
    {
        // Both ids and the level, plus one so an empty slot (0) never matches.
        var key = (ulong)(uint)x << (64 - IdBits) | (ulong)(uint)y << (64 - 2 * IdBits);
        var index = (int)(((ulong)(uint)x * 0x9E3779B97F4A7C15 ^ (ulong)(uint)y * 0xC2B2AE3D27D4EB4F) >> _shift);
        var slot = Volatile.Read(ref _slots[index]);
        if ((slot & ~0xFFUL) == key && slot != 0) return (int)(slot & 0xFF) - 1;
        var level = compare.Level(x, y);
        Volatile.Write(ref _slots[index], key | (uint)(level + 1));
        return level;
    }
}

/// <summary>A comparison of two interned values by id, for <see cref="LevelMemo"/>.</summary>
internal interface ILevelOf
{
    int Level(int x, int y);
}

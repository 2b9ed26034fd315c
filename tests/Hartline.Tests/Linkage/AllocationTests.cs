using Hartline.Linkage.Dates;
using Hartline.Linkage.Text;

namespace Hartline.Tests.Linkage;

/// <summary>
/// Linkage compares every record against many others, so the comparators must not allocate
/// (GC.GetAllocatedBytesForCurrentThread counts every managed allocation on this thread).
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void The_comparators_allocate_nothing()
    {
        Span<char> key = stackalloc char[Phonetic.NysiisKeyLength];
        var folded = "rodriguez";
        var sink = 0.0;
        void Run(Span<char> key)
        {
            sink += JaroWinkler.Similarity("rodriguez", "rodirguez");
            sink += DamerauLevenshtein.Distance("rodriguez", "rodirguez");
            sink += DamerauLevenshtein.Distance("santiago", "snatiagi", 1);
            sink += Phonetic.Nysiis("rodriguez", key);
            sink += NameFolding.Fold(folded).Length;
            sink += Nicknames.AreVariants("bill", "william") ? 1 : 0;
            sink += (int)BirthDateComparison.Compare(new DateOnly(2007, 3, 4), new DateOnly(2007, 4, 3));
        }

        for (var i = 0; i < 100; i++) Run(key); // warm up
        // The least of three measures: the runtime may allocate on this thread once while it recompiles a method in
        // the middle of a measure (seen on a busy machine); a comparator that allocates does so in every one.
        var allocated = long.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++) Run(key);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, allocated);
        Assert.True(sink > 0);
    }
}

extern alias bench;

using bench::Hartline.Bench.Linkage;
using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>
/// The batch compares pairs from compact records and remembered levels (<see cref="CompactPeople"/>):
/// every pair must get exactly the vector the plain comparer gives.
/// </summary>
public sealed class BatchComparisonTests
{
    [Theory]
    [InlineData(GeneratorProfile.Clean)]
    [InlineData(GeneratorProfile.Messy)]
    public void Every_candidate_and_random_pair_gets_the_plain_vector(GeneratorProfile profile)
    {
        var records = new PersonGenerator(7, profile).Generate(6_000).Records;
        var names = NameValues.Of(records, parallelism: 2);
        var people = records.Select(r => new PreparedPerson(r, names)).ToArray();
        var compact = CompactPeople.Of(people, names, parallelism: 2);
        var candidates = CandidateGenerator.Generate(people, BlockingRules.Batch, parallelism: 2);
        var random = new Random(3);
        var pairs = candidates.Pairs.Take(candidates.Count).Select(p => (PairPacking.First(p), PairPacking.Second(p)))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.Next(people.Length), random.Next(people.Length))));

        foreach (var (a, b) in pairs)
        {
            // Twice: the first answer may be computed, the second remembered.
            var plain = PairComparer.Compare(new PreparedPerson(records[a]), new PreparedPerson(records[b]));
            Assert.Equal(plain, compact.Compare(a, b));
            Assert.Equal(plain, compact.Compare(a, b));
        }
    }
}

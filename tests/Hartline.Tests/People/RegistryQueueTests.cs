using Hartline.Features.People.Deduplication;
using Hartline.Linkage;

namespace Hartline.Tests.People;

/// <summary>Which pairs of a registry run's clusters reach the coordinators' queue.</summary>
public sealed class RegistryQueueTests
{
    private static PersonRecord R(string id) => new(id, "Given" + id, null, "Family", null, null, null, null, null, null);

    /// <summary>Pair probabilities by the two ids in order; a pair not listed is weak (0.1).</summary>
    private static Func<PersonRecord, PersonRecord, PairExplanation> Explain(Dictionary<string, double> p) => (a, b) =>
    {
        var key = string.CompareOrdinal(a.Id, b.Id) < 0 ? a.Id + b.Id : b.Id + a.Id;
        var prob = p.GetValueOrDefault(key, 0.1);
        return new PairExplanation(Math.Log2(prob / (1 - prob)), prob, []);
    };

    [Fact]
    public void Pairs_at_the_threshold_are_queued_and_a_member_joined_on_a_second_look_brings_its_strongest_pair()
    {
        // a–b is sure; c joined on a second look, closer to b than to a; d and e are a cluster of two
        // lone records joined below the cut-off.
        var cluster = new[] { R("a"), R("b"), R("c") };
        var lone = new[] { R("d"), R("e") };
        var queued = RegistryDedupe.PairsToQueue([cluster, lone],
            Explain(new() { ["ab"] = 0.99, ["bc"] = 0.8, ["ac"] = 0.6, ["de"] = 0.7 }), 0.9).ToList();

        Assert.Equal(["ab run", "bc second", "de second"],
            queued.Select(q => q.A.Id + q.B.Id + (q.FoundBy == RegistryDedupe.FoundByRun ? " run" : " second")).ToArray());
        Assert.Equal(0.8, queued[1].Why.Probability);
    }

    [Fact]
    public void A_cluster_whose_every_member_has_a_sure_pair_queues_no_second_look()
    {
        var queued = RegistryDedupe.PairsToQueue([[R("a"), R("b"), R("c")]],
            Explain(new() { ["ab"] = 0.95, ["bc"] = 0.97, ["ac"] = 0.5 }), 0.9).ToList();
        Assert.All(queued, q => Assert.Equal(RegistryDedupe.FoundByRun, q.FoundBy));
        Assert.Equal(2, queued.Count);
    }
}

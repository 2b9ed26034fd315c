using Hartline.Data;
using Hartline.Features.People.Duplicates;
using Hartline.Linkage;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Deduplication;

/// <summary>What a registry run did; <see cref="Model"/> says which model scored it.</summary>
public sealed record RegistryDedupeSummary(int Records, long CandidatePairs, int Clusters, int PairsQueued, string Model);

/// <summary>A pair the registry run puts in the review queue, and why it is there.</summary>
public sealed record QueuedPair(PersonRecord A, PersonRecord B, PairExplanation Why, string FoundBy);

/// <summary>
/// Runs the batch engine over the whole registry (every agency's records, merged ones excluded) and
/// puts each likely pair in the coordinators' review queue. Nothing is merged automatically.
/// </summary>
public sealed class RegistryDedupe(HartlineDb db, DuplicateReview review, LinkageModels models)
{
    /// <summary>
    /// The queue's default: lower than a file run's, since a coordinator reviews every pair before
    /// anything is merged, and a missed duplicate costs a youth's history.
    /// </summary>
    public const double QueueThreshold = 0.9;

    public const string FoundByRun = "registry run";
    public const string FoundBySecondLook = "registry run, second look";

    /// <summary>
    /// Scores with <paramref name="model"/>, else the configured saved model (<see cref="LinkageModels"/>), else one
    /// estimated from the registry.
    /// </summary>
    public async Task<RegistryDedupeSummary> RunAsync(double threshold, IProgress<DedupeProgress>? progress, CancellationToken ct = default,
        LinkageModel? model = null)
    {
        var scoring = model ?? models.Saved;
        var people = await db.People.AsNoTracking().Where(p => p.MergedIntoId == null).ToListAsync(ct);
        var records = people.Select(RegistryIndex.ToRecord).ToList();
        var result = Deduplicator.Run(records, new DedupeOptions { Threshold = threshold, Progress = progress, Model = scoring });
        var byId = records.ToDictionary(r => r.Id);
        var clusters = result.Assignments.GroupBy(a => a.ClusterId).Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<PersonRecord>)g.Select(a => byId[a.Id]).ToList());
        var queued = 0;
        foreach (var pair in PairsToQueue(clusters, result.Model.Explain, threshold))
        {
            await review.RecordAsync(Guid.Parse(pair.A.Id), Guid.Parse(pair.B.Id), pair.Why.Probability, pair.Why, pair.FoundBy, ct);
            queued++;
        }
        return new RegistryDedupeSummary(records.Count, result.Stats.CandidatePairs, result.Stats.Clusters, queued, models.Describe(model));
    }

    /// <summary>
    /// Within each cluster every pair at or above the threshold is queued, explained, so a coordinator sees
    /// exactly why. A member that no such pair covers was joined on a second look (cluster evidence or a lone
    /// record's one plausible cluster, below the cut-off): its strongest pair in the cluster is queued too,
    /// marked as such, because leaving it out would hide a duplicate the engine did find.
    /// </summary>
    public static IEnumerable<QueuedPair> PairsToQueue(IEnumerable<IReadOnlyList<PersonRecord>> clusters,
        Func<PersonRecord, PersonRecord, PairExplanation> explain, double threshold)
    {
        foreach (var members in clusters)
        {
            var covered = new bool[members.Count];
            var best = new (int Other, PairExplanation? Why)[members.Count];
            for (var i = 0; i < members.Count; i++)
                for (var k = i + 1; k < members.Count; k++)
                {
                    var why = explain(members[i], members[k]);
                    if (why.Probability >= threshold)
                    {
                        covered[i] = covered[k] = true;
                        yield return new QueuedPair(members[i], members[k], why, FoundByRun);
                    }
                    if (best[i].Why is null || why.MatchWeight > best[i].Why!.MatchWeight) best[i] = (k, why);
                    if (best[k].Why is null || why.MatchWeight > best[k].Why!.MatchWeight) best[k] = (i, why);
                }
            for (var i = 0; i < members.Count; i++)
            {
                if (covered[i] || best[i].Why is not { } why) continue;
                var other = best[i].Other;
                covered[i] = covered[other] = true; // one pair explains both of two lone second-look partners
                var (a, b) = i < other ? (members[i], members[other]) : (members[other], members[i]);
                yield return new QueuedPair(a, b, why, FoundBySecondLook);
            }
        }
    }
}

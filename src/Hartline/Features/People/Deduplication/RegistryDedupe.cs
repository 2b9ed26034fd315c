using Hartline.Data;
using Hartline.Features.People.Duplicates;
using Hartline.Linkage;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Deduplication;

public sealed record RegistryDedupeSummary(int Records, long CandidatePairs, int Clusters, int PairsQueued);

/// <summary>
/// Runs the batch engine over the whole registry (every agency's records, merged ones excluded) and
/// puts each likely pair in the coordinators' review queue. Nothing is merged automatically.
/// </summary>
public sealed class RegistryDedupe(HartlineDb db, DuplicateReview review)
{
    /// <summary>
    /// The queue's default: lower than a file run's, since a coordinator reviews every pair before
    /// anything is merged, and a missed duplicate costs a youth's history.
    /// </summary>
    public const double QueueThreshold = 0.9;

    public async Task<RegistryDedupeSummary> RunAsync(double threshold, IProgress<DedupeProgress>? progress, CancellationToken ct = default)
    {
        var people = await db.People.AsNoTracking().Where(p => p.MergedIntoId == null).ToListAsync(ct);
        var records = people.Select(RegistryIndex.ToRecord).ToList();
        var result = Deduplicator.Run(records, new DedupeOptions { Threshold = threshold, Progress = progress });
        var byId = records.ToDictionary(r => r.Id);
        var queued = 0;
        // Within each cluster every pair is explained and queued: a coordinator sees exactly why.
        foreach (var cluster in result.Assignments.GroupBy(a => a.ClusterId).Where(g => g.Count() > 1))
        {
            var members = cluster.Select(a => byId[a.Id]).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var k = i + 1; k < members.Count; k++)
                {
                    var why = result.Model.Explain(members[i], members[k]);
                    if (why.Probability < threshold) continue;
                    await review.RecordAsync(Guid.Parse(members[i].Id), Guid.Parse(members[k].Id), why.Probability, why, "registry run", ct);
                    queued++;
                }
        }
        return new RegistryDedupeSummary(records.Count, result.Stats.CandidatePairs, result.Stats.Clusters, queued);
    }
}

using System.Text.Json;
using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Duplicates;

/// <summary>
/// Merges two registry records into one youth and undoes it. A merge moves the merged record's
/// referrals, cases and screenings to the survivor and remembers exactly which, so undoing restores
/// them; both person records are kept. Each is one SaveChanges, audited.
/// </summary>
public sealed class PersonMerging(HartlineDb db, AuditLog audit, Jurisdiction j, TimeProvider clock, Deduplication.RegistryIndex registry)
{
    /// <summary>Merges the pair into the chosen survivor; done with the merge's id, which undoes it.</summary>
    public async Task<Outcome<Guid>> MergeAsync(Guid pairId, MergeInput input, Actor actor, CancellationToken ct = default)
    {
        var pair = await db.PossibleDuplicates.FirstOrDefaultAsync(d => d.Id == pairId, ct);
        if (pair is null) return Outcome<Guid>.NotFound();
        if (pair.Status != PossibleDuplicateStatus.Open)
            return Outcome<Guid>.Invalid("pair", "This pair was already decided.");
        if (input.SurvivorId is not { } survivorId || (survivorId != pair.PersonAId && survivorId != pair.PersonBId))
            return Outcome<Guid>.Invalid(nameof(input.SurvivorId), "Choose which of the two records to keep.");
        if (input.Reason?.Trim().Length > 1000) return Outcome<Guid>.Invalid(nameof(input.Reason), "The reason must be at most 1,000 characters.");
        if (Errors.For(input) is { Count: > 0 } refused) return Outcome<Guid>.Invalid(refused);
        var mergedId = survivorId == pair.PersonAId ? pair.PersonBId : pair.PersonAId;
        var people = await db.People.Where(p => p.Id == survivorId || p.Id == mergedId).ToListAsync(ct);
        if (people.Any(p => p.MergedIntoId is not null))
            return Outcome<Guid>.Invalid("pair", "One of these records was already merged into another.");

        var referrals = await db.Referrals.Where(r => r.PersonId == mergedId).ToListAsync(ct);
        var cases = await db.Cases.Where(c => c.PersonId == mergedId).ToListAsync(ct);
        var screenings = await db.Screenings.Where(s => s.PersonId == mergedId).ToListAsync(ct);
        referrals.ForEach(r => r.PersonId = survivorId);
        cases.ForEach(c => c.PersonId = survivorId);
        screenings.ForEach(s => s.PersonId = survivorId);
        people.Single(p => p.Id == mergedId).MergedIntoId = survivorId;
        var now = clock.GetUtcNow().UtcDateTime;
        (pair.Status, pair.DecidedAt, pair.DecidedById) = (PossibleDuplicateStatus.Merged, now, actor.UserId);
        var merge = db.PersonMerges.Add(new PersonMerge
        {
            SurvivorId = survivorId,
            MergedId = mergedId,
            PossibleDuplicateId = pair.Id,
            MovedReferrals = JsonSerializer.Serialize(referrals.Select(r => r.Id)),
            MovedCases = JsonSerializer.Serialize(cases.Select(c => c.Id)),
            MovedScreenings = JsonSerializer.Serialize(screenings.Select(s => s.Id)),
            Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim(),
            MergedAt = now,
            MergedById = actor.UserId!.Value,
        }).Entity;
        // One save for the merge and its audit event: neither stands without the other. The reason is free
        // text about the youth: the trail holds its length, like every free text (the merge keeps the words).
        try
        {
            await audit.WriteAsync(AuditAction.Merge, nameof(Person), survivorId.ToString(),
                new { merged = mergedId, merge = merge.Id, referrals = referrals.Count, cases = cases.Count, screenings = screenings.Count, reason = AuditValues.Length(merge.Reason) },
                ct: ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another coordinator decided this pair, or changed one of the two records, between our read and our save.
            return Outcome<Guid>.Invalid("pair", "Someone decided this pair or changed one of these records a moment ago. Open the pair again to see it.");
        }
        registry.Remove(mergedId); // the survivor stands for both from now on
        return Outcome<Guid>.Done(merge.Id);
    }

    /// <summary>
    /// Restores what the merge moved and separates the two records again; the pair goes back to the queue.
    /// With <paramref name="pairId"/> (a page about one pair), a merge of another pair is not found.
    /// </summary>
    public async Task<Outcome<bool>> UndoAsync(Guid mergeId, Actor actor, CancellationToken ct = default,
        Guid? pairId = null)
    {
        var merge = await db.PersonMerges.FirstOrDefaultAsync(m => m.Id == mergeId && (pairId == null || m.PossibleDuplicateId == pairId), ct);
        if (merge is null) return Outcome<bool>.NotFound();
        if (merge.UndoneAt is not null) return Outcome<bool>.Invalid("merge", "This merge was already undone.");
        var referralIds = JsonSerializer.Deserialize<List<Guid>>(merge.MovedReferrals) ?? [];
        var caseIds = JsonSerializer.Deserialize<List<Guid>>(merge.MovedCases) ?? [];
        var screeningIds = JsonSerializer.Deserialize<List<Guid>>(merge.MovedScreenings) ?? [];
        (await db.Referrals.Where(r => referralIds.Contains(r.Id)).ToListAsync(ct)).ForEach(r => r.PersonId = merge.MergedId);
        (await db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(ct)).ForEach(c => c.PersonId = merge.MergedId);
        (await db.Screenings.Where(s => screeningIds.Contains(s.Id)).ToListAsync(ct)).ForEach(s => s.PersonId = merge.MergedId);
        (await db.People.SingleAsync(p => p.Id == merge.MergedId, ct)).MergedIntoId = null;
        (merge.UndoneAt, merge.UndoneById) = (clock.GetUtcNow().UtcDateTime, actor.UserId);
        if (merge.PossibleDuplicateId is { } decided)
        {
            var pair = await db.PossibleDuplicates.SingleAsync(d => d.Id == decided, ct);
            (pair.Status, pair.DecidedAt, pair.DecidedById) = (PossibleDuplicateStatus.Open, null, null);
        }
        // Saved with its audit event, in one go.
        try { await audit.WriteAsync(AuditAction.Unmerge, nameof(Person), merge.SurvivorId.ToString(), new { merged = merge.MergedId, merge = merge.Id }, null, ct); }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<bool>.Invalid("merge", "Someone undid this merge or changed one of these records a moment ago. Open it again to see it.");
        }
        registry.Add(await db.People.AsNoTracking().SingleAsync(p => p.Id == merge.MergedId, ct));
        return Outcome<bool>.Done(true);
    }

    /// <summary>Merges of people the actor may see (the scope function), newest first.</summary>
    public async Task<IReadOnlyList<MergeItem>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var visible = RecordScope.People(db.People, db.Referrals, db.Cases, actor).Select(p => p.Id);
        var rows = await db.PersonMerges.Where(m => visible.Contains(m.SurvivorId) && visible.Contains(m.MergedId))
            .OrderByDescending(m => m.MergedAt).Take(200)
            .Join(db.People, m => m.SurvivorId, p => p.Id, (m, s) => new { m, s })
            .Join(db.People, x => x.m.MergedId, p => p.Id, (x, d) => new { x.m, x.s, d })
            .ToListAsync(ct);
        await audit.ListedAsync(nameof(Person), rows.SelectMany(r => new[] { r.s.Id, r.d.Id }).Distinct().ToList(), "merge list", ct);
        var userIds = rows.Select(r => r.m.MergedById).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(r => new MergeItem(r.m.Id, r.s.FullName, r.d.FullName, j.ToLocal(r.m.MergedAt),
            names.GetValueOrDefault(r.m.MergedById, "unknown user"), r.m.Reason,
            r.m.UndoneAt is { } u ? j.ToLocal(u) : null)).ToList();
    }
}

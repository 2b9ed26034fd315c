using System.Text.Json;
using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.People.Duplicates;

/// <summary>
/// The coordinators' queue of possible duplicates: record a finding, list what is open, compare a pair
/// side by side (audited as a read of both youth), and say they are not the same. Merging is in <see cref="PersonMerging"/>.
/// </summary>
public sealed class DuplicateReview(HartlineDb db, AuditLog audit, Jurisdiction j, TimeProvider clock)
{
    public const int PageSize = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds a pair to the queue, or refreshes an open one; a pair someone already decided stays decided.</summary>
    public async Task RecordAsync(Guid x, Guid y, double probability, object explanation, string foundBy, CancellationToken ct = default)
    {
        if (x == y) return;
        var (a, b) = PossibleDuplicate.Order(x, y);
        var pair = await db.PossibleDuplicates.FirstOrDefaultAsync(d => d.PersonAId == a && d.PersonBId == b, ct);
        if (pair is { Status: not PossibleDuplicateStatus.Open }) return;
        pair ??= db.PossibleDuplicates.Add(new PossibleDuplicate { PersonAId = a, PersonBId = b, FoundBy = foundBy }).Entity;
        (pair.Probability, pair.Explanation, pair.FoundBy, pair.FoundAt) =
            (probability, JsonSerializer.Serialize(explanation, Json), foundBy, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task<(IReadOnlyList<PossibleDuplicateItem> Items, int Total)> QueueAsync(Actor actor, int page, CancellationToken ct = default)
    {
        page = Math.Clamp(page, 1, 1_000_000);
        var visible = RecordScope.People(db.People, db.Referrals, db.Cases, actor).Where(p => p.MergedIntoId == null).Select(p => p.Id);
        var open = db.PossibleDuplicates.Where(d => d.Status == PossibleDuplicateStatus.Open
            && visible.Contains(d.PersonAId) && visible.Contains(d.PersonBId));
        var total = await open.CountAsync(ct);
        var rows = await open.OrderByDescending(d => d.Probability).ThenBy(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.People, d => d.PersonAId, p => p.Id, (d, a) => new { d, a })
            .Join(db.People, x => x.d.PersonBId, p => p.Id, (x, b) => new { x.d, x.a, b })
            .ToListAsync(ct);
        // The queue names youth: one read event says whose records it showed.
        await audit.ListedAsync(nameof(Person), rows.SelectMany(x => new[] { x.a.Id, x.b.Id }).Distinct().ToList(), "possible duplicates", ct);
        return (rows.Select(x => new PossibleDuplicateItem(x.d.Id, x.a.FullName, x.b.FullName, x.d.Probability, x.d.FoundBy,
            ReferralTime(x.d.FoundAt))).ToList(), total);
    }

    /// <summary>The pair side by side, or null when missing or not the actor's to see (404 either way).</summary>
    public async Task<PossibleDuplicateView?> OpenAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var pair = await db.PossibleDuplicates.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (pair is null) return null;
        var visible = RecordScope.People(db.People, db.Referrals, db.Cases, actor);
        if (await visible.CountAsync(p => p.Id == pair.PersonAId || p.Id == pair.PersonBId, ct) < 2)
        {
            await audit.DeniedAsync(nameof(PossibleDuplicate), id.ToString(), "Read", ct);
            return null;
        }
        var (a, matchA) = await SideAsync(pair.PersonAId, ct);
        var (b, matchB) = await SideAsync(pair.PersonBId, ct);
        var merge = await db.PersonMerges.Where(m => m.PossibleDuplicateId == id && m.UndoneAt == null).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        await audit.ReadAllAsync(nameof(Person), [pair.PersonAId, pair.PersonBId], $"compared as possible duplicates ({id})", ct);
        var explanation = JsonSerializer.Deserialize<ExplanationView>(pair.Explanation, Json) ?? new ExplanationView(0, pair.Probability, []);
        // The reader may see both youth (checked above), so the words may quote both records' names.
        var words = MatchInWords.Describe(explanation.Fields.Select(f => new FieldFinding(f.Field, f.Level, f.Weight)), matchA, matchB);
        return new PossibleDuplicateView(pair.Id, a, b, pair.Probability, explanation,
            pair.FoundBy, ReferralTime(pair.FoundAt), pair.Status, merge, words);
    }

    public async Task<bool> DismissAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var pair = await db.PossibleDuplicates.FirstOrDefaultAsync(d => d.Id == id && d.Status == PossibleDuplicateStatus.Open, ct);
        if (pair is null) return false;
        (pair.Status, pair.DecidedAt, pair.DecidedById) = (PossibleDuplicateStatus.NotDuplicates, clock.GetUtcNow().UtcDateTime, actor.UserId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<(PersonSide, MatchSide)> SideAsync(Guid id, CancellationToken ct)
    {
        var p = await db.People.AsNoTracking().Include(x => x.RaceEthnicities).SingleAsync(x => x.Id == id, ct);
        var agency = await db.Agencies.Where(x => x.Id == p.OwnerAgencyId).Select(x => x.Name).FirstAsync(ct);
        var gender = Jurisdiction.NameOf(j.Genders, p.GenderCode);
        return (new PersonSide(p.Id, p.FullName, p.DateOfBirth, gender,
            p.RaceEthnicities.Select(r => Jurisdiction.NameOf(j.RaceEthnicity.Categories, r.Code) ?? r.Code).ToList(), agency,
            await db.Referrals.CountAsync(r => r.PersonId == id, ct), await db.Cases.CountAsync(c => c.PersonId == id, ct), p.MergedIntoId),
            new MatchSide(p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth, gender));
    }

    private DateTime ReferralTime(DateTime utc) => j.ToLocal(utc);
}

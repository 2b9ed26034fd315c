using Hartline.Data;
using Hartline.Linkage.Candidates;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake.Duplicates;

public sealed record DuplicateCandidate(Guid PersonId, string Name, DateOnly? DateOfBirth, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// People already in the registry who may be the youth being entered: only people the worker may
/// see (the scope function), prefiltered cheaply in SQL, then scored by the linkage library's
/// candidate scorer. Each candidate shown is a view of a person, so it is audited.
/// </summary>
public sealed class DuplicateCheck(HartlineDb db, AuditLog audit)
{
    public const int MaxShown = 8;
    private const int MaxScored = 5000;
    private const int MaxNameLength = 100;

    private sealed record Candidate(Guid Id, string GivenName, string? MiddleName, string FamilyName, DateOnly? DateOfBirth);

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(string? givenName, string? familyName, DateOnly? dateOfBirth,
        Actor actor, CancellationToken ct = default)
    {
        // Names longer than any stored name cannot match; refusing them early keeps typed garbage cheap.
        if (givenName?.Length > MaxNameLength || familyName?.Length > MaxNameLength) return [];
        var query = new PersonFacts(givenName?.Trim(), familyName?.Trim(), dateOfBirth);
        if (!CandidateScorer.IsPlausible(query)) return [];
        // Merged records are represented by their survivor: never suggest them.
        var visible = RecordScope.People(db.People, db.Referrals, db.Cases, actor).Where(p => p.MergedIntoId == null);

        // Everyone with the same date of birth (or day and month swapped) is scored: a few hundred at most.
        var swapped = dateOfBirth is { Day: <= 12 } d && d.Day != d.Month ? new DateOnly(d.Year, d.Day, d.Month) : (DateOnly?)null;
        var byDate = dateOfBirth is null ? [] : await visible
            .Where(p => p.DateOfBirth == dateOfBirth || p.DateOfBirth == swapped)
            .Select(p => new Candidate(p.Id, p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth)).ToListAsync(ct);

        // Then people whose given or family name starts like either typed name (swapped names are found
        // too), compared on the folded search keys so accents and case do not matter on either database.
        var initials = new[] { givenName, familyName }.Select(Linkage.Text.NameFolding.Fold)
            .Where(k => k.Length > 0).Select(k => k[..1]).Distinct().ToList();
        var byName = new List<Candidate>();
        foreach (var initial in initials)
            byName.AddRange(await visible.Where(p => p.FamilyNameKey.StartsWith(initial) || p.GivenNameKey.StartsWith(initial))
                .OrderBy(p => p.Id).Take(MaxScored)
                .Select(p => new Candidate(p.Id, p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth)).ToListAsync(ct));
        var pool = byDate.Concat(byName).DistinctBy(p => p.Id);

        var found = pool
            .Select(p => (p, match: CandidateScorer.Compare(query, new PersonFacts(p.GivenName, p.FamilyName, p.DateOfBirth))))
            .Where(x => x.match.Score >= CandidateScorer.SuggestThreshold)
            .OrderByDescending(x => x.match.Score).Take(MaxShown)
            .Select(x => new DuplicateCandidate(x.p.Id, People.Person.FormatName(x.p.GivenName, x.p.MiddleName, x.p.FamilyName),
                x.p.DateOfBirth, Math.Round(x.match.Score, 2), x.match.Reasons))
            .ToList();
        if (found.Count > 0)
            await audit.ReadAllAsync(nameof(People.Person), found.Select(c => c.PersonId), "shown as a possible duplicate at intake", ct);
        return found;
    }
}

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

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(string? givenName, string? familyName, DateOnly? dateOfBirth,
        Actor actor, CancellationToken ct = default)
    {
        var query = new PersonFacts(givenName?.Trim(), familyName?.Trim(), dateOfBirth);
        if (!CandidateScorer.IsPlausible(query)) return [];

        // Prefilter: same date of birth (or day and month swapped), or a name starting like one of ours
        // (either name, so swapped given/family names are still found).
        var initials = new[] { givenName, familyName }.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim()[..1].ToLowerInvariant()).Distinct().ToList();
        var swapped = dateOfBirth is { Day: <= 12 } d && d.Day != d.Month ? new DateOnly(d.Year, d.Day, d.Month) : (DateOnly?)null;
        var first = initials.ElementAtOrDefault(0) ?? "\u0001";
        var second = initials.ElementAtOrDefault(1) ?? first;
        var pool = await RecordScope.People(db.People, db.Referrals, db.Cases, actor)
            .Where(p => (dateOfBirth != null && (p.DateOfBirth == dateOfBirth || p.DateOfBirth == swapped))
                || p.FamilyName.ToLower().StartsWith(first) || p.FamilyName.ToLower().StartsWith(second)
                || p.GivenName.ToLower().StartsWith(first) || p.GivenName.ToLower().StartsWith(second))
            .Select(p => new { p.Id, p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth })
            .Take(MaxScored)
            .ToListAsync(ct);

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

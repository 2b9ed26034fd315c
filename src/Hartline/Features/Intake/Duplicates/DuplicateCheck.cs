using Hartline.Data;
using Hartline.Features.People.Deduplication;
using Hartline.Linkage;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake.Duplicates;

public sealed record DuplicateCandidate(Guid PersonId, string Name, DateOnly? DateOfBirth, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// People already in the registry who may be the youth being entered, found by the linkage engine's
/// interactive index and then narrowed to the people the worker may see (the scope function). Each
/// candidate shown is a view of a person, so it is audited.
/// </summary>
public sealed class DuplicateCheck(HartlineDb db, AuditLog audit, RegistryIndex registry)
{
    public const int MaxShown = 8;
    /// <summary>Shown from this probability: low enough that a nickname plus a swapped date still comes up.</summary>
    public const double ShowFrom = 0.3;
    private const int MaxConsidered = 50;
    private const int MaxNameLength = 100;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(string? givenName, string? familyName, DateOnly? dateOfBirth,
        Actor actor, CancellationToken ct = default)
    {
        // Names longer than any stored name cannot match; refusing them early keeps typed garbage cheap.
        if (givenName?.Length > MaxNameLength || familyName?.Length > MaxNameLength) return [];
        if (!IsPlausible(givenName, familyName, dateOfBirth)) return [];

        var index = await registry.CurrentAsync(ct);
        var matches = index.Find(new PersonRecord("query", givenName?.Trim(), null, familyName?.Trim(), dateOfBirth, null, null, null, null, null),
            max: MaxConsidered, minProbability: ShowFrom);
        var ids = matches.Select(m => Guid.Parse(m.Id)).ToList();
        // The index knows the whole registry; the worker is shown only people they may see.
        var visible = await RecordScope.People(db.People, db.Referrals, db.Cases, actor)
            .Where(p => ids.Contains(p.Id) && p.MergedIntoId == null)
            .ToDictionaryAsync(p => p.Id, p => new { p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth }, ct);
        var found = matches.Where(m => visible.ContainsKey(Guid.Parse(m.Id))).Take(MaxShown)
            .Select(m =>
            {
                var p = visible[Guid.Parse(m.Id)];
                // The worker typed one side and may see the other: the words may quote both.
                var words = People.Duplicates.MatchInWords.Describe(
                    m.Explanation.Fields.Select(f => new People.Duplicates.FieldFinding(f.Field, f.Level, f.Weight)),
                    new(givenName?.Trim(), null, familyName?.Trim(), dateOfBirth, null), new(p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth, null));
                var reasons = words.Agrees.Concat(words.Differs).ToList();
                return new DuplicateCandidate(Guid.Parse(m.Id), People.Person.FormatName(p.GivenName, p.MiddleName, p.FamilyName),
                    p.DateOfBirth, Math.Round(m.Probability, 2), reasons);
            })
            .ToList();
        if (found.Count > 0)
            await audit.ReadAllAsync(nameof(People.Person), found.Select(c => c.PersonId), "shown as a possible duplicate at intake", ct);
        return found;
    }

    /// <summary>
    /// Enough to search on: a family name of two letters or more, or a given name with a date of birth.
    /// One letter would list half the registry, and every suggestion shown is an audited view of a youth.
    /// </summary>
    internal static bool IsPlausible(string? givenName, string? familyName, DateOnly? dateOfBirth) =>
        Linkage.Text.NameFolding.Fold(familyName).Length >= 2
        || (dateOfBirth is not null && Linkage.Text.NameFolding.Fold(givenName).Length >= 2);
}

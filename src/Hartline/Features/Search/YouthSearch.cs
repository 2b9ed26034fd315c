using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.People;
using Hartline.Features.People.Deduplication;
using Hartline.Jurisdictions;
using Hartline.Linkage.Text;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Search;

public sealed record CaseHit(Guid Id, DateOnly OpenedOn, CaseStatus Status, string OwnerAgency, string? Number = null);

public sealed record ReferralHit(Guid Id, DateTime ReceivedAt, ReferralStatus Status, string? CarelineReportNumber, string? Number = null);

/// <summary>One youth found, with the cases and referrals of theirs the searcher may open.</summary>
public sealed record YouthHit(Guid PersonId, string Name, DateOnly? DateOfBirth, IReadOnlyList<string> Matched,
    IReadOnlyList<CaseHit> Cases, IReadOnlyList<ReferralHit> Referrals);

/// <summary>
/// The answer to a search. <see cref="Problem"/> says why nothing was searched; <see cref="TooCommon"/>
/// that a typed name is shared by so many youth that only exact spellings are listed.
/// </summary>
public sealed record SearchResults(string Query, string? Problem, bool TooCommon, IReadOnlyList<YouthHit> Youth);

/// <summary>
/// The search box: finds youth by name (misspelled, a nickname, names swapped, accents: the linkage
/// engine's index), by date of birth, by case or referral id and by Careline report number.
/// The index knows the whole registry; what is shown goes through the one scope function, so a worker
/// never learns that a youth hidden from them exists. Every search is audited with the ids it returned.
/// </summary>
public sealed class YouthSearch(HartlineDb db, RegistryIndex registry, AuditLog audit, Jurisdiction j, Admin.AgencyNames agencies)
{
    public const int MaxShown = 25;
    /// <summary>Enough candidates from the index that a worker's own youth are among them even when most are others'.</summary>
    private const int MaxConsidered = 400;

    public async Task<SearchResults> FindAsync(string? typed, Actor actor, CancellationToken ct = default)
    {
        var query = SearchQuery.Read(typed);
        if (query.Problem is not null) return new SearchResults(query.Text, query.Problem, false, []);

        var found = new Dictionary<Guid, Found>();
        void Keep(Guid person, Found hit)
        {
            if (!found.TryGetValue(person, out var held) || held.Rank < hit.Rank) found[person] = hit;
        }

        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records);
        var referrals = RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Records);
        var people = RecordScope.People(db.People, db.Referrals, db.Cases, actor).Where(p => p.MergedIntoId == null);
        var tooCommon = false;

        if (query.RecordId is { } id)
        {
            foreach (var p in await cases.Where(c => c.Id == id).Select(c => c.PersonId).ToListAsync(ct)) Keep(p, new(1000, ["case number"]));
            foreach (var p in await referrals.Where(r => r.Id == id).Select(r => r.PersonId).ToListAsync(ct)) Keep(p, new(1000, ["referral number"]));
        }
        if (query.RecordNumber is { } numbered)
        {
            if (numbered.Kind == NumberedRecord.Case)
                foreach (var p in await cases.Where(c => c.Number == numbered.Number).Select(c => c.PersonId).ToListAsync(ct)) Keep(p, new(1000, ["case number"]));
            else
                foreach (var p in await referrals.Where(r => r.Number == numbered.Number).Select(r => r.PersonId).ToListAsync(ct)) Keep(p, new(1000, ["referral number"]));
        }
        if (query.Number is { } number)
        {
            var careline = Referral.CarelineIndex(db.FieldKeys, number);
            foreach (var p in await referrals.Where(r => r.CarelineReportIndex == careline)
                         .Select(r => r.PersonId).Take(MaxShown).ToListAsync(ct))
                Keep(p, new(900, [$"{j.Careline.Name} report number"]));
        }
        if (query.HasNames)
            tooCommon = await ByNameAsync(query, people, Keep, ct);
        else if (query.DateOfBirth is { } born)
            await ByBirthDateAsync(born, people, Keep, ct);

        var ids = found.Keys.ToList();
        var shown = await people.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth }).ToListAsync(ct);
        var top = shown.OrderByDescending(p => found[p.Id].Rank).ThenBy(p => NameFolding.Fold(p.FamilyName), StringComparer.Ordinal)
            .ThenBy(p => NameFolding.Fold(p.GivenName), StringComparer.Ordinal).ThenBy(p => p.Id).Take(MaxShown).ToList();
        var topIds = top.Select(p => p.Id).ToList();
        var theirCases = (await cases.Where(c => topIds.Contains(c.PersonId))
                .Select(c => new { c.Id, c.Number, c.PersonId, c.OpenedOn, c.Status, c.OwnerAgencyId }).ToListAsync(ct))
            .ToLookup(c => c.PersonId);
        var theirReferrals = (await referrals.Where(r => topIds.Contains(r.PersonId))
                .Select(r => new { r.Id, r.Number, r.PersonId, r.ReceivedAt, r.ScreenedAt, r.DeterminedAt, r.LinkedAt, r.CarelineReportNumber }).ToListAsync(ct))
            .ToLookup(r => r.PersonId);
        var names = await agencies.OfAsync(db, theirCases.SelectMany(c => c).Select(c => c.OwnerAgencyId), ct);

        var youth = top.Select(p => new YouthHit(p.Id, Person.FormatName(p.GivenName, p.MiddleName, p.FamilyName), p.DateOfBirth,
            found[p.Id].Explanation is { } why ? MatchWords.Of(why, p.GivenName, p.FamilyName) : found[p.Id].Matched,
            theirCases[p.Id].OrderByDescending(c => c.OpenedOn)
                .Select(c => new CaseHit(c.Id, c.OpenedOn, c.Status, names.GetValueOrDefault(c.OwnerAgencyId, "another agency"), c.Number)).ToList(),
            theirReferrals[p.Id].OrderByDescending(r => r.ReceivedAt)
                .Select(r => new ReferralHit(r.Id, j.ToLocal(r.ReceivedAt),
                    Referral.StatusOf(r.ScreenedAt, r.DeterminedAt, r.LinkedAt), r.CarelineReportNumber, r.Number)).ToList())).ToList();

        // Each youth listed is a view of a person; a search that found none is recorded too.
        if (youth.Count > 0) await audit.ReadAllAsync(nameof(Person), youth.Select(y => y.PersonId), "found by a search", ct);
        else await audit.ReadAsync("Search", Guid.Empty, "a search that found no youth", ct);
        return new SearchResults(query.Text, null, tooCommon, youth);
    }

    /// <summary>A youth found, how well, and why: in words, or as the model's comparison (put in words once the youth's names are read).</summary>
    private sealed record Found(double Rank, IReadOnlyList<string> Matched, Linkage.PairExplanation? Explanation = null);

    private async Task<bool> ByNameAsync(SearchQuery query, IQueryable<Person> people, Action<Guid, Found> keep, CancellationToken ct)
    {
        var index = await registry.CurrentAsync(ct);
        var matches = index.Search(query.Names, query.DateOfBirth, MaxConsidered, out var tooCommon);
        var ranked = matches.Select(m => (Id: Guid.Parse(m.Id), m.Weight, m.Explanation)).ToList();
        var ids = ranked.Select(m => m.Id).ToList();
        var visible = (await people.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        foreach (var m in ranked.Where(m => visible.Contains(m.Id)))
        {
            // Two names typed: both must agree at least loosely; one name right and the other wrong is someone else.
            if (query.SecondName is not null && m.Explanation.Fields.Any(f => f.Field is "GivenName" or "FamilyName" && f.Level == "different")) continue;
            keep(m.Id, new(m.Weight, [], m.Explanation));
        }
        if (tooCommon)
        {
            // A name so common the index does not scan it: list the exact spellings, within scope, from the database.
            // Two queries, each on its own name index: with an OR between them SQLite walks one index through the
            // whole registry (a quarter of a second at a million youth).
            // The names are compared as blind indexes (the database holds them encrypted); which of the exact spellings
            // are shown first is the shown list's order (by name), not the database's.
            var keys = new[] { query.FirstName, query.SecondName }.Where(n => n is not null).Select(n => Person.NameIndex(db.FieldKeys, n!)).ToList();
            foreach (var exact in new[] { people.Where(p => keys.Contains(p.FamilyNameIndex)), people.Where(p => keys.Contains(p.GivenNameIndex)) })
            {
                var birth = query.DateOfBirth is { } born ? Person.BirthIndex(db.FieldKeys, born) : null;
                var same = birth is not null ? exact.Where(p => p.BirthDateIndex == birth) : exact;
                foreach (var p in await same.OrderBy(p => p.Id).Select(p => p.Id).Take(MaxShown).ToListAsync(ct))
                    keep(p, new(1, ["name: same spelling"]));
            }
        }
        return tooCommon;
    }

    private async Task ByBirthDateAsync(DateOnly born, IQueryable<Person> people, Action<Guid, Found> keep, CancellationToken ct)
    {
        var same = Person.BirthIndex(db.FieldKeys, born);
        foreach (var p in await people.Where(p => p.BirthDateIndex == same).OrderBy(p => p.Id).Select(p => p.Id).Take(MaxShown).ToListAsync(ct))
            keep(p, new(50, ["date of birth: same"]));
        // Day and month swapped is the commonest slip in a date of birth.
        if (born.Day <= 12 && born.Day != born.Month && DateOnly.TryParseExact($"{born.Year:D4}-{born.Day:D2}-{born.Month:D2}", "yyyy-MM-dd", out var swapped))
        {
            var other = Person.BirthIndex(db.FieldKeys, swapped);
            foreach (var p in await people.Where(p => p.BirthDateIndex == other).OrderBy(p => p.Id).Select(p => p.Id).Take(MaxShown).ToListAsync(ct))
                keep(p, new(40, ["date of birth: day and month swapped"]));
        }
    }
}

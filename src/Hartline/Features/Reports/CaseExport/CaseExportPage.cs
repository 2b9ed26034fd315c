using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Intake.Determination;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.CaseExport;

/// <summary>One case as the export reads it: the youth's id only to derive the export's youth number, never written.</summary>
internal sealed record ExportCase(Guid CaseId, Guid PersonId, string RegionCode, string? ResidenceCode, DateOnly OpenedOn, DateOnly? ClosedOn,
    CaseStatus Status, string? ClosureReasonCode, string? GenderCode, DateOnly? BirthDate)
{
    public IReadOnlyList<string> Races { get; init; } = [];
    public IReadOnlyList<string> ExploitationTypes { get; init; } = [];
    public string? RecruiterRelationship { get; init; }
    public TraffickingStatus? TraffickingStatus { get; init; }
    public int Referrals { get; init; }
}

/// <summary>
/// Reads the cases in pages by id (keyset: each page starts after the last id of the one before, so page 200 costs what
/// page 1 costs), through the scope function, with what each page's cases need in four more narrow reads keyed by the
/// page's ids. Nothing is tracked; only one page is held at a time.
/// </summary>
internal sealed class CaseExportPages(HartlineDb db, Jurisdiction j, Actor actor)
{
    private IQueryable<Case> Scoped => RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics).AsNoTracking();

    public Task<int> CountAsync(CancellationToken ct) => Scoped.CountAsync(ct);

    public async Task<IReadOnlyList<ExportCase>> NextAsync(Guid? after, int size, CancellationToken ct)
    {
        var scoped = Scoped;
        if (after is { } last) scoped = scoped.Where(c => c.Id.CompareTo(last) > 0);
        var cases = await scoped.OrderBy(c => c.Id).Take(size)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new ExportCase(c.Id, c.PersonId, c.RegionCode, c.ResidenceCode, c.OpenedOn, c.ClosedOn,
                c.Status, c.ClosureReasonCode, p.GenderCode, p.DateOfBirth))
            .ToListAsync(ct);
        if (cases.Count == 0) return cases;
        // The join may not keep the order. Guid.CompareTo orders as both databases do (the text of the id on SQLite,
        // its bytes on PostgreSQL), so the last case here is the one the next page starts after.
        cases.Sort((a, b) => a.CaseId.CompareTo(b.CaseId));
        var caseIds = cases.Select(c => c.CaseId).ToList();
        var personIds = cases.Select(c => c.PersonId).Distinct().ToList();

        var races = (await db.Set<PersonRaceEthnicity>().AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                .Select(r => new { r.PersonId, r.Code }).ToListAsync(ct))
            .ToLookup(r => r.PersonId, r => r.Code);
        var profiles = await db.Set<ExploitationProfile>().AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.ExploitationTypes, p.RecruiterRelationship, p.TraffickingStatus, p.StatusDecidedOn, p.UpdatedAt })
            .ToDictionaryAsync(p => p.CaseId, ct);
        var determinations = (await db.Determinations.AsNoTracking()
                .Join(db.Referrals.Where(r => r.CaseId != null && caseIds.Contains(r.CaseId.Value)), d => d.ReferralId, r => r.Id,
                    (d, r) => new { CaseId = r.CaseId!.Value, d.Status, d.DecidedAt })
                .ToListAsync(ct))
            .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.DecidedAt)!);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId != null && caseIds.Contains(r.CaseId.Value))
            .GroupBy(r => r.CaseId!.Value).Select(g => new { CaseId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.CaseId, r => r.Count, ct);

        return cases.Select(c =>
        {
            var profile = profiles.GetValueOrDefault(c.CaseId);
            var decided = determinations.GetValueOrDefault(c.CaseId);
            // The case's status is its latest determination, as the case file shows it: one recorded on the profile
            // counts from the end of the day it was decided (CaseDeterminations).
            var fromProfile = profile?.TraffickingStatus is { } s
                ? (Status: s, At: j.ToUtc((profile.StatusDecidedOn ?? j.LocalDate(profile.UpdatedAt)).ToDateTime(new TimeOnly(23, 59))))
                : ((TraffickingStatus Status, DateTime At)?)null;
            var status = decided is null ? fromProfile?.Status
                : fromProfile is { } p && p.At > decided.DecidedAt ? p.Status : decided.Status;
            return c with
            {
                Races = races[c.PersonId].ToList(),
                ExploitationTypes = profile?.ExploitationTypes ?? [],
                RecruiterRelationship = profile?.RecruiterRelationship,
                TraffickingStatus = status,
                Referrals = referrals.GetValueOrDefault(c.CaseId),
            };
        }).ToList();
    }
}

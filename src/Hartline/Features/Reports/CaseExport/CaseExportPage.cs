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
        // No case has the empty id, which sorts first on both databases: the first page starts after it.
        var from = after ?? Guid.Empty;
        var cases = await Scoped.Where(c => c.Id.CompareTo(from) > 0).OrderBy(c => c.Id).Take(size)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new ExportCase(c.Id, c.PersonId, c.RegionCode, c.ResidenceCode, c.OpenedOn, c.ClosedOn,
                c.Status, c.ClosureReasonCode, p.GenderCode, p.DateOfBirth))
            .ToListAsync(ct);
        if (cases.Count == 0) return cases;
        // The join may not keep the order. Guid.CompareTo orders as both databases do (the text of the id on SQLite,
        // its bytes on PostgreSQL), so the last case here is the one the next page starts after.
        cases.Sort((a, b) => a.CaseId.CompareTo(b.CaseId));
        var to = cases[^1].CaseId;

        // The rest is read by the page's range of case ids, not by a list of 5,000 ids: a range walks an index with two
        // parameters, where a list is a statement of 5,000 (three quarters of the time, measured at a million cases).
        // A range may hold cases outside the asker's scope; only the page's own cases are looked up below.
        var inRange = db.Cases.AsNoTracking().Where(c => c.Id.CompareTo(from) > 0 && c.Id.CompareTo(to) <= 0);
        var races = (await inRange.Join(db.Set<PersonRaceEthnicity>(), c => c.PersonId, r => r.PersonId, (c, r) => new { r.PersonId, r.Code })
                .ToListAsync(ct))
            .Distinct().ToLookup(r => r.PersonId, r => r.Code);
        var profiles = await db.Set<ExploitationProfile>().AsNoTracking().Where(p => p.CaseId.CompareTo(from) > 0 && p.CaseId.CompareTo(to) <= 0)
            .Select(p => new { p.CaseId, p.ExploitationTypes, p.RecruiterRelationship, p.TraffickingStatus, p.StatusDecidedOn, p.UpdatedAt })
            .ToDictionaryAsync(p => p.CaseId, ct);
        var referralsInRange = db.Referrals.AsNoTracking().Where(r => r.CaseId != null && r.CaseId.Value.CompareTo(from) > 0 && r.CaseId.Value.CompareTo(to) <= 0);
        var determinations = (await db.Determinations.AsNoTracking()
                .Join(referralsInRange, d => d.ReferralId, r => r.Id, (d, r) => new { CaseId = r.CaseId!.Value, d.Status, d.DecidedAt })
                .ToListAsync(ct))
            .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.DecidedAt)!);
        var referrals = await referralsInRange.GroupBy(r => r.CaseId!.Value).Select(g => new { CaseId = g.Key, Count = g.Count() })
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

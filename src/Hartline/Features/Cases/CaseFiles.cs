using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

public sealed record CaseListItem(Guid Id, string YouthName, DateOnly? DateOfBirth, string Region, DateOnly OpenedOn,
    CaseStatus Status, string OwnerAgency);

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, int Total);

public sealed record CaseReferralView(Guid Id, DateTime ReceivedAt, string Source, string ReportingAgency);

public sealed record StatusChangeView(CaseStatus? From, CaseStatus To, string? Reason, string? Note, DateTime ChangedAt, string ChangedBy);

public sealed record CaseFile(Guid Id, Guid PersonId, string YouthName, DateOnly? DateOfBirth, string? Gender,
    IReadOnlyList<string> RaceEthnicity, string Region, string? ResidenceAtExploitation, string? ResidenceCode, DateOnly OpenedOn,
    DateOnly? ClosedOn, CaseStatus Status, string? ClosureReason, IReadOnlyList<CaseStatus> NextStatuses, string OwnerAgency,
    IReadOnlyList<string> SharedWith, IReadOnlyList<CaseReferralView> Referrals, Profile.ExploitationProfile Profile,
    IReadOnlyList<StatusChangeView> StatusHistory, IReadOnlyList<Missing.MissingEpisodeView> MissingEpisodes,
    int PrimaryWorkerChangesLast12Months, string? PrimaryWorker);

/// <summary>Lists and opens case files: lists through the scope function, opening through <see cref="CaseAccess"/>, every opening audited.</summary>
public sealed class CaseFiles(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j,
    Profile.CaseProfiles profiles, Missing.MissingEpisodes missing, Team.CareTeam team, AgencyNames agencyNames)
{
    public const int DefaultPageSize = 50;

    public async Task<CasePage> ListAsync(Actor actor, int page, string? region, CancellationToken ct = default)
    {
        page = Math.Clamp(page, 1, 1_000_000); // a typed page number must not overflow the offset
        var query = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records);
        if (!string.IsNullOrWhiteSpace(region)) query = query.Where(c => c.RegionCode == region);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize)
            .Select(c => new
            {
                c.Id, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.Person.DateOfBirth,
                c.RegionCode, c.OpenedOn, c.Status,
                Agency = db.Agencies.Where(a => a.Id == c.OwnerAgencyId).Select(a => a.Name).First(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new CaseListItem(r.Id, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName), r.DateOfBirth,
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, r.OpenedOn, r.Status, r.Agency)).ToList();
        return new CasePage(items, page, DefaultPageSize, total);
    }

    /// <summary>
    /// Opens one case file for reading. Returns null both when it does not exist and when the user may
    /// not see it (the caller answers 404 either way); a refusal is audited as denied, a view as read.
    /// </summary>
    public async Task<CaseFile?> OpenAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        await access.FindAsync(id, actor, CaseOperations.Read, ct, load: CaseAccess.WithYouthDetails) is { } found
            ? await ReadAsync(found, ct) : null;

    /// <summary>
    /// The file of a case already opened through <see cref="CaseAccess"/> for reading (with
    /// <see cref="CaseAccess.WithYouthDetails"/>); audits the view of the case and of the youth.
    /// </summary>
    public async Task<CaseFile> ReadAsync(Case c, CancellationToken ct = default)
    {
        var id = c.Id;
        var agencies = await agencyNames.OfAsync(db, c.Grants.Where(g => g.RevokedAt == null).Select(g => g.AgencyId).Append(c.OwnerAgencyId), ct);
        var referrals = await ReferralsOf(db, id).ToListAsync(ct);
        var history = await HistoryOf(db, id).ToListAsync(ct);
        var careTeam = await team.OfAsync(c, ct);

        await audit.ReadAsync([new(nameof(Case), c.Id, null), new(nameof(People.Person), c.PersonId, $"via case {c.Id}")], ct);

        var p = c.Person!;
        return new CaseFile(c.Id, p.Id, p.FullName, p.DateOfBirth, Jurisdiction.NameOf(j.Genders, p.GenderCode),
            p.RaceEthnicities.Select(r => Jurisdiction.NameOf(j.RaceEthnicity.Categories, r.Code) ?? r.Code).ToList(),
            Jurisdiction.NameOf(j.Regions, c.RegionCode) ?? c.RegionCode,
            Jurisdiction.NameOf(j.ResidenceAtExploitation, c.ResidenceCode), c.ResidenceCode, c.OpenedOn, c.ClosedOn, c.Status,
            Jurisdiction.NameOf(Profile.ExploitationVocabulary.ClosureReasons, c.ClosureReasonCode),
            Lifecycle.CaseLifecycle.NextFrom(c.Status), agencies.GetValueOrDefault(c.OwnerAgencyId, "?"),
            c.Grants.Where(g => g.RevokedAt == null).Select(g => $"{agencies.GetValueOrDefault(g.AgencyId, "?")} ({g.Kind.Label()})").ToList(),
            referrals.Select(r => new CaseReferralView(r.Id, j.ToLocal(r.ReceivedAt),
                Jurisdiction.NameOf(j.ReferralSources, r.SourceCode) ?? r.SourceCode, r.ReportingAgencyName)).ToList(),
            await profiles.OfAsync(id, ct),
            history.Select(h => new StatusChangeView(h.Change.From, h.Change.To,
                Jurisdiction.NameOf(Profile.ExploitationVocabulary.ClosureReasons, h.Change.ReasonCode), h.Change.Note,
                j.ToLocal(h.Change.ChangedAt), h.ChangedBy)).ToList(),
            await missing.OfAsync(id, ct), careTeam.PrimaryWorkerChangesLast12Months,
            careTeam.Current.FirstOrDefault(m => m.Role == Team.CareTeamRole.PrimaryWorker)?.Name);
    }

    // Compiled once: each case view runs these, and a compiled query skips building the LINQ tree and
    // looking it up in EF's query cache on every call.
    private sealed record ReferralRow(Guid Id, DateTime ReceivedAt, string SourceCode, string ReportingAgencyName);

    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<ReferralRow>> ReferralsOf = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id) => db.Referrals.Where(r => r.CaseId == id).OrderBy(r => r.ReceivedAt)
            .Select(r => new ReferralRow(r.Id, r.ReceivedAt, r.SourceCode, r.ReportingAgencyName)));

    private sealed record HistoryRow(Lifecycle.CaseStatusChange Change, string ChangedBy);

    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<HistoryRow>> HistoryOf = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id) => db.Set<Lifecycle.CaseStatusChange>().AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.ChangedAt)
            .GroupJoin(db.Users, s => s.ChangedById, u => u.Id, (s, u) => new { s, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new HistoryRow(x.s, u == null ? "system" : u.DisplayName)));
}

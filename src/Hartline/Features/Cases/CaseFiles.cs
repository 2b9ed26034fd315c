using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

public sealed record CaseListItem(Guid Id, string YouthName, DateOnly? DateOfBirth, string Region, DateOnly OpenedOn,
    CaseStatus Status, string OwnerAgency, string? PrimaryWorker, bool SafetyConcern, string? Number = null);

/// <param name="TotalIsAtLeast">The count stopped at <see cref="Total"/>: there are more (a list is counted only as far as a person pages).</param>
public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, int Total, bool TotalIsAtLeast = false);

public sealed record CaseReferralView(Guid Id, DateTime ReceivedAt, string Source, string ReportingAgency);

public sealed record StatusChangeView(CaseStatus? From, CaseStatus To, string? Reason, string? Note, DateTime ChangedAt, string ChangedBy);

public sealed record CaseFile(Guid Id, Guid PersonId, string YouthName, DateOnly? DateOfBirth, string? Gender,
    IReadOnlyList<string> RaceEthnicity, string Region, string? ResidenceAtExploitation, string? ResidenceCode, DateOnly OpenedOn,
    DateOnly? ClosedOn, CaseStatus Status, string? ClosureReason, IReadOnlyList<CaseStatus> NextStatuses, string OwnerAgency,
    IReadOnlyList<string> SharedWith, IReadOnlyList<CaseReferralView> Referrals, Profile.ExploitationProfile Profile,
    IReadOnlyList<StatusChangeView> StatusHistory, IReadOnlyList<Missing.MissingEpisodeView> MissingEpisodes,
    int PrimaryWorkerChangesLast12Months, string? PrimaryWorker, IReadOnlyList<Profile.CaseDeterminationView> Determinations);

/// <summary>Lists and opens case files: lists through the scope function, opening through <see cref="CaseAccess"/>, every opening audited.</summary>
public sealed class CaseFiles(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock,
    Profile.CaseProfiles profiles, Missing.MissingEpisodes missing, Team.CareTeam team, AgencyNames agencyNames,
    Profile.CaseDeterminations determinations)
{
    public const int DefaultPageSize = 50;
    /// <summary>
    /// Lists are counted up to this many (or to the page asked for): past it a person filters rather than pages,
    /// and counting every one of 100k cases joined to their youth cost more than the page itself.
    /// </summary>
    public const int CountedUpTo = 10_000;
    private const int SortAfterFilteringUpTo = 2_000;

    public Task<CasePage> ListAsync(Actor actor, CaseListQuery q, CancellationToken ct = default) =>
        ListAsync(actor, q, SortAfterFilteringUpTo, ct);

    /// <summary>The list, with the size under which a filtered list is read first and sorted after (tests take each path).</summary>
    internal async Task<CasePage> ListAsync(Actor actor, CaseListQuery q, int sortAfterFilteringUpTo, CancellationToken ct)
    {
        var page = Math.Clamp(q.Page ?? 1, 1, 1_000_000); // a typed page number must not overflow the offset
        var query = Filtered(actor, q, ageByIndex: true);
        var countTo = Math.Max(CountedUpTo, page * DefaultPageSize) + 1;
        var counted = await query.Take(countTo).CountAsync(ct);
        var (total, atLeast) = counted == countTo ? (countTo - 1, true) : (counted, false);
        if (total == 0) return new CasePage([], page, DefaultPageSize, 0);
        if (q.Filtered && total <= sortAfterFilteringUpTo)
        {
            // A filter that few cases pass (a rare status, a safety concern): read those few first, then sort them.
            // Left to itself, SQLite walks the sort column's index through every case looking for them, since its
            // statistics say how many cases a status has on average, not that this one has almost none.
            var few = await query.Select(c => c.Id).ToListAsync(ct);
            query = db.Cases.Where(c => few.Contains(c.Id));
        }
        else if (q.Age is not null && q.SortedBy != CaseSort.Born)
        {
            // An age group many cases pass ("18 or older"): let the sort's index lead and test the age on the way.
            // SQLite takes any date range for a narrow one and would sort every case in it for one page.
            query = Filtered(actor, q, ageByIndex: false);
        }
        var rows = await Sorted(query, q)
            .Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize)
            .Select(c => new
            {
                c.Id, c.Number, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.Person.DateOfBirth,
                c.RegionCode, c.OpenedOn, c.Status,
                Agency = db.Agencies.Where(a => a.Id == c.OwnerAgencyId).Select(a => a.Name).First(),
                Worker = db.Users.Where(u => u.Id == c.AssignedUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Safety = db.Referrals.Any(r => r.CaseId == c.Id && r.ImmediateSafetyConcern),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new CaseListItem(r.Id, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName), r.DateOfBirth,
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, r.OpenedOn, r.Status, r.Agency, r.Worker, r.Safety, r.Number)).ToList();
        return new CasePage(items, page, DefaultPageSize, total, atLeast);
    }

    /// <summary>
    /// The cases the actor may see (the scope function), narrowed by the list's filters. <paramref name="ageByIndex"/>
    /// false writes the age group so no index can serve it: for a group most cases pass, the sort's index should lead.
    /// </summary>
    private IQueryable<Case> Filtered(Actor actor, CaseListQuery q, bool ageByIndex)
    {
        var query = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records);
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(q.Region)) query = query.Where(c => c.RegionCode == q.Region);
        if (q.Owner is { } owner) query = query.Where(c => c.OwnerAgencyId == owner);
        switch (q.Worker)
        {
            case "none": query = query.Where(c => c.AssignedUserId == null); break;
            case "me": var me = actor.UserId; query = query.Where(c => c.AssignedUserId == me); break;
            case { } w when Guid.TryParse(w, out var worker): query = query.Where(c => c.AssignedUserId == worker); break;
        }
        // The flagged referrals are few: read them once through their index rather than probe each case's referrals.
        if (q.Safety == true)
            query = query.Where(c => db.Referrals.Where(r => r.ImmediateSafetyConcern && r.CaseId != null).Select(r => r.CaseId!.Value).Contains(c.Id));
        if (q.Age is not { } band) return query;
        if (band == Shared.AgeGroup.NotRecorded) return query.Where(c => c.Person!.DateOfBirth == null);
        var (after, onOrBefore) = Shared.AgeGroups.BirthDates(band, j.Today(clock));
        if (ageByIndex)
        {
            if (after is { } a) query = query.Where(c => c.Person!.DateOfBirth > a);
            if (onOrBefore is { } b) query = query.Where(c => c.Person!.DateOfBirth <= b);
        }
        else
        {
            // COALESCE hides the column from the planner; an unknown date of birth still falls outside every group.
            if (after is { } a) query = query.Where(c => (c.Person!.DateOfBirth ?? DateOnly.MinValue) > a);
            if (onOrBefore is { } b) query = query.Where(c => (c.Person!.DateOfBirth ?? DateOnly.MaxValue) <= b);
        }
        return query;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Case, int>> LifeOrder = c =>
        c.Status == CaseStatus.Open ? 0 : c.Status == CaseStatus.Active ? 1 : c.Status == CaseStatus.FollowUp ? 2
        : c.Status == CaseStatus.Reopened ? 3 : 4;

    // Every sort ends on the id, so paging through equal values neither repeats nor skips a case.
    private IQueryable<Case> Sorted(IQueryable<Case> query, CaseListQuery q)
    {
        var desc = q.Descending;
        if (q.SortedBy == CaseSort.Owner)
        {
            // A join, not a subquery per case: the planner walks the agencies by name and each one's cases by id.
            var owned = query.Join(db.Agencies, c => c.OwnerAgencyId, a => a.Id, (c, a) => new { c, a.Name });
            return (desc ? owned.OrderByDescending(x => x.Name).ThenByDescending(x => x.c.Id) : owned.OrderBy(x => x.Name).ThenBy(x => x.c.Id))
                .Select(x => x.c);
        }
        IOrderedQueryable<Case> ordered = q.SortedBy switch
        {
            CaseSort.Youth => desc ? query.OrderByDescending(c => c.Person!.FamilyNameKey).ThenByDescending(c => c.Person!.GivenNameKey)
                : query.OrderBy(c => c.Person!.FamilyNameKey).ThenBy(c => c.Person!.GivenNameKey),
            CaseSort.Born => desc ? query.OrderByDescending(c => c.Person!.DateOfBirth) : query.OrderBy(c => c.Person!.DateOfBirth),
            CaseSort.Region => desc ? query.OrderByDescending(c => c.RegionCode) : query.OrderBy(c => c.RegionCode),
            // In the order of a case's life, not of the stored names; with one status asked for, all are equal and
            // the expression (which no index serves) would only make the database sort every case.
            CaseSort.Status when q.Status is not null => desc ? query.OrderByDescending(c => c.Status) : query.OrderBy(c => c.Status),
            CaseSort.Status => desc ? query.OrderByDescending(LifeOrder) : query.OrderBy(LifeOrder),
            _ => desc ? query.OrderByDescending(c => c.OpenedOn) : query.OrderBy(c => c.OpenedOn),
        };
        return desc ? ordered.ThenByDescending(c => c.Id) : ordered.ThenBy(c => c.Id);
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
    /// <paramref name="determinationsRead"/>: the case's determinations when the page has read them already
    /// (its case header did), so that they are not read twice.
    /// </summary>
    public async Task<CaseFile> ReadAsync(Case c, CancellationToken ct = default, IReadOnlyList<Profile.CaseDeterminationView>? determinationsRead = null)
    {
        var id = c.Id;
        var agencies = await agencyNames.OfAsync(db, c.Grants.Where(g => g.RevokedAt == null).Select(g => g.AgencyId).Append(c.OwnerAgencyId), ct);
        var referrals = await ReferralsOf(db, id).ToListAsync(ct);
        var history = await HistoryOf(db, id).ToListAsync(ct);
        var careTeam = await team.OfAsync(c, ct);
        var profile = await profiles.OfAsync(id, ct);

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
            profile,
            history.Select(h => new StatusChangeView(h.Change.From, h.Change.To,
                Jurisdiction.NameOf(Profile.ExploitationVocabulary.ClosureReasons, h.Change.ReasonCode), h.Change.Note,
                j.ToLocal(h.Change.ChangedAt), h.ChangedBy)).ToList(),
            await missing.OfAsync(id, ct), careTeam.PrimaryWorkerChangesLast12Months,
            careTeam.Current.FirstOrDefault(m => m.Role == Team.CareTeamRole.PrimaryWorker)?.Name,
            determinationsRead ?? await determinations.OfAsync(id, profile, ct));
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

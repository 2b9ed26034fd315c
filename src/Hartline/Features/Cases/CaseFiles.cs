using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Features.People.Deduplication;
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
    Profile.CaseDeterminations determinations, People.Deduplication.RegistryIndex registry)
{
    public const int DefaultPageSize = 50;
    /// <summary>
    /// Lists are counted up to this many (or to the page asked for): past it a person filters rather than pages,
    /// and counting far cost more than the page itself (the count of 10,000 of 100k cases took 25–60 ms).
    /// </summary>
    public const int CountedUpTo = 2_000;
    /// <summary>
    /// A list with no more cases than this is sorted from their ids; a larger one is read in the sort's order with
    /// the filters tested on the way. Walking the sort until a page is full reads about (page end ÷ share passing)
    /// cases, sorting the matches reads all of them: they cost the same near √(page end × cases), about 2,000 for
    /// the first pages of 100k cases.
    /// </summary>
    private const int SortAfterFilteringUpTo = CountedUpTo;
    /// <summary>An age group of no more youth than this is handed to the database by their ids; a larger one is tested case by case.</summary>
    private const int SmallAgeGroup = 5_000;

    public Task<CasePage> ListAsync(Actor actor, CaseListQuery q, CancellationToken ct = default) =>
        ListAsync(actor, q, SortAfterFilteringUpTo, ct);

    /// <summary>The list, with the size under which it is sorted from the cases' ids (tests take each path).</summary>
    /// <param name="youth">A small age group's youth, already found in the registry: the cases listed are theirs.</param>
    internal async Task<CasePage> ListAsync(Actor actor, CaseListQuery q, int sortAfterFilteringUpTo, CancellationToken ct, List<Guid>? youth = null)
    {
        var page = Math.Clamp(q.Page ?? 1, 1, 1_000_000); // a typed page number must not overflow the offset
        if (youth is null && (q.Age is not null || q.SortedBy is CaseSort.Youth or CaseSort.Born)) return await ListByYouthAsync(actor, q, page, sortAfterFilteringUpTo, ct);
        var query = Filtered(actor, q, byIndex: true, youth);
        // One walk through the filters' indexes both counts the cases (as far as CountedUpTo) and, when they are few,
        // says which: the page is then sorted from those few. Past them the sort's index leads and the filters are
        // tested on the way, since with an index for a filter SQLite reads every case that passes and sorts them all
        // for one page (60k for 50).
        var readUpTo = Math.Max(CountedUpTo, page * DefaultPageSize) + 1;
        var ids = await query.Select(c => c.Id).Take(readUpTo).ToListAsync(ct);
        if (ids.Count == 0) return new CasePage([], page, DefaultPageSize, 0);
        var atLeast = ids.Count == readUpTo;
        var total = atLeast ? readUpTo - 1 : ids.Count;
        if (!atLeast && total <= sortAfterFilteringUpTo)
            query = db.Cases.Where(c => EF.Parameter(ids).Contains(c.Id)); // one parameter, not one per case
        else if (q.Filtered || youth is not null)
            query = Filtered(actor, q, byIndex: false, youth);
        var rows = await ItemsAsync(Sorted(query, q).Skip((page - 1) * DefaultPageSize).Take(DefaultPageSize), ct);
        return await ShownAsync(new CasePage(rows, page, DefaultPageSize, total, atLeast), ct);
    }

    /// <summary>
    /// A list sorted by the youth's name or date of birth, or narrowed to an age group. The database holds names and dates
    /// of birth encrypted, so it can neither sort nor compare them: the registry held in memory does. A small age group's
    /// youth are handed to the database (their ids, one parameter), which then lists their cases as any filter; a large
    /// one is tested here on each case read.
    /// First the count: the cases passing the filters are read through the filters' indexes, in no order, until
    /// <see cref="CountedUpTo"/> pass the age group — at most that many divided by the group's share, whatever the
    /// number of cases. When those are all, the page is sorted from them. When there are more, the page is filled in the
    /// sort's order: the registry's (youth and birth sorts, a batch of youth at a time) or the database's (other sorts,
    /// each case's youth tested on the way).
    /// </summary>
    /// <param name="sortAfterFilteringUpTo">As for <see cref="ListAsync(Actor, CaseListQuery, int, CancellationToken, List{Guid})"/>; 0 takes
    /// every "many" path (a large age group, the registry walk in its smallest steps), as tests do to compare both ways.</param>
    private async Task<CasePage> ListByYouthAsync(Actor actor, CaseListQuery q, int page, int sortAfterFilteringUpTo, CancellationToken ct)
    {
        var facts = await registry.FactsAsync(ct);
        YouthFacts Of(Guid person) => facts.TryGetValue(person, out var f) ? f : YouthFacts.Unknown;
        var byYouth = q.SortedBy is CaseSort.Youth or CaseSort.Born;
        Func<int, bool>? inGroup = null;
        List<Guid>? group = null;
        if (q.Age is { } band)
        {
            var today = j.Today(clock);
            var (first, last) = Shared.AgeGroups.BirthDays(band, today);
            var small = sortAfterFilteringUpTo == 0 ? 0 : SmallAgeGroup;
            group = registry.BornBetween(first, last, small);
            if (group.Count > small) (group, inGroup) = (null, Shared.AgeGroups.Holds(band, today));
        }
        if (group is not null && !byYouth) return await ListAsync(actor, q, sortAfterFilteringUpTo, ct, group);

        var query = Filtered(actor, q, byIndex: true, group);
        var skip = (page - 1) * DefaultPageSize;
        var readUpTo = Math.Max(CountedUpTo, page * DefaultPageSize) + 1;
        var passing = new List<(Guid Id, Guid YouthId, YouthFacts Youth)>();
        await foreach (var r in query.Select(c => new { c.Id, c.PersonId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var youth = Of(r.PersonId);
            if (inGroup is not null && !inGroup(youth.BirthDay)) continue;
            passing.Add((r.Id, r.PersonId, youth));
            if (passing.Count == readUpTo) break;
        }
        if (passing.Count == 0) return new CasePage([], page, DefaultPageSize, 0);
        var atLeast = passing.Count == readUpTo;
        var total = atLeast ? readUpTo - 1 : passing.Count;

        List<Guid> pageIds;
        if (!atLeast && passing.Count <= sortAfterFilteringUpTo)
        {
            if (!byYouth) // the database sorts these few by the list's column
            {
                var ids = passing.Select(p => p.Id).ToList();
                var rows = await ItemsAsync(Sorted(db.Cases.Where(c => EF.Parameter(ids).Contains(c.Id)), q).Skip(skip).Take(DefaultPageSize), ct);
                return await ShownAsync(new CasePage(rows, page, DefaultPageSize, total), ct);
            }
            passing.Sort(YouthFacts.Order(q.SortedBy == CaseSort.Youth, q.Descending));
            pageIds = passing.Skip(skip).Take(DefaultPageSize).Select(r => r.Id).ToList();
        }
        else if (byYouth)
            pageIds = await WalkRegistryAsync(query, q, inGroup, skip, firstBatch: sortAfterFilteringUpTo == 0 ? 2 : YouthBatch, ct);
        else
        {
            // A large age group and another sort: the database walks that order (no index for the filters, so it need
            // not sort them all first), each case's youth tested on the way; the group is dense enough to fill a page soon.
            pageIds = [];
            var passed = 0;
            await foreach (var r in Sorted(Filtered(actor, q, byIndex: false), q).Select(c => new { c.Id, c.PersonId }).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!inGroup!(Of(r.PersonId).BirthDay)) continue;
                if (passed++ >= skip) pageIds.Add(r.Id);
                if (pageIds.Count == DefaultPageSize) break;
            }
        }
        if (pageIds.Count == 0) return new CasePage([], page, DefaultPageSize, total, atLeast);
        var items = (await ItemsAsync(db.Cases.Where(c => EF.Parameter(pageIds).Contains(c.Id)), ct)).ToDictionary(i => i.Id);
        return await ShownAsync(new CasePage(pageIds.Where(items.ContainsKey).Select(id => items[id]).ToList(), page, DefaultPageSize, total, atLeast), ct);
    }

    /// <summary>
    /// The page of a list sorted by youth with many cases: youth are taken in the registry's name (or birth) order and
    /// their cases read from the database, until the page is full. Each batch after the first is sized to what is still
    /// needed at the share of youth with a case passing seen so far, so a selective filter costs a few reads, not one a
    /// thousand youth.
    /// </summary>
    private async Task<List<Guid>> WalkRegistryAsync(IQueryable<Case> query, CaseListQuery q, Func<int, bool>? inGroup, int skip, int firstBatch, CancellationToken ct)
    {
        var needed = skip + DefaultPageSize;
        var matches = new List<Guid>(needed);
        var walked = 0;
        for (var batch = firstBatch; matches.Count < needed;)
        {
            var youth = registry.InOrder(q.SortedBy == CaseSort.Youth, q.Descending, inGroup, walked, batch);
            if (youth.Count == 0) break;
            walked += youth.Count;
            var at = new Dictionary<Guid, int>(youth.Count);
            for (var i = 0; i < youth.Count; i++) at[youth[i]] = i;
            var cases = await query.Where(c => EF.Parameter(youth).Contains(c.PersonId)).Select(c => new { c.Id, c.PersonId }).ToListAsync(ct);
            var ordered = cases.OrderBy(c => at[c.PersonId]); // the registry's order (already reversed for a descending sort)
            matches.AddRange((q.Descending ? ordered.ThenByDescending(c => c.Id) : ordered.ThenBy(c => c.Id)).Select(c => c.Id));
            var perYouth = (double)matches.Count / walked;
            batch = (int)Math.Clamp(perYouth == 0 ? batch * 8.0 : (needed - matches.Count) / perYouth * 1.25, firstBatch, MaxYouthBatch);
        }
        return matches.Skip(skip).Take(DefaultPageSize).ToList();
    }

    /// <summary>Youth whose cases a list sorted by youth reads first, in the registry's order.</summary>
    private const int YouthBatch = 1_000;
    /// <summary>The most youth handed to the database at once (one parameter of their ids).</summary>
    private const int MaxYouthBatch = 25_000;

    /// <summary>A page of the list names youth: one read event says which cases it showed.</summary>
    private async Task<CasePage> ShownAsync(CasePage shown, CancellationToken ct)
    {
        await audit.ListedAsync(nameof(Case), shown.Items.Select(i => i.Id).ToList(), "case list", ct);
        return shown;
    }

    private async Task<List<CaseListItem>> ItemsAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var rows = await cases
            .Select(c => new
            {
                c.Id, c.Number, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.Person.DateOfBirth,
                c.RegionCode, c.OpenedOn, c.Status,
                Agency = db.Agencies.Where(a => a.Id == c.OwnerAgencyId).Select(a => a.Name).First(),
                Worker = db.Users.Where(u => u.Id == c.AssignedUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Safety = db.Referrals.Any(r => r.CaseId == c.Id && r.ImmediateSafetyConcern),
            })
            .ToListAsync(ct);
        return rows.Select(r => new CaseListItem(r.Id, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName), r.DateOfBirth,
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, r.OpenedOn, r.Status, r.Agency, r.Worker, r.Safety, r.Number)).ToList();
    }

    /// <summary>
    /// The cases the actor may see (the scope function), narrowed by the list's filters (the age group is the caller's:
    /// see <see cref="ListByYouthAsync"/>). With <paramref name="byIndex"/> false each filter is written so that no index
    /// serves it (the scope is left as it is), except the one on the column the list is sorted by, whose index then
    /// gives both: the sort's index leads, the rest are tested on the way.
    /// </summary>
    private IQueryable<Case> Filtered(Actor actor, CaseListQuery q, bool byIndex, List<Guid>? youth = null)
    {
        var query = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records);
        // A small age group's youth (from the registry in memory): their cases, through the index on the youth.
        if (youth is not null) query = query.Where(c => EF.Parameter(youth).Contains(c.PersonId));
        if (q.Status is { } status)
        {
            // The life order maps the statuses one to one; "+ 0" keeps its index out of the filter.
            var order = CaseLifeOrder.Of(status);
            query = byIndex || q.SortedBy == CaseSort.Status ? query.Where(c => EF.Property<int>(c, CaseLifeOrder.Column) == order)
                : query.Where(c => EF.Property<int>(c, CaseLifeOrder.Column) + 0 == order);
        }
        if (!string.IsNullOrWhiteSpace(q.Region))
            query = byIndex || q.SortedBy == CaseSort.Region ? query.Where(c => c.RegionCode == q.Region)
                : query.Where(c => c.RegionCode + "" == q.Region);
        if (q.Owner is { } owner)
            query = byIndex || q.SortedBy == CaseSort.Owner ? query.Where(c => c.OwnerAgencyId == owner)
                : query.Where(c => ((Guid?)c.OwnerAgencyId ?? Guid.Empty) == owner);
        switch (q.Worker) // no index on the worker: a filter the rows are tested against either way
        {
            case "none": query = query.Where(c => c.AssignedUserId == null); break;
            case "me": var me = actor.UserId; query = query.Where(c => c.AssignedUserId == me); break;
            case { } w when Guid.TryParse(w, out var worker): query = query.Where(c => c.AssignedUserId == worker); break;
        }
        if (q.Safety == true)
            query = byIndex
                // The flagged cases lead (12% of them), read once through their index; the other filters are tested on each.
                ? query.Where(c => db.Referrals.Where(r => r.ImmediateSafetyConcern && r.CaseId != null).Select(r => r.CaseId!.Value).Contains(c.Id))
                : query.Where(c => db.Referrals.Any(r => r.CaseId == c.Id && r.ImmediateSafetyConcern));
        return query;
    }

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
            CaseSort.Region => desc ? query.OrderByDescending(c => c.RegionCode) : query.OrderBy(c => c.RegionCode),
            // In the order of a case's life, not of the stored names.
            CaseSort.Status => desc ? query.OrderByDescending(c => EF.Property<int>(c, CaseLifeOrder.Column))
                : query.OrderBy(c => EF.Property<int>(c, CaseLifeOrder.Column)),
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

using Hartline.Data;
using Hartline.Features.Intake.Determination;
using Hartline.Features.People.Deduplication;
using Hartline.Features.Shared;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

/// <summary>Lists referrals through the scope function and opens one (audited) for the referral page and API.</summary>
public sealed class ReferralFiles(HartlineDb db, ReferralAccessor access, AuditLog audit, Jurisdiction j, TimeProvider clock,
    People.Deduplication.RegistryIndex registry)
{
    public const int PageSize = 50;

    public async Task<ReferralPage> ListAsync(Actor actor, ReferralListQuery q, CancellationToken ct = default)
    {
        var page = Math.Clamp(q.Page ?? 1, 1, 1_000_000);
        var query = RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Records);
        query = q.Status switch
        {
            ReferralStatus.Received => query.Where(r => r.ScreenedAt == null && r.DeterminedAt == null && r.LinkedAt == null),
            ReferralStatus.Screened => query.Where(r => r.ScreenedAt != null && r.DeterminedAt == null && r.LinkedAt == null),
            ReferralStatus.Determined => query.Where(r => r.DeterminedAt != null && r.LinkedAt == null),
            ReferralStatus.LinkedToCase => query.Where(r => r.LinkedAt != null),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q.Region)) query = query.Where(r => r.RegionCode == q.Region);
        if (q.Agency is { } agency) query = query.Where(r => r.ReceivingAgencyId == agency);
        if (q.Safety == true) query = query.Where(r => r.ImmediateSafetyConcern);
        if (q.Waiting is { } days)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Clamp(days, 0, 36_500));
            query = query.Where(r => r.DeterminedAt == null && r.LinkedAt == null && r.ReceivedAt <= since);
        }
        List<Guid>? pageIds = null;
        int total;
        if (q.Age is not null || q.SortedBy == ReferralSort.Youth)
        {
            // Names and dates of birth are encrypted in the database: the registry held in memory sorts and filters by them.
            var facts = await registry.FactsAsync(ct);
            YouthFacts Of(Guid person) => facts.TryGetValue(person, out var f) ? f : YouthFacts.Unknown;
            var inGroup = q.Age is { } group ? AgeGroups.Holds(group, j.Today(clock)) : null;
            var keys = q.SortedBy == ReferralSort.Youth ? query.Select(r => new { r.Id, r.PersonId })
                : Sorted(query.Select(r => new Row { R = r }), q).Select(x => new { x.R.Id, x.R.PersonId });
            var passing = (await keys.ToListAsync(ct)).Select(r => (r.Id, YouthId: r.PersonId, Youth: Of(r.PersonId)))
                .Where(r => inGroup is null || inGroup(r.Youth.BirthDay)).ToList();
            if (q.SortedBy == ReferralSort.Youth) passing.Sort(YouthFacts.Order(byName: true, q.Descending));
            total = passing.Count;
            pageIds = passing.Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToList();
            query = db.Referrals.Where(r => EF.Parameter(pageIds).Contains(r.Id));
        }
        else total = await query.CountAsync(ct);
        var rows = query.Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new Row { R = r, P = p });
        var found = await (pageIds is null ? Sorted(rows, q).Skip((page - 1) * PageSize).Take(PageSize) : rows)
            .Select(x => new { x.R, x.P!.GivenName, x.P.MiddleName, x.P.FamilyName, x.P.DateOfBirth }).ToListAsync(ct);
        if (pageIds is not null)
        {
            var at = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            found = found.OrderBy(x => at[x.R.Id]).ToList();
        }
        // The page names youth: one read event says which referrals it showed.
        await audit.ListedAsync(nameof(Referral), found.Select(x => x.R.Id).ToList(), "referral list", ct);
        return new ReferralPage(found.Select(x => new ReferralListItem(x.R.Id, j.ToLocal(x.R.ReceivedAt),
            People.Person.FormatName(x.GivenName, x.MiddleName, x.FamilyName), Jurisdiction.NameOf(j.ReferralSources, x.R.SourceCode) ?? x.R.SourceCode,
            x.R.Status, x.R.ImmediateSafetyConcern, x.R.ScreenedAt - x.R.ReceivedAt, x.R.DeterminedAt - x.R.ReceivedAt, x.R.Number)).ToList(), page, PageSize, total);
    }

    // An initialiser, not a constructor: EF follows members set this way into later filters and sorts.
    private sealed class Row
    {
        public required Referral R { get; init; }
        public People.Person? P { get; init; }
    }

    // Every sort ends on the id, so paging through equal values neither repeats nor skips a referral.
    private static IQueryable<Row> Sorted(IQueryable<Row> rows, ReferralListQuery q)
    {
        var desc = q.Descending;
        IOrderedQueryable<Row> ordered = q.SortedBy switch
        {
            ReferralSort.Source => desc ? rows.OrderByDescending(x => x.R.SourceCode) : rows.OrderBy(x => x.R.SourceCode),
            // In the funnel's order: received, screened, determined, linked.
            ReferralSort.Status => desc ? rows.OrderByDescending(FunnelOrder) : rows.OrderBy(FunnelOrder),
            _ => desc ? rows.OrderByDescending(x => x.R.ReceivedAt) : rows.OrderBy(x => x.R.ReceivedAt),
        };
        return desc ? ordered.ThenByDescending(x => x.R.Id) : ordered.ThenBy(x => x.R.Id);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Row, int>> FunnelOrder = x =>
        x.R.LinkedAt != null ? 3 : x.R.DeterminedAt != null ? 2 : x.R.ScreenedAt != null ? 1 : 0;

    /// <summary>The referral page's content; null when missing or not the user's to see (404 either way).</summary>
    public async Task<ReferralView?> OpenAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAccessAsync(id, actor, ReferralOperations.Read, ct) is not { } granted) return null;
        var (r, caseVisible) = (granted.Referral, granted.CaseVisible);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == r.PersonId, ct);
        // The narrative and the location (where the youth was seen, often a home) stay with the receiving agency.
        var mayReadNarrative = await access.MayAsync(granted, actor, ReferralOperations.ReadNarrative);
        var canWork = await access.MayAsync(granted, actor, ReferralOperations.Work);

        // Screenings of this youth on any referral the user may see: re-screening over time is one history.
        var visibleReferrals = RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Records).Select(x => x.Id);
        var screenings = await db.Screenings.AsNoTracking()
            .Where(s => s.PersonId == r.PersonId && s.ReferralId != null && visibleReferrals.Contains(s.ReferralId.Value))
            .OrderByDescending(s => s.ScreenedAt).ToListAsync(ct);
        var determinations = await db.Determinations.AsNoTracking().Where(d => d.ReferralId == id)
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).ToListAsync(ct);
        var userIds = new Guid?[] { r.CreatedById, r.ScreenedById, r.DeterminedById, r.LinkedById }
            .Concat(screenings.Select(s => (Guid?)s.ScreenedById)).Concat(determinations.Select(d => (Guid?)d.DecidedById))
            .OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string By(Guid? userId) => userId is { } u ? names.GetValueOrDefault(u, "unknown actor") : "—";

        await audit.ReadAsync(nameof(Referral), r.Id, ct: ct);
        await audit.ReadAsync(nameof(People.Person), r.PersonId, $"via referral {r.Id}", ct);

        var received = j.LocalDate(r.ReceivedAt);
        var ageAtReferral = AmpRule.AgeAt(person.DateOfBirth, received);
        var ageAtExploitation = AmpRule.AgeAt(person.DateOfBirth, r.ExploitationDate ?? received);
        var isMinor = ageAtExploitation is { } age ? age < j.MinorAge : (bool?)null;
        var latest = determinations.FirstOrDefault();
        var notices = LegalNotices.For(j, new NoticeFacts(isMinor, r.SourceCode, r.ArrestedForProstitution,
            r.CarelineReportNumber is not null, latest?.Status.ToString(), (latest?.Exploitation ?? r.ExploitationSuspected).ToString()));
        DateTime? Local(DateTime? t) => t is { } v ? j.ToLocal(v) : null;

        return new ReferralView(r.Id, j.ToLocal(r.ReceivedAt), Jurisdiction.NameOf(j.ReferralSources, r.SourceCode) ?? r.SourceCode,
            r.ReportingAgencyName, r.ReportingContact, r.CarelineReportNumber, !mayReadNarrative, mayReadNarrative ? r.Narrative : null,
            mayReadNarrative ? r.Location : null, r.ImmediateSafetyConcern, r.ExploitationSuspected, r.ExploitationDate, r.ArrestedForProstitution,
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, Jurisdiction.NameOf(j.ResidenceAtExploitation, r.ResidenceCode),
            person.Id, person.FullName, person.DateOfBirth, ageAtReferral, ageAtExploitation, isMinor, r.Status,
            [
                new("Received", Local(r.ReceivedAt), By(r.CreatedById)),
                new("Screened", Local(r.ScreenedAt), r.ScreenedAt is null ? null : By(r.ScreenedById)),
                new("Determined", Local(r.DeterminedAt), r.DeterminedAt is null ? null : By(r.DeterminedById)),
                new("Linked to a case", Local(r.LinkedAt), r.LinkedAt is null ? null : By(r.LinkedById)),
            ],
            r.ScreenedAt - r.ReceivedAt, r.DeterminedAt - r.ReceivedAt,
            screenings.Select(s => new ScreeningView(s.Id, s.InstrumentCode, s.InstrumentVersion, j.ToLocal(s.ScreenedAt),
                By(s.ScreenedById), s.BandCode, s.BandLevel, s.Total)).ToList(),
            determinations.Select(d => ToView(d, person.DateOfBirth, By(d.DecidedById))).ToList(),
            notices, caseVisible ? r.CaseId : null, caseVisible, canWork,
            r.LinkedAutomatically, r.LinkedAutomatically && canWork && r.CaseId is null, r.Number);
    }

    private DeterminationView ToView(TraffickingDetermination d, DateOnly? dob, string by)
    {
        var actions = Parse<AmpAction>(d.Actions);
        var means = Parse<AmpMeans>(d.Means);
        var purposes = Parse<AmpPurpose>(d.Purposes);
        var reading = AmpRule.Read(new AmpEvidence(actions.ToHashSet(), means.ToHashSet(), purposes.ToHashSet(), d.AgeAtExploitation, d.Exploitation));
        return new DeterminationView(d.Id, d.Status, d.DecidedBy, j.ToLocal(d.DecidedAt), by, actions, means, purposes,
            d.Exploitation, d.AgeAtExploitation, d.Note, reading);
    }

    private static List<T> Parse<T>(string csv) where T : struct, Enum =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.TryParse<T>(s, out var v) ? v : (T?)null).OfType<T>().ToList();
}

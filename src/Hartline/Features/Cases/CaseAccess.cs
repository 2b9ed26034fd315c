using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

/// <summary>
/// The one door to a single case for every part of the case file (notes, plan, legal, team, consent,
/// MDT agenda): loads the case with its grants, asks the authorization handler, and audits a refusal.
/// Callers answer 404 on null, so a guessed id and a forbidden one look the same.
/// </summary>
public sealed class CaseAccess(HartlineDb db, IAuthorizationService authorization, AuditLog audit)
{
    /// <summary>
    /// The case when the user may perform <paramref name="operation"/> on it; otherwise null (refusal audited).
    /// <paramref name="include"/> adds what the caller shows (the youth, their races), so the one load
    /// that authorizes also serves the page: nothing loads the case a second time.
    /// </summary>
    public async Task<Case?> FindAsync(Guid caseId, Actor actor, OperationAuthorizationRequirement operation,
        CancellationToken ct = default, bool tracking = true, Func<IQueryable<Case>, IQueryable<Case>>? include = null)
    {
        var query = db.Cases.Include(c => c.Grants).AsQueryable();
        if (include is not null) query = include(query);
        if (!tracking) query = query.AsNoTracking();
        var found = await query.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) return null;
        if (await MayAsync(found, actor, operation)) return found;
        await audit.DeniedAsync(nameof(Case), caseId.ToString(), operation.Name, ct);
        return null;
    }

    /// <summary>For <see cref="FindAsync"/>: the youth with the case, for every tab that shows their name.</summary>
    public static IQueryable<Case> WithYouth(IQueryable<Case> cases) => cases.Include(c => c.Person);

    /// <summary>The youth and their race/ethnicity rows, for the overview and the API's case file.</summary>
    public static IQueryable<Case> WithYouthDetails(IQueryable<Case> cases) =>
        cases.Include(c => c.Person!).ThenInclude(p => p.RaceEthnicities);

    /// <summary>A yes/no for showing or hiding a button; does not audit. The case's grants must be loaded.</summary>
    public async Task<bool> MayAsync(Case found, Actor actor, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(actor.Principal, found, operation)).Succeeded;

    /// <summary>Which of <paramref name="caseIds"/> the user may read, in one query through the scope function (for agendas and dashboards).</summary>
    public async Task<HashSet<Guid>> VisibleAsync(IEnumerable<Guid> caseIds, Actor actor, CancellationToken ct = default)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var visible = await RecordScope.Cases(db.Cases, actor, ScopePurpose.Records)
            .Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        return visible.ToHashSet();
    }
}

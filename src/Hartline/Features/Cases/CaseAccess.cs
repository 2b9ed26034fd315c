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
    /// <paramref name="load"/> (<see cref="WithYouth"/>, <see cref="WithYouthDetails"/>) loads, untracked, what
    /// the caller shows besides, so the one load that authorizes also serves the page: nothing loads the case a second time.
    /// </summary>
    public async Task<Case?> FindAsync(Guid caseId, Actor actor, OperationAuthorizationRequirement operation,
        CancellationToken ct = default, bool tracking = true, Func<HartlineDb, Guid, CancellationToken, Task<Case?>>? load = null)
    {
        // A case view runs a dozen small queries on this context: one connection for all of them (closed
        // with the context), rather than one from the pool per query, each set up again (SQLite registers
        // EF's functions on every open).
        await db.Database.OpenConnectionAsync(ct);
        var found = await (load ?? (tracking ? Tracked : Untracked))(db, caseId, ct);
        if (found is not null && await MayAsync(found, actor, operation)) return found;
        // A made-up id is refused and audited as a forbidden one is: the same work, so the clock cannot tell a guesser
        // which ids exist (and the trail shows the guessing).
        await audit.DeniedAsync(nameof(Case), caseId.ToString(), operation.Name, ct);
        return null;
    }

    // Compiled once: every case view starts here, and a compiled query skips building the LINQ tree and
    // looking it up in EF's query cache on each call.
    private static readonly Func<HartlineDb, Guid, CancellationToken, Task<Case?>> Tracked = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id, CancellationToken ct) => db.Cases.Include(c => c.Grants).FirstOrDefault(c => c.Id == id));

    private static readonly Func<HartlineDb, Guid, CancellationToken, Task<Case?>> Untracked = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id, CancellationToken ct) => db.Cases.AsNoTracking().Include(c => c.Grants).FirstOrDefault(c => c.Id == id));

    /// <summary>For <see cref="FindAsync"/>: the youth with the case, for every tab that shows their name.</summary>
    public static readonly Func<HartlineDb, Guid, CancellationToken, Task<Case?>> WithYouth = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id, CancellationToken ct) =>
            db.Cases.AsNoTracking().Include(c => c.Grants).Include(c => c.Person).FirstOrDefault(c => c.Id == id));

    /// <summary>The youth and their race/ethnicity rows, for the overview and the API's case file.</summary>
    public static readonly Func<HartlineDb, Guid, CancellationToken, Task<Case?>> WithYouthDetails = EF.CompileAsyncQuery(
        (HartlineDb db, Guid id, CancellationToken ct) => db.Cases.AsNoTracking().Include(c => c.Grants)
            .Include(c => c.Person!).ThenInclude(p => p.RaceEthnicities).FirstOrDefault(c => c.Id == id));

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

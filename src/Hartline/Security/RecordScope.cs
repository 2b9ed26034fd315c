using System.Linq.Expressions;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.People;

namespace Hartline.Security;

/// <summary>How far a role reaches: none, its own assignments, its team, its agency, or everything.</summary>
public enum ScopeLevel { None, Own, Team, Agency, All }

/// <summary>Records are for case work; Statistics are de-identified aggregates (reports, exports).</summary>
public enum ScopePurpose { Records, Statistics }

/// <summary>
/// THE scope function. Every list, search, report and export filters through <see cref="Cases"/> (and
/// <see cref="Referrals"/> / <see cref="People"/>, which are built on it); the per-record authorization
/// handlers use the same rules, so lists and single records never disagree about who may see what.
/// </summary>
public static class RecordScope
{
    private sealed record RoleReach(ScopeLevel Records, ScopeLevel Statistics, GrantKind[] SharedKinds);

    private static readonly GrantKind[] AnyGrant = Enum.GetValues<GrantKind>();

    // Agency level = cases the agency owns, plus any case shared with it. Lower levels see only what
    // was shared with the agency in a particular way (a Provider sees only what was referred to it).
    private static readonly Dictionary<string, RoleReach> Reach = new()
    {
        [Roles.Administrator] = new(ScopeLevel.None, ScopeLevel.None, []),
        [Roles.Coordinator] = new(ScopeLevel.All, ScopeLevel.All, AnyGrant),
        [Roles.Investigator] = new(ScopeLevel.Agency, ScopeLevel.Agency, AnyGrant),
        [Roles.LawEnforcement] = new(ScopeLevel.Team, ScopeLevel.Team, [GrantKind.LawEnforcement, GrantKind.Mdt]),
        // A provider sitting on a regional MDT sees the agenda cases the youth consented to share with it.
        [Roles.Provider] = new(ScopeLevel.Team, ScopeLevel.Team, [GrantKind.ServiceReferral, GrantKind.Mdt]),
        [Roles.MdtMember] = new(ScopeLevel.Team, ScopeLevel.Team, [GrantKind.Mdt]),
        [Roles.Trainer] = new(ScopeLevel.None, ScopeLevel.None, []),
        // Analysts see every case, but only ever as counts: never as records.
        [Roles.Analyst] = new(ScopeLevel.None, ScopeLevel.All, []),
    };

    public static ScopeLevel LevelOf(Actor actor, ScopePurpose purpose) =>
        actor.IsSystem ? ScopeLevel.All
        : actor.Roles.Where(Reach.ContainsKey)
            .Select(r => purpose == ScopePurpose.Records ? Reach[r].Records : Reach[r].Statistics)
            .DefaultIfEmpty(ScopeLevel.None).Max();

    /// <summary>True when the actor may open individual case files at all (Analysts and Trainers may not).</summary>
    public static bool CanSeeRecords(Actor actor) => LevelOf(actor, ScopePurpose.Records) > ScopeLevel.None;

    public static IQueryable<Case> Cases(IQueryable<Case> cases, Actor actor, ScopePurpose purpose) =>
        cases.Where(Predicate(actor, purpose));

    /// <summary>
    /// Records that belong to a case (plan items, legal steps, service referrals, the statistics' reporting rows…): those
    /// of the cases the actor may see for the purpose. A role that reaches every case reads them as they are: asking for
    /// "the case is one of every case" makes the database list a million case ids before it reads a row.
    /// </summary>
    public static IQueryable<T> OfCases<T>(IQueryable<T> rows, Expression<Func<T, Guid>> caseId, IQueryable<Case> cases, Actor actor, ScopePurpose purpose)
    {
        if (LevelOf(actor, purpose) == ScopeLevel.All) return rows;
        var visible = Cases(cases, actor, purpose).Select(c => c.Id);
        var contains = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], visible.Expression, caseId.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, caseId.Parameters));
    }

    /// <summary>Records that belong to a referral (the statistics' reporting rows): those of the referrals the actor may see.</summary>
    public static IQueryable<T> OfReferrals<T>(IQueryable<T> rows, Expression<Func<T, Guid>> referralId, IQueryable<Referral> referrals,
        IQueryable<Case> cases, Actor actor, ScopePurpose purpose)
    {
        if (LevelOf(actor, purpose) == ScopeLevel.All) return rows;
        var visible = Referrals(referrals, cases, actor, purpose).Select(r => r.Id);
        var contains = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], visible.Expression, referralId.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, referralId.Parameters));
    }

    /// <summary>
    /// Referrals: those received by the actor's agency (at agency level), plus those whose case the actor
    /// may see. A referral not yet linked to a case stays with the agency that received it.
    /// </summary>
    public static IQueryable<Referral> Referrals(IQueryable<Referral> referrals, IQueryable<Case> cases, Actor actor, ScopePurpose purpose)
    {
        var level = LevelOf(actor, purpose);
        if (level == ScopeLevel.All) return referrals;
        if (level == ScopeLevel.None || actor.AgencyId is null) return referrals.Where(r => false);
        var agency = actor.AgencyId.Value;
        var receivedHere = level == ScopeLevel.Agency;
        var visibleCases = Cases(cases, actor, purpose).Select(c => c.Id);
        return referrals.Where(r => (receivedHere && r.ReceivingAgencyId == agency) || (r.CaseId != null && visibleCases.Contains(r.CaseId.Value)));
    }

    /// <summary>
    /// Service referrals: those of the cases the actor may see (drafts included), and, for a Provider, those sent to
    /// its agency (never a draft). What of the youth the provider is shown is the referral's shared fields only.
    /// </summary>
    public static IQueryable<Features.Services.Referrals.ServiceReferral> ServiceReferrals(
        IQueryable<Features.Services.Referrals.ServiceReferral> referrals, IQueryable<Case> cases, Actor actor)
    {
        var level = LevelOf(actor, ScopePurpose.Records);
        if (level == ScopeLevel.All) return referrals;
        if (level == ScopeLevel.None || actor.AgencyId is null) return referrals.Where(r => false);
        var visibleCases = Cases(cases, actor, ScopePurpose.Records).Select(c => c.Id);
        var provider = actor.IsInRole(Roles.Provider) ? actor.AgencyId : null;
        return referrals.Where(r => visibleCases.Contains(r.CaseId)
            || (provider != null && r.ProviderAgencyId == provider && r.Status != Features.Services.Referrals.ServiceReferralStatus.Drafted));
    }

    /// <summary>
    /// People in the registry the actor may see by name: those registered by the actor's agency (at agency
    /// level), and those with a referral the actor may see. Used by the duplicate check at intake.
    /// </summary>
    public static IQueryable<Person> People(IQueryable<Person> people, IQueryable<Referral> referrals, IQueryable<Case> cases, Actor actor)
    {
        var level = LevelOf(actor, ScopePurpose.Records);
        if (level == ScopeLevel.All) return people;
        if (level == ScopeLevel.None || actor.AgencyId is null) return people.Where(p => false);
        var agency = actor.AgencyId.Value;
        var registeredHere = level == ScopeLevel.Agency;
        var visibleIds = Referrals(referrals, cases, actor, ScopePurpose.Records).Select(r => r.PersonId)
            .Concat(Cases(cases, actor, ScopePurpose.Records).Select(c => c.PersonId));
        return people.Where(p => (registeredHere && p.OwnerAgencyId == agency) || visibleIds.Contains(p.Id));
    }

    /// <summary>
    /// The scope as a query filter. The expression for a role shape is built once; only the user's ids
    /// change per request, and they enter as EF parameters, so every user of a shape shares one cached plan.
    /// </summary>
    public static Expression<Func<Case, bool>> Predicate(Actor actor, ScopePurpose purpose)
    {
        var shape = ShapeOf(actor, purpose);
        if (shape.Level == ScopeLevel.All) return Everything;
        if (shape.Level == ScopeLevel.None || actor.AgencyId is null) return Nothing;
        return ScopeShape.Bind(shape.Template, new ScopeIds(actor.AgencyId.Value, actor.UserId ?? Guid.Empty));
    }

    /// <summary>The same rule for one loaded case (its grants loaded), through the shape's compiled delegate: no compiling per request.</summary>
    public static bool Allows(Actor actor, ScopePurpose purpose, Case c)
    {
        var shape = ShapeOf(actor, purpose);
        if (shape.Level == ScopeLevel.All) return true;
        if (shape.Level == ScopeLevel.None || actor.AgencyId is null) return false;
        return shape.Compiled(c, new ScopeIds(actor.AgencyId.Value, actor.UserId ?? Guid.Empty));
    }

    private static readonly Expression<Func<Case, bool>> Everything = c => true;
    private static readonly Expression<Func<Case, bool>> Nothing = c => false;

    // Keyed by purpose and the roles that reach anything: few distinct keys (one per role combination in use).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScopeShape> Shapes = new();

    private static ScopeShape ShapeOf(Actor actor, ScopePurpose purpose)
    {
        if (actor.IsSystem) return ScopeShape.All;
        var key = purpose + ":" + string.Join(',', actor.Roles.Where(Reach.ContainsKey).Order(StringComparer.Ordinal));
        return Shapes.GetOrAdd(key, _ => BuildShape(actor, purpose));
    }

    private static ScopeShape BuildShape(Actor actor, ScopePurpose purpose)
    {
        var level = LevelOf(actor, purpose);
        if (level is ScopeLevel.All or ScopeLevel.None) return new ScopeShape(level, null!, null!);
        var ownsAgency = level == ScopeLevel.Agency;
        var kinds = actor.Roles.Where(Reach.ContainsKey)
            .Where(r => (purpose == ScopePurpose.Records ? Reach[r].Records : Reach[r].Statistics) > ScopeLevel.None)
            .SelectMany(r => Reach[r].SharedKinds).Distinct().ToArray();

        // A case assigned to the user is theirs only while their agency may have it at all (owns it, or
        // holds a live grant of any kind): a withdrawn consent must not leave a back door through the assignment.
        // A grant made by accepting a service referral (ServiceReferralId set) opens only that referral's shared
        // fields, through the referral's own scope below: it never opens the case file.
        Expression<Func<Case, ScopeIds, bool>> template = (c, ids) => (ownsAgency && c.OwnerAgencyId == ids.Agency)
            || (c.AssignedUserId == ids.User
                && (c.OwnerAgencyId == ids.Agency
                    || c.Grants.Any(g => g.AgencyId == ids.Agency && g.RevokedAt == null && g.ServiceReferralId == null)))
            || c.Grants.Any(g => g.AgencyId == ids.Agency && g.RevokedAt == null && g.ServiceReferralId == null && kinds.Contains(g.Kind));
        return new ScopeShape(level, template, template.Compile());
    }
}

using System.Linq.Expressions;
using Hartline.Features.Cases;

namespace Hartline.Security;

/// <summary>How far a role reaches: none, its own assignments, its team, its agency, or everything.</summary>
public enum ScopeLevel { None, Own, Team, Agency, All }

/// <summary>Records are for case work; Statistics are de-identified aggregates (reports, exports).</summary>
public enum ScopePurpose { Records, Statistics }

/// <summary>
/// THE scope function. Every list, search, report and export of cases filters through
/// <see cref="Cases"/>; the per-record authorization handler compiles the same predicate, so the two
/// can never disagree about who may see what.
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
        [Roles.Provider] = new(ScopeLevel.Team, ScopeLevel.Team, [GrantKind.ServiceReferral]),
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

    public static Expression<Func<Case, bool>> Predicate(Actor actor, ScopePurpose purpose)
    {
        var level = LevelOf(actor, purpose);
        if (level == ScopeLevel.All) return c => true;
        if (level == ScopeLevel.None || actor.AgencyId is null) return c => false;

        var agency = actor.AgencyId.Value;
        var user = actor.UserId ?? Guid.Empty;
        var ownsAgency = level == ScopeLevel.Agency;
        var kinds = actor.Roles.Where(Reach.ContainsKey)
            .Where(r => (purpose == ScopePurpose.Records ? Reach[r].Records : Reach[r].Statistics) > ScopeLevel.None)
            .SelectMany(r => Reach[r].SharedKinds).Distinct().ToArray();

        return c => (ownsAgency && c.OwnerAgencyId == agency)
                    || c.AssignedUserId == user
                    || c.Grants.Any(g => g.AgencyId == agency && g.RevokedAt == null && kinds.Contains(g.Kind));
    }
}

using Hartline.Security;
using Microsoft.AspNetCore.Authorization;

namespace Hartline.Features.Mdt;

/// <summary>
/// Who may see which teams and meetings. Coordinators run every team; the case-work roles see the
/// meetings of teams their agency sits on. Which agenda cases a viewer may read is a separate question,
/// answered per case by the case scope (a member sees cases not shared with its agency as "Restricted").
/// </summary>
public static class MdtScope
{
    /// <summary>Create and edit teams and meetings, run meetings: coordinators.</summary>
    public const string RunMdt = nameof(RunMdt);
    /// <summary>See the meetings of one's own teams.</summary>
    public const string MdtMeetings = nameof(MdtMeetings);

    private static readonly string[] ViewerRoles = [Roles.Coordinator, Roles.MdtMember, Roles.Investigator, Roles.LawEnforcement, Roles.Provider];

    public static bool CanRun(Actor actor) => actor.IsSystem || actor.IsInRole(Roles.Coordinator);

    public static bool CanView(Actor actor) => actor.IsSystem || ViewerRoles.Any(actor.IsInRole);

    /// <summary>The teams the actor may see: all for a coordinator, else those the actor's agency sits on now.</summary>
    public static IQueryable<MdtTeam> Teams(IQueryable<MdtTeam> teams, Actor actor)
    {
        if (CanRun(actor)) return teams;
        if (!CanView(actor) || actor.AgencyId is null) return teams.Where(t => false);
        var agency = actor.AgencyId.Value;
        return teams.Where(t => t.Members.Any(m => m.AgencyId == agency && m.LeftOn == null));
    }

    /// <summary>
    /// The teams whose meetings count in the actor's statistics: every team for a statistics reach over all
    /// cases (an analyst sits on no team but counts the whole jurisdiction), else the teams the actor may see.
    /// </summary>
    public static IQueryable<MdtTeam> Counted(IQueryable<MdtTeam> teams, Actor actor) =>
        RecordScope.LevelOf(actor, ScopePurpose.Statistics) == ScopeLevel.All ? teams : Teams(teams, actor);

    public static IServiceCollection AddMdtPolicies(this IServiceCollection services) =>
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(RunMdt, p => p.RequireRole(Roles.Coordinator));
            o.AddPolicy(MdtMeetings, p => p.RequireRole(ViewerRoles));
        });
}

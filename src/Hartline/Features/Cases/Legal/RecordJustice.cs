using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hartline.Features.Cases.Legal;

public static class LegalOperations
{
    /// <summary>
    /// Record offenders, arrests, charges, dispositions and court dates. Wider than
    /// <see cref="CaseOperations.Update"/>: law enforcement records the justice side of a case it was given.
    /// </summary>
    public static readonly OperationAuthorizationRequirement RecordJustice = new() { Name = nameof(RecordJustice) };

    /// <summary>Read offenders, arrests, charges, dispositions and court dates (see <see cref="ReadJusticeHandler"/>).</summary>
    public static readonly OperationAuthorizationRequirement ReadJustice = new() { Name = nameof(ReadJustice) };
}

/// <summary>
/// Decides <see cref="LegalOperations.RecordJustice"/> on a case (its grants loaded). Allowed to whoever may
/// update the case, and to a LawEnforcement user whose agency holds an active law-enforcement grant on it.
/// The update rule is asked of <see cref="CaseAuthorizationHandler"/> itself, not copied, so the two cannot
/// drift. It lives in this folder because CaseAuthorization.cs is owned elsewhere; it could join
/// CaseOperations there. Protections stay Update-only: law enforcement records justice, not the youth's defenses.
/// </summary>
public sealed class RecordJusticeHandler : AuthorizationHandler<OperationAuthorizationRequirement, Case>
{
    private static readonly CaseAuthorizationHandler CaseRules = new();

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Case resource)
    {
        if (requirement.Name != LegalOperations.RecordJustice.Name) return;
        var actor = Actor.FromPrincipal(context.User);
        var grantee = actor.IsInRole(Roles.LawEnforcement) && actor.AgencyId is { } agency
            && resource.Grants.Any(g => g.AgencyId == agency && g.Kind == GrantKind.LawEnforcement && g.RevokedAt == null);
        if (grantee || await MayUpdateAsync(context, resource)) context.Succeed(requirement);
    }

    private static async Task<bool> MayUpdateAsync(AuthorizationHandlerContext context, Case resource)
    {
        var update = new AuthorizationHandlerContext([CaseOperations.Update], context.User, resource);
        await CaseRules.HandleAsync(update);
        return update.HasSucceeded;
    }
}

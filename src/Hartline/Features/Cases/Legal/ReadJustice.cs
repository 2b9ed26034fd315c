using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// Decides <see cref="LegalOperations.ReadJustice"/> on a case the user may already read (its grants loaded):
/// the owning agency, Coordinators, and an agency holding an active law-enforcement grant (the justice
/// share, given to police and prosecutors alike). Everyone else who reads the case (an MDT share, a
/// service provider) sees the youth's protections by status only: offender names and charges are
/// the justice partners' business, and an MDT member's curiosity is not a reason to see them.
/// </summary>
public sealed class ReadJusticeHandler : AuthorizationHandler<OperationAuthorizationRequirement, Case>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Case resource)
    {
        if (requirement.Name != LegalOperations.ReadJustice.Name) return Task.CompletedTask;
        var actor = Actor.FromPrincipal(context.User);
        var justicePartner = actor.AgencyId is { } agency && (agency == resource.OwnerAgencyId
            || resource.Grants.Any(g => g.AgencyId == agency && g.Kind == GrantKind.LawEnforcement && g.RevokedAt == null));
        if (justicePartner || actor.IsInRole(Roles.Coordinator)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

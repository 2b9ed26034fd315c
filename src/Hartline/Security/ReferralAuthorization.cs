using Hartline.Features.Intake;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hartline.Security;

/// <summary>Named per-record operations on a referral.</summary>
public static class ReferralOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    /// <summary>Screen, determine, link to a case: the receiving agency's intake workers, or a coordinator.</summary>
    public static readonly OperationAuthorizationRequirement Work = new() { Name = nameof(Work) };
    /// <summary>The reporter's narrative and the location where the youth was seen are for the receiving agency only.</summary>
    public static readonly OperationAuthorizationRequirement ReadNarrative = new() { Name = nameof(ReadNarrative) };
}

/// <summary>
/// The resource passed to the handler: the referral, and whether its case (if any) is visible to the
/// user — worked out by the caller with the case scope, so this handler and every list agree.
/// </summary>
public sealed record ReferralAccess(Referral Referral, bool CaseVisible);

public sealed class ReferralAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReferralAccess>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReferralAccess resource)
    {
        var actor = Actor.FromPrincipal(context.User);
        var level = RecordScope.LevelOf(actor, ScopePurpose.Records);
        var receivedHere = resource.Referral.ReceivingAgencyId == actor.AgencyId;
        var readable = level == ScopeLevel.All || (level == ScopeLevel.Agency && receivedHere) || (level > ScopeLevel.None && resource.CaseVisible);
        var allowed = requirement.Name switch
        {
            nameof(ReferralOperations.Read) => readable,
            nameof(ReferralOperations.Work) => readable && (actor.IsInRole(Roles.Coordinator) || (actor.IsInRole(Roles.Investigator) && receivedHere)),
            nameof(ReferralOperations.ReadNarrative) => readable && receivedHere,
            _ => false, // an unknown operation fails closed
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

using Hartline.Features.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hartline.Security;

/// <summary>Named per-record operations on a case file.</summary>
public static class CaseOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Update = new() { Name = nameof(Update) };
    /// <summary>Add to the file without changing what others wrote: notes, youth feedback. Anyone who may read it.</summary>
    public static readonly OperationAuthorizationRequirement Contribute = new() { Name = nameof(Contribute) };
    /// <summary>Give another agency access (service referral, MDT agenda, law enforcement); needs the youth's consent too.</summary>
    public static readonly OperationAuthorizationRequirement Share = new() { Name = nameof(Share) };
}

/// <summary>
/// Decides per-record access to a case. Reading uses the scope rule's compiled delegate (compiled once per role shape) (so it agrees with
/// every list); updating additionally needs to be the owner agency's case worker or a coordinator.
/// The case's grants must be loaded.
/// </summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Case>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Case resource)
    {
        if (Allows(Actor.FromPrincipal(context.User), requirement, resource)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    /// <summary>The rule itself, for handlers of records that belong to a case (a service referral is managed by whoever may share its case).</summary>
    internal static bool Allows(Actor actor, OperationAuthorizationRequirement requirement, Case resource)
    {
        var visible = RecordScope.Allows(actor, ScopePurpose.Records, resource);
        return requirement.Name switch
        {
            nameof(CaseOperations.Read) => visible,
            nameof(CaseOperations.Contribute) => visible,
            nameof(CaseOperations.Update) or nameof(CaseOperations.Share) => visible && (actor.IsInRole(Roles.Coordinator)
                || (actor.IsInRole(Roles.Investigator) && resource.OwnerAgencyId == actor.AgencyId)),
            _ => false, // an unknown operation fails closed
        };
    }
}

using Hartline.Features.Cases;
using Hartline.Features.Services.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Hartline.Security;

/// <summary>Named per-record operations on a service referral.</summary>
public static class ServiceReferralOperations
{
    /// <summary>See the referral as its case's team does: everything, the youth included, as the case allows.</summary>
    public static readonly OperationAuthorizationRequirement ReadAll = new() { Name = nameof(ReadAll) };
    /// <summary>See it as its provider does: the referral and, while it is open, only the fields the sender shared.</summary>
    public static readonly OperationAuthorizationRequirement ReadAsProvider = new() { Name = nameof(ReadAsProvider) };
    /// <summary>Send, withdraw or end it: whoever may share the case.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
    /// <summary>Accept, decline, engage, record services, complete or end it: the provider's users, or a coordinator for a provider that does not sign in.</summary>
    public static readonly OperationAuthorizationRequirement Answer = new() { Name = nameof(Answer) };
}

/// <summary>A referral with its case (grants loaded): what the handler judges.</summary>
public sealed record ServiceReferralResource(ServiceReferral Referral, Case Case);

/// <summary>
/// Decides per-record access to a service referral. The case's side follows the case's own rule (reading the file,
/// sharing it). The provider's side belongs to Provider users of the agency it was sent to, never to a draft, and to
/// coordinators, who keep referrals for providers that do not sign in.
/// </summary>
public sealed class ServiceReferralAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ServiceReferralResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement,
        ServiceReferralResource resource)
    {
        var actor = Actor.FromPrincipal(context.User);
        var referral = resource.Referral;
        var ownProvider = actor.IsInRole(Roles.Provider) && referral.ProviderAgencyId is { } agency && agency == actor.AgencyId
            && referral.Status != ServiceReferralStatus.Drafted;
        var allowed = requirement.Name switch
        {
            nameof(ServiceReferralOperations.ReadAll) => CaseAuthorizationHandler.Allows(actor, CaseOperations.Read, resource.Case),
            nameof(ServiceReferralOperations.ReadAsProvider) => ownProvider,
            nameof(ServiceReferralOperations.Manage) => CaseAuthorizationHandler.Allows(actor, CaseOperations.Share, resource.Case),
            nameof(ServiceReferralOperations.Answer) => ownProvider || actor.IsInRole(Roles.Coordinator),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

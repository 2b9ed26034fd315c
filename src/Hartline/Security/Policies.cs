namespace Hartline.Security;

/// <summary>Role-based policies for whole pages and endpoints. Per-record checks are in the handlers.</summary>
public static class Policies
{
    public const string TakeReferrals = nameof(TakeReferrals);
    public const string CaseRecords = nameof(CaseRecords);
    public const string Statistics = nameof(Statistics);
    public const string Administer = nameof(Administer);
    /// <summary>The possible-duplicates queue, merge and unmerge: coordinators see the whole registry.</summary>
    public const string ReviewDuplicates = nameof(ReviewDuplicates);

    public static IServiceCollection AddHartlineAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ReferralAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ServiceReferralAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(TakeReferrals, p => p.RequireRole(Roles.Investigator, Roles.Coordinator))
            .AddPolicy(CaseRecords, p => p.RequireAssertion(c => RecordScope.CanSeeRecords(Actor.FromPrincipal(c.User))))
            .AddPolicy(Statistics, p => p.RequireAssertion(c =>
                RecordScope.LevelOf(Actor.FromPrincipal(c.User), ScopePurpose.Statistics) > ScopeLevel.None))
            .AddPolicy(Administer, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(ReviewDuplicates, p => p.RequireRole(Roles.Coordinator))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build());
        return services;
    }
}

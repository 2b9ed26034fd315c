using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Jobs;

/// <summary>
/// Who a job acts as: the person who asked, read afresh when it starts (a role changed or an account disabled since
/// the request counts), or the system for a job the command line started.
/// </summary>
internal static class JobActors
{
    public static async Task<Actor?> OfAsync(BackgroundJob job, IServiceProvider services)
    {
        if (job.RequestedById is not { } userId) return Actor.System;
        var users = services.GetRequiredService<UserManager<HartlineUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await users.IsLockedOutAsync(user)) return null;
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<HartlineUser>>().CreateAsync(user);
        return Actor.FromPrincipal(principal);
    }
}

using System.Security.Claims;
using Hartline.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Account;

/// <summary>
/// Replaces Identity's periodic security-stamp validator (30 minutes by default, and it re-issues the
/// cookie with fresh claims each time): a cookie whose stamp is not the user's current one, or whose session is past
/// its absolute limit (<see cref="SessionLimits"/>), is refused on the next request. The page then goes to sign-in,
/// the API answers 401.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var principal = context.Principal;
        var cookieStamp = principal?.FindFirstValue(claimType);
        if (Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && cookieStamp is not null
            && !services.GetRequiredService<SessionLimits>().IsOver(principal!, services.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            var current = await services.GetRequiredService<SessionStamps>()
                .CurrentAsync(userId, services.GetRequiredService<HartlineDb>(), context.HttpContext.RequestAborted);
            if (current == cookieStamp) return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

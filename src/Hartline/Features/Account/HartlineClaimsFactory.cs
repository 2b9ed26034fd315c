using System.Security.Claims;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Account;

/// <summary>Adds the user's agency and display name to the sign-in cookie, so scopes need no lookup per request.</summary>
public sealed class HartlineClaimsFactory(UserManager<HartlineUser> users, RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<HartlineUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string MustChangePasswordClaim = "hartline:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HartlineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.AgencyClaim, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        return identity;
    }
}

using System.Globalization;
using System.Security.Claims;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hartline.Features.Account;

/// <summary>Adds the user's agency and display name to the sign-in cookie, so scopes need no lookup per request.</summary>
public sealed class HartlineClaimsFactory(UserManager<HartlineUser> users, RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options, TimeProvider clock) : UserClaimsPrincipalFactory<HartlineUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string MustChangePasswordClaim = "hartline:must-change-password";
    /// <summary>Signed in with a password alone by a role that must have a second factor: only the set-up page opens.</summary>
    public const string MustSetUpTwoFactorClaim = "hartline:must-set-up-two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HartlineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.AgencyClaim, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        // When the session began, for its absolute limit (SessionLimits): a new password or two-factor set-up renews the
        // session, and with it the limit, as the person has just proved who they are again.
        identity.AddClaim(new Claim(SessionLimits.SignedInAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        var roles = identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value);
        if (!user.TwoFactorEnabled && TwoFactor.TwoFactorRule.IsRequired(user.Id, user.AgencyId, roles))
            identity.AddClaim(new Claim(MustSetUpTwoFactorClaim, "true"));
        return identity;
    }
}

using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Account;

public enum SignInOutcome { SignedIn, MustChangePassword, Failed, LockedOut }

/// <summary>Password sign-in with lockout, shared by the sign-in page and the API; every attempt is audited.</summary>
public sealed class SignInService(SignInManager<HartlineUser> signIn, UserManager<HartlineUser> users, AuditLog audit)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await audit.WriteAsync(AuditAction.SignInFailed, "User", null, new { reason = "unknown e-mail" }, actor: Actor.Anonymous);
            return SignInOutcome.Failed;
        }
        var who = new Actor(user.Id, user.Email!, user.AgencyId, new HashSet<string>());
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditAction.Lockout, "User", user.Id.ToString(), null, actor: who);
            return SignInOutcome.LockedOut;
        }
        if (!result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInFailed, "User", user.Id.ToString(), new { reason = "wrong password" }, actor: who);
            return SignInOutcome.Failed;
        }
        await audit.WriteAsync(AuditAction.SignIn, "User", user.Id.ToString(), null, actor: who);
        return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn;
    }

    public async Task SignOutAsync(Actor actor)
    {
        await signIn.SignOutAsync();
        if (actor.UserId is { } id) await audit.WriteAsync(AuditAction.SignOut, "User", id.ToString(), null, actor: actor);
    }
}

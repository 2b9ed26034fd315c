using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Account;

/// <summary>
/// A sign-in either succeeds or fails. An unknown e-mail, a wrong password and a locked or disabled account
/// all come back as <see cref="Failed"/>, with a password hashed each time, so neither the answer nor its
/// timing tells an attacker which e-mails have accounts.
/// </summary>
public enum SignInOutcome { SignedIn, MustChangePassword, Failed }

/// <summary>Password sign-in with lockout, shared by the sign-in page and the API; every attempt is audited.</summary>
public sealed class SignInService(SignInManager<HartlineUser> signIn, UserManager<HartlineUser> users, Sessions sessions, AuditLog audit)
{
    /// <summary>The one answer to every failed attempt, on the page and in the API.</summary>
    public const string FailedMessage =
        "E-mail or password is wrong, or the account is locked after too many failed attempts (then try again in 15 minutes).";

    // A real hash of a password nobody knows: unknown e-mails and locked accounts verify against it, so they
    // cost the same time as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<HartlineUser>().HashPassword(new HartlineUser { DisplayName = "" }, Passwords.Generate(24)));

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            HashAnyway(password);
            await audit.WriteAsync(AuditAction.SignInFailed, "User", null, new { reason = "unknown e-mail" }, actor: Actor.Anonymous);
            return SignInOutcome.Failed;
        }
        var who = new Actor(user.Id, user.Email!, user.AgencyId, new HashSet<string>());
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // Identity does not check the password of a locked account; hash once here so it takes as long.
            HashAnyway(password);
            await audit.WriteAsync(AuditAction.Lockout, "User", user.Id.ToString(), null, actor: who);
            return SignInOutcome.Failed;
        }
        if (!result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInFailed, "User", user.Id.ToString(), new { reason = "wrong password" }, actor: who);
            return SignInOutcome.Failed;
        }
        await audit.WriteAsync(AuditAction.SignIn, "User", user.Id.ToString(), null, actor: who);
        return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn;
    }

    /// <summary>Signs out here and ends the user's other sessions too (see <see cref="Sessions"/>).</summary>
    public async Task SignOutAsync(Actor actor)
    {
        await signIn.SignOutAsync();
        if (actor.UserId is not { } id) return;
        if (await users.FindByIdAsync(id.ToString()) is { } user) await sessions.EndAllAsync(user);
        await audit.WriteAsync(AuditAction.SignOut, "User", id.ToString(), null, actor: actor);
    }

    private void HashAnyway(string password) =>
        users.PasswordHasher.VerifyHashedPassword(new HartlineUser { DisplayName = "" }, DummyHash.Value, password);
}

using Hartline.Features.Account.TwoFactor;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Account;

/// <summary>
/// A sign-in succeeds (perhaps only as far as the password change or the two-factor set-up it still needs), asks for
/// the authenticator code when the password was right and none was given, or fails. An unknown e-mail, a wrong
/// password, a wrong or reused code and a locked or disabled account all come back as <see cref="Failed"/>, with a
/// password hashed each time, so neither the answer nor its timing tells an attacker which e-mails have accounts.
/// </summary>
public enum SignInOutcome { SignedIn, MustChangePassword, MustSetUpTwoFactor, CodeNeeded, Failed }

/// <summary>
/// Password and authenticator-code sign-in with lockout, shared by the sign-in page and the API; every attempt is
/// audited. A code is six digits from the app or one of the user's recovery codes (each taken once).
/// </summary>
public sealed class SignInService(SignInManager<HartlineUser> signIn, UserManager<HartlineUser> users, Sessions sessions, AuditLog audit,
    Data.HartlineDb db)
{
    /// <summary>The one answer to every failed attempt, on the page and in the API.</summary>
    public const string FailedMessage =
        "E-mail, password or code is wrong, or the account is locked after too many failed attempts (then try again in 15 minutes).";

    public const string CodeNeededMessage = "Enter the 6-digit code your authenticator app shows for Hartline, or one of your recovery codes.";

    // A real hash of a password nobody knows: unknown e-mails and locked accounts verify against it, so they
    // cost the same time as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<HartlineUser>().HashPassword(new HartlineUser { DisplayName = "" }, Passwords.Generate(24)));

    /// <summary>The principal of the user this service just signed in (its cookie carries the same claims).</summary>
    public System.Security.Claims.ClaimsPrincipal? SignedIn { get; private set; }

    public async Task<SignInOutcome> SignInAsync(string email, string password, string? code = null)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            HashAnyway(password);
            await audit.WriteAsync(AuditAction.SignInFailed, "User", null, new { reason = "unknown e-mail" }, actor: Actor.Anonymous);
            return SignInOutcome.Failed;
        }
        var roles = await users.GetRolesAsync(user);
        var who = new Actor(user.Id, user.Email!, user.AgencyId, roles.ToHashSet());
        // Checks the password and the lockout without signing in: the code comes first.
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
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
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(code)) return SignInOutcome.CodeNeeded;
            if (!await CodeIsRightAsync(user, code))
            {
                // A wrong code counts towards the lockout like a wrong password: five guesses, then 15 minutes.
                await SaveAsync(user, () => users.AccessFailedAsync(user));
                var locked = await users.IsLockedOutAsync(user);
                await audit.WriteAsync(locked ? AuditAction.Lockout : AuditAction.SignInFailed, "User", user.Id.ToString(),
                    locked ? null : new { reason = "wrong code" }, actor: who);
                return SignInOutcome.Failed;
            }
            await SaveAsync(user, () => users.ResetAccessFailedCountAsync(user));
        }
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: user.TwoFactorEnabled ? "mfa" : "pwd");
        SignedIn = await signIn.CreateUserPrincipalAsync(user);
        await audit.WriteAsync(AuditAction.SignIn, "User", user.Id.ToString(), null, actor: who);
        if (user.MustChangePassword) return SignInOutcome.MustChangePassword;
        return !user.TwoFactorEnabled && TwoFactorRule.IsRequired(user.Id, user.AgencyId, roles) ? SignInOutcome.MustSetUpTwoFactor : SignInOutcome.SignedIn;
    }

    /// <summary>Six digits are an app's code (each taken once); anything else is tried as a recovery code (each used once).</summary>
    private async Task<bool> CodeIsRightAsync(HartlineUser user, string code)
    {
        if (OneTimeCodes.Normalise(code) is { } digits)
            return await users.VerifyTwoFactorTokenAsync(user, OneTimeCodes.ProviderName, digits);
        // Identity makes them in capitals ("5BNMM-GR28X"); typed from paper they may not be.
        var recovery = code.Trim().Replace(" ", "").ToUpperInvariant();
        return recovery.Length is > 0 and <= 64 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded;
    }

    /// <summary>
    /// A change to the user's failure count, made again on a fresh read when another sign-in of the same user saved first
    /// (two attempts at once with one code: Identity's concurrency stamp refuses the second save instead of losing the first).
    /// </summary>
    private async Task SaveAsync(HartlineUser user, Func<Task<IdentityResult>> change)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if ((await change()).Succeeded) return;
            await db.Entry(user).ReloadAsync();
        }
        throw new InvalidOperationException("The sign-in could not be recorded: the account kept changing.");
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

using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

public sealed record NewUser(HartlineUser User, string OneTimePassword);

/// <summary>
/// Agencies and users, for the Administrator's pages, the CLI (<c>hartline users …</c>) and demo seeding. Every change to
/// an account is written to the audit trail by name (who made it is the trail's actor: the administrator, or the system
/// for the command line).
/// </summary>
public sealed class UserAdministration(HartlineDb db, UserManager<HartlineUser> users, RoleManager<IdentityRole<Guid>> roles, Sessions sessions,
    Security.Audit.AuditLog audit)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }), "role");
    }

    /// <summary>Finds an agency by name (case-insensitive) or creates it with the given kind.</summary>
    public async Task<(Agency Agency, bool Created)> EnsureAgencyAsync(string name, AgencyKind kind, CancellationToken ct = default)
    {
        var trimmed = name.Trim();
        if (TextInput.Problem(trimmed, TextInput.Kind.Line) is { } problem) throw new ArgumentException($"--agency: The agency name {problem}.");
        var existing = await db.Agencies.FirstOrDefaultAsync(a => a.Name.ToLower() == trimmed.ToLower(), ct);
        if (existing is not null) return (existing, false);
        var agency = new Agency { Name = trimmed, Kind = kind };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        return (agency, true);
    }

    /// <summary>Creates a user with a generated password. <paramref name="oneTime"/> forces a change at first sign-in.</summary>
    public async Task<NewUser> AddUserAsync(string email, string displayName, Agency agency, string role, bool oneTime)
    {
        // The CLI puts the e-mail in when no name is given: only a name typed as a name is held to the name rule.
        if (displayName.Trim() != email.Trim() && TextInput.Problem(displayName, TextInput.Kind.PersonName) is { } problem) throw new ArgumentException($"--name: The name {problem}.");
        await EnsureRolesAsync();
        var user = new HartlineUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            AgencyId = agency.Id,
            MustChangePassword = oneTime,
        };
        var password = Passwords.Generate(user: user);
        Check(await users.CreateAsync(user, password), "--email");
        Check(await users.AddToRoleAsync(user, role), "--role");
        await audit.WriteAsync(Security.Audit.AuditAction.Create, "User", user.Id.ToString(), new { role, agency = agency.Name });
        return new NewUser(user, password);
    }

    /// <summary>Gives the user <paramref name="role"/> instead of their roles; their sessions end, so the next cookie carries it.</summary>
    public async Task ChangeRoleAsync(HartlineUser user, string role)
    {
        await EnsureRolesAsync();
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "--role");
        Check(await users.AddToRoleAsync(user, role), "--role");
        await sessions.EndAllAsync(user);
        await audit.WriteAsync(Security.Audit.AuditAction.Update, "User", user.Id.ToString(), new { role });
    }

    /// <summary>
    /// Disables a user: locked out for good (Identity's lockout, so sign-in refuses it like any locked
    /// account) and every session ended. Nothing is deleted: the user's records and audit trail stay theirs.
    /// </summary>
    public async Task DisableAsync(HartlineUser user)
    {
        Check(await users.SetLockoutEnabledAsync(user, true), "--email");
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), "--email");
        await sessions.EndAllAsync(user);
        await audit.WriteAsync(Security.Audit.AuditAction.Update, "User", user.Id.ToString(), new { account = "disabled" });
    }

    /// <summary>Lets a disabled (or locked-out) user sign in again; their password and two-factor set-up are as they were.</summary>
    public async Task EnableAsync(HartlineUser user)
    {
        Check(await users.SetLockoutEndDateAsync(user, null), "--email");
        Check(await users.ResetAccessFailedCountAsync(user), "--email");
        await audit.WriteAsync(Security.Audit.AuditAction.Update, "User", user.Id.ToString(), new { account = "enabled" });
    }

    /// <summary>
    /// For a lost phone: the user's authenticator key and recovery codes are removed and two-factor sign-in is off, so at
    /// their next sign-in a role that opens case files is taken to set up a new app. Every session ends. Done while
    /// speaking with the person: until they set the app up again, their password alone reaches the set-up page.
    /// </summary>
    public async Task ResetTwoFactorAsync(HartlineUser user)
    {
        Check(await users.SetTwoFactorEnabledAsync(user, false), "--email");
        Check(await users.RemoveAuthenticationTokenAsync(user, IdentityStore, "AuthenticatorKey"), "--email");
        Check(await users.RemoveAuthenticationTokenAsync(user, IdentityStore, "RecoveryCodes"), "--email");
        await sessions.EndAllAsync(user);
        await audit.WriteAsync(Security.Audit.AuditAction.Update, "User", user.Id.ToString(), new { twoFactor = "reset" });
    }

    // Where Identity's user store keeps the authenticator key and the recovery codes among a user's tokens.
    private const string IdentityStore = "[AspNetUserStore]";

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new ArgumentException($"{field}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}

using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

public sealed record AgencyRow(Guid Id, string Name, AgencyKind Kind, bool IsActive, int Users);

/// <summary>One account as an administrator sees it: never a password, only whether it is usable.</summary>
public sealed record UserRow(Guid Id, string Name, string Email, string Agency, IReadOnlyList<string> Roles, string Standing, DateTime? LastSignIn,
    bool TwoFactor, bool Disabled);

public sealed record UserDirectoryView(IReadOnlyList<AgencyRow> Agencies, IReadOnlyList<UserRow> Users);

/// <summary>
/// The agencies and the accounts in them, for administrators (changes: <see cref="UserAdministration"/>). Holds no
/// youth's data: it is the staff directory, not a case list, so no case scope applies.
/// </summary>
public sealed class UserDirectory(HartlineDb db, Jurisdiction j, TimeProvider clock)
{
    /// <summary>One account, or null.</summary>
    public async Task<UserRow?> OneAsync(Guid id, CancellationToken ct = default) =>
        (await ReadAsync(ct, id)).Users.SingleOrDefault();

    public async Task<UserDirectoryView> ReadAsync(CancellationToken ct = default, Guid? only = null)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => only == null || u.Id == only).OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.AgencyId, u.LockoutEnd, u.MustChangePassword, u.TwoFactorEnabled }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where only == null || ur.UserId == only
                select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesOf = roles.ToLookup(r => r.UserId, r => DisplayNames.Role(r.Name!));
        // The last successful sign-in of each account (or of the one asked for): one grouped query over the trail's sign-in events.
        var onlyId = only?.ToString();
        var lastSignIns = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "User" && e.Action == AuditAction.SignIn && e.EntityId != null && (onlyId == null || e.EntityId == onlyId))
            .GroupBy(e => e.EntityId!).Select(g => new { Id = g.Key, At = g.Max(e => e.At) }).ToListAsync(ct);
        var lastOf = lastSignIns.ToDictionary(x => x.Id, x => x.At);
        var names = agencies.ToDictionary(a => a.Id, a => a.Name);
        var now = clock.GetUtcNow();

        return new UserDirectoryView(
            agencies.Select(a => new AgencyRow(a.Id, a.Name, a.Kind, a.IsActive, users.Count(u => u.AgencyId == a.Id))).ToList(),
            users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", names.GetValueOrDefault(u.AgencyId, "?"),
                rolesOf[u.Id].Order().ToList(),
                u.LockoutEnd is { } end && end > now
                    ? end.Year >= 9999 ? "Disabled" : $"Locked until {j.ToLocal(end.UtcDateTime):yyyy-MM-dd HH:mm}"
                    : u.MustChangePassword ? "Active; must choose a password at first sign-in" : "Active",
                lastOf.TryGetValue(u.Id.ToString(), out var at) ? j.ToLocal(at) : null,
                u.TwoFactorEnabled, u.LockoutEnd is { } off && off.Year >= 9999)).ToList());
    }
}

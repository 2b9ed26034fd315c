using System.Collections.Concurrent;
using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Account;

/// <summary>
/// The current security stamp of each signed-in user, read by primary key and kept for a few seconds.
/// Every request compares its cookie's stamp with it (<see cref="SessionCheck"/>), so a changed stamp
/// (sign-out, password, role, disable) ends every older cookie. On this node the change is seen at once
/// (<see cref="Forget"/>); on another node within <c>Hartline:Session:CheckSeconds</c> (default 5).
/// The cache keeps the check to at most one small indexed query per user per interval, because the
/// case pages must serve well over a thousand requests a second.
/// </summary>
public sealed class SessionStamps(IConfiguration config, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTime ReadAt)> _stamps = new();
    private readonly TimeSpan _fresh = TimeSpan.FromSeconds(config.GetValue("Hartline:Session:CheckSeconds", 5.0));

    /// <summary>The user's stamp now, or null when the user no longer exists.</summary>
    public async Task<string?> CurrentAsync(Guid userId, HartlineDb db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_stamps.TryGetValue(userId, out var known) && now - known.ReadAt < _fresh) return known.Stamp;
        var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        _stamps[userId] = (stamp, now);
        return stamp;
    }

    /// <summary>Called after the stamp changed on this node, so the next request reads it again.</summary>
    public void Forget(Guid userId) => _stamps.TryRemove(userId, out _);
}

using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Account;

/// <summary>
/// Ends every session of a user, on every device: a new security stamp makes every cookie issued before it
/// worthless. Used at sign-out (a sign-out on a shared or lost device should not leave another copy of the
/// cookie alive), and after a password change, a role change or a disable.
/// </summary>
public sealed class Sessions(UserManager<HartlineUser> users, SessionStamps stamps)
{
    public async Task EndAllAsync(HartlineUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        stamps.Forget(user.Id);
    }

    /// <summary>For changes that Identity stamps by itself (a password change): forget the cached stamp on this node.</summary>
    public void Forget(HartlineUser user) => stamps.Forget(user.Id);
}

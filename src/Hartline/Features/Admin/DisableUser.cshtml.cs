using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class DisableUserModel(UserDirectory directory, UserAdministration admin, UserManager<HartlineUser> users, CurrentActor actor)
    : AccountChangeModel(directory, users, actor)
{
    protected override Confirmation Ask(UserRow account) => new($"Disable {account.Name}'s account?",
    [
        $"{account.Name} can no longer sign in, and every session they have open ends now.",
        "Nothing they recorded is removed: their cases, notes and audit trail stay as they are.",
        "You can let them sign in again from their account page.",
    ], "Yes, disable the account", $"/Admin/Users/{account.Id}/Disable", $"/Admin/Users/{account.Id}");

    protected override async Task<string> ChangeAsync(HartlineUser user, UserRow account)
    {
        await admin.DisableAsync(user);
        return $"{account.Name}'s account is disabled; their sessions have ended.";
    }
}

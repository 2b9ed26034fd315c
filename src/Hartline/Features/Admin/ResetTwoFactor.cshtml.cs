using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class ResetTwoFactorModel(UserDirectory directory, UserAdministration admin, UserManager<HartlineUser> users, CurrentActor actor)
    : AccountChangeModel(directory, users, actor)
{
    protected override Confirmation Ask(UserRow account) => new($"Reset {account.Name}'s two-factor sign-in?",
    [
        $"The authenticator app and recovery codes {account.Name} set up stop working, and every session they have open ends now.",
        "At their next sign-in, their password takes them to set up an app again (a new phone) before anything else.",
        "Do this while speaking with them — until they set the app up again, their password alone reaches that page.",
    ], "Yes, reset two-factor sign-in", $"/Admin/Users/{account.Id}/ResetTwoFactor", $"/Admin/Users/{account.Id}");

    protected override async Task<string> ChangeAsync(HartlineUser user, UserRow account)
    {
        await admin.ResetTwoFactorAsync(user);
        return $"{account.Name}'s two-factor sign-in is reset: they set up their app again at their next sign-in.";
    }
}

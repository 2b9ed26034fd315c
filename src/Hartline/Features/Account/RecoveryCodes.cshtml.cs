using Hartline.Features.Account.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Account;

/// <summary>New recovery codes for a user with two-factor sign-in on: asked first (the old codes stop working), shown once.</summary>
public sealed class RecoveryCodesModel(UserManager<HartlineUser> users, Authenticator authenticator) : PageModel
{
    public Confirmation Confirm { get; } = new("Get new recovery codes?",
        ["Ten new recovery codes are made and shown once.", "Your old recovery codes stop working, used or not."],
        "Yes, make new recovery codes", "/Account/RecoveryCodes", "/Account/TwoFactor");

    public IReadOnlyList<string>? Codes { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user) return NotFound();
        Codes = await authenticator.NewRecoveryCodesAsync(user);
        return Page();
    }
}

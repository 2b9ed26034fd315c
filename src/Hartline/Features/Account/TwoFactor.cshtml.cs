using Hartline.Features.Account.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Account;

/// <summary>
/// Setting up two-factor sign-in: scan the QR code (or type the key) into an authenticator app, type the code it shows,
/// keep the recovery codes. The roles that open case files come here straight after their password and can go nowhere
/// else until it is done.
/// </summary>
public sealed class TwoFactorModel(UserManager<HartlineUser> users, SignInManager<HartlineUser> signIn, Authenticator authenticator,
    Sessions sessions) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool IsOn { get; private set; }
    public bool Required => User.HasClaim(c => c.Type == HartlineClaimsFactory.MustSetUpTwoFactorClaim);
    public AuthenticatorSetUp? SetUp { get; private set; }
    /// <summary>Shown once, right after set-up.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return NotFound();
        IsOn = user.TwoFactorEnabled;
        if (!IsOn) SetUp = await SetUpAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return NotFound();
        if (user.TwoFactorEnabled) return RedirectToPage();
        var codes = OneTimeCodes.Normalise(Code) is { } digits ? await authenticator.EnableAsync(user, digits) : null;
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), string.IsNullOrWhiteSpace(Code)
                ? "Enter the 6-digit code your authenticator app shows for Hartline."
                : "That code is not the one the app shows now (or it was used already): enter the code it shows now, 6 digits.");
            SetUp = await SetUpAsync(user);
            return Page();
        }
        // Turning it on gave the user a new stamp (every other session ends); this one goes on, now without the gate.
        await RefreshAsync(user);
        IsOn = true;
        RecoveryCodes = codes;
        return Page();
    }

    /// <summary>The key and QR code; a key made now changes the user's stamp, so this session is renewed with it.</summary>
    private async Task<AuthenticatorSetUp> SetUpAsync(HartlineUser user)
    {
        var hadKey = !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));
        var setUp = await authenticator.SetUpAsync(user);
        if (!hadKey) await RefreshAsync(user);
        return setUp;
    }

    private async Task RefreshAsync(HartlineUser user)
    {
        sessions.Forget(user);
        await signIn.RefreshSignInAsync(user);
    }
}
